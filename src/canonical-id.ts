/**
 * Cablegate reference ids: `YY` + origin + serial without leading zeros (`08ASTANA358`), and the
 * reading of origin names as senders, classification lines and REF lists write them.
 */
import { POSTS, POST_ALIASES, POST_PREFIXES, POST_SUFFIXES } from './tables/posts.js';

const POST_SET = new Set(POSTS);
/** Every name the fuzzy match may land on: the posts and the aliases' own spellings. */
const CANDIDATES: ReadonlyArray<[string, string]> = [
  ...POSTS.map((post): [string, string] => [post, post]),
  ...Object.entries(POST_ALIASES),
];
const originCache = new Map<string, string>();

/** Damerau-Levenshtein distance of `a` and `b`, giving up (returning `limit + 1`) past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    rows.push(row);
    if (i > 0 && best > limit) return limit + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

function knownPost(name: string): string | null {
  if (POST_SET.has(name)) return name;
  return POST_ALIASES[name] ?? null;
}

function resolveOrigin(name: string): string {
  const direct = knownPost(name);
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
  const limit = name.length >= 10 ? 2 : 1;
  let best: string | null = null;
  let bestDistance = limit + 1;
  let tie = false;
  for (const [spelling, post] of CANDIDATES) {
    const d = editDistance(name, spelling, limit);
    if (d < bestDistance) {
      best = post;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && d <= limit && post !== best) tie = true;
  }
  if (best && !tie) return best;
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

/** The Cablegate origin of a post as written, or null when it is no post of the table (nor an alias or a near spelling of one). */
export function knownOrigin(written: string): string | null {
  const origin = canonicalOrigin(written);
  return POST_SET.has(origin) ? origin : null;
}

/** Builds a reference id from its parts: year (two or four digits), origin as written, serial as written. */
export function cableIdOf(year: string, origin: string, serial: string): string | null {
  const name = canonicalOrigin(origin);
  const number = serial.replace(/^0+(?=\d)/, '');
  const yy = year.length === 4 ? year.slice(2) : year;
  if (!name || !/^\d{2}$/.test(yy) || !/^\d+$/.test(number)) return null;
  return `${yy}${name}${number}`;
}

// Words that archives left inside ids: section counters (`SECION02OF02`) and caveats (`NOFORN`, `EFTO`).
const STRAY =
  /SECT?I?ON\s*\d{1,2}\s*OF\s*\d{1,2}|NOFORN|EFTO|SIPDIS|NODIS|EXDIS|LIMDIS|SENSITIVE|CONFIDENTIAL|UNCLAS(?:SIFIED)?/gi;

// Year, origin (letters with spaces, hyphens, dots or apostrophes inside), serial.
const CABLE_ID = /^\s*(?<year>\d{2})\s*(?<origin>[A-Za-z][A-Za-z .'-]*?)\s*(?<serial>\d{1,7})\s*$/;

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
