/**
 * Cablegate reference ids: `YY` + origin + serial without leading zeros (`08ASTANA358`), and the
 * reading of origin names as senders, classification lines and REF lists write them.
 */
import { CAVEATS } from './tables/caveats.js';
import { CLASSIFICATION_LEVELS } from './tables/classification.js';
import { closestWord } from './tables/fuzzy.js';
import { COUNTRY_CAPITALS } from './tables/country-capitals.js';
import { EMBASSY_SEATS, POSTS, POST_ALIASES, POST_PREFIXES, POST_SUFFIXES } from './tables/posts.js';

const POST_SET = new Set(POSTS);
/** Every name the fuzzy match may land on: the posts and the aliases' own spellings. */
const CANDIDATES: ReadonlyArray<[string, string]> = [
  ...POSTS.map((post): [string, string] => [post, post]),
  ...Object.entries(POST_ALIASES),
];
const spellingOf = (candidate: readonly [string, string]) => candidate[0];
const postOf = (candidate: readonly [string, string]) => candidate[1];
const originCache = new Map<string, string>();

function knownPost(name: string): string | null {
  if (POST_SET.has(name)) return name;
  return POST_ALIASES[name] ?? null;
}

/** The embassy a country's name stands for (`BRAZIL 1280` is a cable of Embassy Brasilia), or null. */
function embassyOf(country: string): string | null {
  const seat = EMBASSY_SEATS[country] ?? COUNTRY_CAPITALS[country];
  return seat ? knownPost(seat) : null;
}

function resolveOrigin(name: string): string {
  const direct = knownPost(name) ?? embassyOf(name);
  if (direct) return direct;
  for (const prefix of POST_PREFIXES) {
    if (name.startsWith(prefix) && name.length > prefix.length) return resolveOrigin(name.slice(prefix.length));
  }
  for (const suffix of POST_SUFFIXES) {
    if (name.endsWith(suffix) && name.length > suffix.length + 2) {
      const stripped = knownPost(name.slice(0, -suffix.length));
      if (stripped) return stripped;
    }
  }
  // Guesses need five letters at least: shorter words (`PARA`, `VAT`) are too often something else.
  if (name.length < 5) return name;
  // A truncated name (`HALIF`, `RIODEJAN`, `PHNOMPEN`): the one post it begins.
  const longer = POSTS.filter((post) => post.startsWith(name));
  if (longer.length === 1) return longer[0] as string;
  // A misspelling (`WELLINGOTN`, `TRIPOLII`, `SECTSTATE`): the one post or alias within one edit (two for long names).
  const match = closestWord(name, CANDIDATES, name.length >= 10 ? 2 : 1, spellingOf, postOf);
  if (match) return match.entry[1];
  return name;
}

/**
 * The Cablegate origin name for a post as written (`RIO DE JANEIRO`, `AMEMBASSY ASTANA`,
 * `SECSTATE`, `PORT-AU-PRINCE`, `HALIF`): squashed to capitals, address words dropped, aliases and
 * misspellings resolved against the posts table. Unknown names come back squashed as written.
 */
export function canonicalOrigin(written: string): string {
  const squashed = written.toUpperCase().replace(/[^A-Z]/g, '');
  let origin = originCache.get(squashed);
  if (origin === undefined) {
    origin = resolveOrigin(squashed);
    originCache.set(squashed, origin);
  }
  return origin;
}

/**
 * The Cablegate origin of a post as written, or null when it is no post of the table (nor an alias or a near spelling
 * of one).
 */
export function knownOrigin(written: string): string | null {
  const origin = canonicalOrigin(written);
  return POST_SET.has(origin) ? origin : null;
}

/** Builds a reference id from its parts: year (two or four digits), origin as written, serial as written. */
export function cableIdOf(year: string, origin: string, serial: string): string | null {
  const name = canonicalOrigin(origin);
  const number = serial.replace(/^0+(?=\d)/, '');
  const yy = year.length === 4 ? year.slice(2) : year;
  // A serial of zeros is none (`ASTANA 000`): no cable is numbered 0.
  if (!name || !/^\d{2}$/.test(yy) || !/^\d+$/.test(number) || number === '0') return null;
  return `${yy}${name}${number}`;
}

// Words that archives left inside ids: section counters (`SECION02OF02`), caveats (`NOFORN`, `EFTO`) and levels
// (`CONFIDENTIAL`), the caveats and levels written as one word of four letters or more, from the tables.
const STRAY_WORDS = [...Object.keys(CAVEATS), ...CLASSIFICATION_LEVELS, 'UNCLAS']
  .filter((word) => /^[A-Z]{4,}$/.test(word))
  .sort((a, b) => b.length - a.length);
const STRAY = new RegExp(`SECT?I?ON\\s*\\d{1,2}\\s*OF\\s*\\d{1,2}|${STRAY_WORDS.join('|')}`, 'gi');

// Year, origin (letters with spaces, hyphens, dots or apostrophes inside, ending in no space: the spaces before the
// serial are read by `\s*` alone, one way to read them), serial.
const CABLE_ID = /^\s*(?<year>\d{2})\s*(?<origin>[A-Za-z](?:[A-Za-z .'-]*[A-Za-z.'-])?)\s*(?<serial>\d{1,7})\s*$/;

/**
 * The canonical Cablegate id of a cable id as written, or null when `text` is not one.
 *
 * @example
 * canonicalCableId('08 ASTANA 0358') // '08ASTANA358'
 * canonicalCableId('06SECSTATE123')  // '06STATE123'
 * canonicalCableId('07PORT-AU-PRINCE12') // '07PORTAUPRINCE12'
 * canonicalCableId('08ASTANASECION02OF02358') // '08ASTANA358' (stray words dropped)
 */
export function canonicalCableId(text: string): string | null {
  const match = CABLE_ID.exec(text.replace(STRAY, ' '));
  if (!match?.groups) return null;
  const { year, origin, serial } = match.groups as { year: string; origin: string; serial: string };
  return cableIdOf(year, origin, serial);
}
