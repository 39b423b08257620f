/**
 * Cablegate reference ids: `YY` + origin + serial without leading zeros (`08ASTANA358`), and the
 * reading of origin names as senders, classification lines and REF lists write them.
 */
import { POSTS, POST_ALIASES, POST_PREFIXES, POST_SUFFIXES } from './tables/posts.js';

const POST_SET = new Set(POSTS);
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
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
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
  // A truncated name (`HALIF`, `RIODEJAN`, `PHNOMPEN`): the one post it begins.
  if (name.length >= 4) {
    const longer = POSTS.filter((post) => post.startsWith(name));
    if (longer.length === 1) return longer[0] as string;
  }
  // A misspelling (`WELLINGOTN`, `TRIPOLII`, `BRASIIA`): the one post within one edit (two for long names).
  if (name.length >= 5) {
    const limit = name.length >= 10 ? 2 : 1;
    let best: string | null = null;
    let bestDistance = limit + 1;
    let tie = false;
    for (const post of POSTS) {
      const d = editDistance(name, post, limit);
      if (d < bestDistance) {
        best = post;
        bestDistance = d;
        tie = false;
      } else if (d === bestDistance && d <= limit) tie = true;
    }
    if (best && !tie) return best;
  }
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

/** Builds a reference id from its parts: two-digit year, origin as written, serial as written. */
export function cableIdOf(year: string, origin: string, serial: string): string | null {
  const name = canonicalOrigin(origin);
  const number = serial.replace(/^0+(?=\d)/, '');
  if (!name || !/^\d{2}$/.test(year) || !/^\d+$/.test(number)) return null;
  return `${year}${name}${number}`;
}

// Year, origin (letters with spaces, hyphens, dots or apostrophes inside), serial.
const CABLE_ID = /^\s*(?<year>\d{2})\s*(?<origin>[A-Za-z][A-Za-z .'-]*?)\s*(?<serial>\d{1,7})\s*$/;

/**
 * The canonical Cablegate id of a cable id as written, or null when `text` is not one.
 *
 * @example
 * canonicalCableId('08 ASTANA 0358') // '08ASTANA358'
 * canonicalCableId('06SECSTATE123')  // '06STATE123'
 * canonicalCableId('07PORT-AU-PRINCE12') // '07PORTAUPRINCE12'
 */
export function canonicalCableId(text: string): string | null {
  const match = CABLE_ID.exec(text);
  if (!match?.groups) return null;
  const { year, origin, serial } = match.groups as { year: string; origin: string; serial: string };
  return cableIdOf(year, origin, serial);
}
