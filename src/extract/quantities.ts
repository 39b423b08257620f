/**
 * `extractQuantities`: numbers with what they count or measure, chrono's way: one pass finds every
 * number (digits, scale words, spelled out, `a` before a unit), then small ordered readers decide
 * what follows it (percent, `-fold`, a mass, money, a duration or age, a counted noun) and what
 * stands before it (a qualifier like `more than`), and refiners drop what is no quantity (years,
 * days of a date, ordinals, section numbers, numbers inside names like `Barrier-2007`).
 *
 * ```
 * over 15.5 million people      → 15,500,000 person, qualifier gt
 * 23.479 metric tons            → 23.479 t (23,479 kg)
 * 29 million tenge              → 29,000,000 KZT
 * approximately \$240,000       → 240,000 USD, qualifier approx
 * a 10-fold increase            → 10 fold
 * ```
 */
import type { Position } from '../position.js';
import { positionsIn } from './positions.js';
import { digitValue, SCALES, WORD_NUMBER, wordValue } from './numbers.js';
import type { Qualifier, Quantity } from './schema.js';

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';

// A number: an optional currency sign (`$`, markdown's `\$`, `US$`), digits (thousands commas,
// decimals) or a number spelled out, or `a`/`an` before a unit; then an optional scale word.
const NUMBER = new RegExp(
  `(?<![\\w.\\-/$\\\\])(?:(?<currency>\\\\?\\$|US\\$|(?:USD|EUR|GBP|PKR|KZT|RUB|INR|JPY|CHF)(?=\\s?\\d))\\s?)?(?:(?<digits>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)|(?<word>\\b${WORD_NUMBER}\\b)|(?<article>\\b[Aa]n?\\b)(?=\\s+(?:metric\\s+)?(?:tons?|tonnes?|kilos?|kilograms?)\\b))(?:\\s+(?<scale>hundred|thousand|million|billion|trillion)\\b)?`,
  'gi',
);

interface Unit {
  pattern: RegExp;
  unit: string;
  kind: Quantity['kind'];
  /** Factor and unit of the normalized value. */
  base?: [number, string];
}

// What may follow a number, tried in order at the number's end (sticky).
const UNITS: Unit[] = [
  { pattern: /\s?(?:%|percent\b|per cent\b)/iy, unit: '%', kind: 'percent', base: [0.01, '1'] },
  { pattern: /-fold\b/iy, unit: 'fold', kind: 'ratio' },
  { pattern: /[\s-]+(?:thirds?|quarters?|fifths?|halves)\b/iy, unit: 'fraction', kind: 'ratio' },
  { pattern: /-years?\b/iy, unit: 'year', kind: 'duration' },
  { pattern: /-months?\b/iy, unit: 'month', kind: 'duration' },
  { pattern: /-weeks?\b/iy, unit: 'week', kind: 'duration' },
  { pattern: /-days?\b/iy, unit: 'day', kind: 'duration' },
  { pattern: /-hours?\b/iy, unit: 'hour', kind: 'duration' },
  { pattern: /-(?:man|men|member|person|strong)\b/iy, unit: 'person', kind: 'count' },
  { pattern: /\s+metric\s+tons?\b|\s+tonnes?\b|\s+tons?\b/iy, unit: 't', kind: 'mass', base: [1000, 'kg'] },
  { pattern: /\s*(?:kilograms?|kilos?|kgs?)\b/iy, unit: 'kg', kind: 'mass', base: [1, 'kg'] },
  { pattern: /\s*(?:grams?|gr)\b/iy, unit: 'g', kind: 'mass', base: [0.001, 'kg'] },
  { pattern: /\s*(?:kilometers?|kilometres?|km)\b/iy, unit: 'km', kind: 'length', base: [1000, 'm'] },
  { pattern: /\s+miles?\b/iy, unit: 'mi', kind: 'length', base: [1609.344, 'm'] },
  { pattern: /\s+tenge\b/iy, unit: 'KZT', kind: 'currency' },
  { pattern: /\s+(?:USD|EUR|GBP|PKR|KZT|RUB|INR|JPY|CHF)\b/y, unit: 'code', kind: 'currency' },
  { pattern: /\s+(?:U\.?S\.?\s+)?dollars?\b/iy, unit: 'USD', kind: 'currency' },
  { pattern: /\s+euros?\b/iy, unit: 'EUR', kind: 'currency' },
  { pattern: /\s+(?:rubles?|roubles?)\b/iy, unit: 'RUB', kind: 'currency' },
  { pattern: /\s+(?:rupees?)\b/iy, unit: 'INR', kind: 'currency' },
  { pattern: /\s+years?[\s-]+old\b/iy, unit: 'year', kind: 'age' },
  { pattern: /\s+years?\b/iy, unit: 'year', kind: 'duration' },
  { pattern: /\s+months?\b/iy, unit: 'month', kind: 'duration' },
  { pattern: /\s+weeks?\b/iy, unit: 'week', kind: 'duration' },
  { pattern: /\s+days?\b/iy, unit: 'day', kind: 'duration' },
  { pattern: /\s+hours?\b/iy, unit: 'hour', kind: 'duration' },
];

// Qualifiers in the words before a number, and what they mean.
const QUALIFIER =
  /\b(more than|greater than|over|at least|nearly|almost|approximately|about|around|roughly|perhaps|some|under|less than|fewer than|up to|no more than)\s+$/i;
const QUALIFIER_OPS: Readonly<Record<string, Qualifier['op']>> = {
  'more than': 'gt',
  'greater than': 'gt',
  over: 'gt',
  'at least': 'ge',
  nearly: 'approx',
  almost: 'approx',
  approximately: 'approx',
  about: 'approx',
  around: 'approx',
  roughly: 'approx',
  perhaps: 'approx',
  some: 'approx',
  under: 'lt',
  'less than': 'lt',
  'fewer than': 'lt',
  'up to': 'le',
  'no more than': 'le',
};

// A number joined to its unit as an adjective: `three-week offensive`, `10-man team`.
const COMPOUND = 'years?|months?|weeks?|days?|hours?|man|men|member|person|strong';

// Words before a number that make it an identifier or a reference, not a quantity.
const NOT_BEFORE = new RegExp(
  `(?:\\b(?:para|paras|paragraph|paragraphs|reason|reasons|section|sections|E\\.O\\.|EO|No\\.|number|page|pages|ref|item|article|chapter|resolution|${MONTH})\\s*$)|[#§]\\s*$`,
  'i',
);
// What may follow a number that makes it part of a date, time, ordinal or identifier.
const NOT_AFTER = new RegExp(
  `^(?:st|nd|rd|th)\\b|^\\s*${MONTH}\\b|^:\\d|^\\s*(?:a\\.m\\.|p\\.m\\.|hours\\b)|^[-/]\\d|^-(?!fold\\b|(?:${COMPOUND})\\b)[A-Za-z]`,
  'i',
);

/** The unit of a counted noun after a number: the next word, singular (`252 people` → person). */
function countedNoun(rest: string): string | null {
  const match = /^\s+(?:[a-z-]+\s+)?([a-z][a-z-]*[a-z])\b/i.exec(rest);
  if (!match) return null;
  const word = (match[1] as string).toLowerCase();
  if (/^(?:of|and|or|to|in|on|at|by|for|from|the|a|an|with|were|was|are|is|had|have|has|percent|per)$/.test(word))
    return null;
  if (word === 'people') return 'person';
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ses') || word.endsWith('xes') || word.endsWith('ches') || word.endsWith('shes'))
    return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Options of {@link extractQuantities}. */
export interface QuantityOptions {
  /** Added to every offset (where `text` starts in a larger input). */
  offset?: number;
  /** Positions for offsets (default: line and column within `text`). */
  position?: (start: number, end: number) => Position;
}

/**
 * The quantities of a text, in order.
 *
 * @example
 * extractQuantities('seized 23.479 metric tons')[0] // { text: '23.479 metric tons', value: 23.479, unit: 't', kind: 'mass', ... }
 */
export function extractQuantities(text: string, options: QuantityOptions = {}): Quantity[] {
  const base = options.offset ?? 0;
  const position = positionsIn(text, base, options.position);
  const found: Quantity[] = [];
  NUMBER.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = NUMBER.exec(text))) {
    const groups = match.groups ?? {};
    if (!match[0].trim()) {
      NUMBER.lastIndex = match.index + 1;
      continue;
    }
    const start = match.index;
    let end = start + match[0].length;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 40);
    let value: number | null;
    if (groups.digits) value = digitValue(groups.digits);
    else if (groups.word) value = wordValue(groups.word);
    else value = 1;
    if (value === null) continue;
    if (groups.scale) value *= SCALES[groups.scale.toLowerCase()] as number;
    if (NOT_BEFORE.test(before) || NOT_AFTER.test(after)) continue;
    // `one` counts only before a unit or a counted noun (`one squadron`), not in `one of the reasons`.
    if (
      groups.word &&
      /^one$/i.test(groups.word) &&
      !groups.scale &&
      !/^(?:\s*-?(?:fold|kilo|ton|percent|%|week|month|year|day|hour)|[ \t]+[A-Za-z]+)/i.test(after)
    )
      continue;
    if (
      groups.word &&
      /^one$/i.test(groups.word) &&
      !groups.scale &&
      /^\s+(?:of|another|side|hand|way|thing)\b/i.test(after)
    )
      continue;
    let unit: string | null = null;
    let kind: Quantity['kind'] = 'count';
    let normalized: Quantity['normalized'] = null;
    if (groups.currency) {
      unit = /^[A-Z]{3}$/.test(groups.currency) ? groups.currency : 'USD';
      kind = 'currency';
    }
    for (const candidate of UNITS) {
      candidate.pattern.lastIndex = end;
      const unitMatch = candidate.pattern.exec(text);
      if (!unitMatch) continue;
      if (kind === 'currency' && candidate.kind !== 'currency') break;
      unit = candidate.unit === 'code' ? unitMatch[0].trim() : candidate.unit;
      kind = candidate.kind;
      // `two thirds`: the value is the fraction.
      if (unit === 'fraction')
        value /=
          { th: 3, qu: 4, fi: 5, ha: 2 }[unitMatch[0].trim().replace(/^-/, '').slice(0, 2).toLowerCase() as 'th'] ?? 1;
      end += unitMatch[0].length;
      if (candidate.base) normalized = { value: value * candidate.base[0], unit: candidate.base[1] };
      break;
    }
    if (kind === 'currency') normalized = { value, unit: unit as string };
    // `ages 10 and 12`: ages, in years.
    if (kind === 'count' && /\b(?:ages?|aged)\s+(?:\d+\s*(?:,|and|or|to)\s*)*$/i.test(before)) {
      unit = 'year';
      kind = 'age';
    }
    // A bare year (`in 2007`) or the `a` of `a metric ton` with no unit is no quantity.
    if (kind === 'count') {
      if (groups.article) continue;
      if (groups.digits && /^(?:1[89]|20)\d\d$/.test(groups.digits) && !/^\s+[a-z]+s\b/.test(after)) continue;
      unit = countedNoun(text.slice(end, end + 40));
    }
    const qualifier = QUALIFIER.exec(before);
    const absolute = base + start;
    found.push({
      type: 'quantity',
      text: text.slice(start, end),
      position: position(absolute, base + end),
      value,
      unit,
      kind,
      qualifier: qualifier
        ? { text: qualifier[1] as string, op: QUALIFIER_OPS[(qualifier[1] as string).toLowerCase()] as Qualifier['op'] }
        : null,
      normalized,
    });
    NUMBER.lastIndex = end;
  }
  return found;
}
