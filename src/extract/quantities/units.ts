/**
 * What may follow a number: a unit of measure, a currency, a duration, `-fold`, a fraction's
 * denominator. Units are SI and customary units as the NIST Guide to the SI (SP 811) names them;
 * currency names and codes come from src/tables/currencies.ts and currency-codes.ts (ISO 4217).
 *
 * ```
 * 23.479| metric tons   → t, mass (23,479 kg)
 * 82|-foot boats       → ft, length (a measure as a compound adjective: NIST SP 811 hyphenates `a 10-meter rod`)
 * 61|\npercent          → %, percent (the unit may be on the next line)
 * 400 million| USD      → USD, currency
 * three|-week           → week, duration
 * ```
 */
import { CURRENCY_CODES } from '../../tables/currency-codes.js';
import { CURRENCY_NAMES, CURRENCY_NATIONS, NATIONAL_CURRENCIES } from '../../tables/currencies.js';
import type { Quantity } from '../schema.js';

/** A unit read after a number: its code, kind, length in the text, and factor to base units. */
export interface UnitRead {
  unit: string;
  kind: Quantity['kind'];
  length: number;
  base?: [number, string];
}

interface UnitPattern {
  pattern: RegExp;
  unit: string;
  kind: Quantity['kind'];
  base?: [number, string];
}

const UNIT_PATTERNS: UnitPattern[] = [
  // (A line may end in a space before the unit on the next: `42 \npercent`.)
  { pattern: /[ \t]?\n?[ \t]?(?:%|percent\b|per\s+cent\b|pct\b)/iy, unit: '%', kind: 'percent', base: [0.01, '1'] },
  // A difference of percentages, and its hundredth (`17 percentage points`, `363 basis points`).
  { pattern: /\s+percentage\s+points?\b/iy, unit: 'percentage point', kind: 'percent', base: [0.01, '1'] },
  { pattern: /\s+basis\s+points?\b/iy, unit: 'basis point', kind: 'percent', base: [0.0001, '1'] },
  {
    pattern: /-?fold\b|\s+times\b(?=\s+(?:more|less|higher|lower|greater|larger|bigger|as|the|that|what)\b)/iy,
    unit: 'fold',
    kind: 'ratio',
  },
  // Ages in years and months: `45-year-old`, `17-year old`, `a nineteen month old girl`.
  { pattern: /[\s-]years?[\s-]+old\b/iy, unit: 'year', kind: 'age' },
  { pattern: /[\s-]months?[\s-]+old\b/iy, unit: 'month', kind: 'age' },
  { pattern: /-years?\b|\s+years?\b/iy, unit: 'year', kind: 'duration' },
  { pattern: /-months?\b|\s+months?\b/iy, unit: 'month', kind: 'duration' },
  { pattern: /-weeks?\b|\s+weeks?\b/iy, unit: 'week', kind: 'duration' },
  { pattern: /-days?\b|\s+days?\b/iy, unit: 'day', kind: 'duration' },
  { pattern: /-hours?\b|\s+hours?\b(?!\s+(?:on|local|GMT|Z)\b)/iy, unit: 'hour', kind: 'duration' },
  { pattern: /-minutes?\b|\s+minutes?\b/iy, unit: 'minute', kind: 'duration' },
  { pattern: /-(?:man|men|member|person|strong)\b/iy, unit: 'person', kind: 'count' },
  {
    pattern: /\s+metric\s+tons?\b|(?:\s+|-)tonnes?\b|(?:\s+|-)tons?\b|\s*MT\b/iy,
    unit: 't',
    kind: 'mass',
    base: [1000, 'kg'],
  },
  { pattern: /\s*(?:kilograms?|kilogrammes?|kilos?|kgs?)\b/iy, unit: 'kg', kind: 'mass', base: [1, 'kg'] },
  { pattern: /\s*(?:grams?|grammes?)\b|\s*g\b(?=\s+of\b)/iy, unit: 'g', kind: 'mass', base: [0.001, 'kg'] },
  { pattern: /\s*(?:pounds?|lbs?)\b(?=\s+of\b)/iy, unit: 'lb', kind: 'mass', base: [0.45359237, 'kg'] },
  { pattern: /(?:\s*|-)(?:kilometers?|kilometres?|kms?)\b/iy, unit: 'km', kind: 'length', base: [1000, 'm'] },
  { pattern: /(?:\s*|-)(?:meters?|metres?)\b/iy, unit: 'm', kind: 'length', base: [1, 'm'] },
  { pattern: /(?:\s+|-)(?:nautical[\s-])?miles?\b/iy, unit: 'mi', kind: 'length', base: [1609.344, 'm'] },
  { pattern: /(?:\s+|-)(?:feet|foot)\b/iy, unit: 'ft', kind: 'length', base: [0.3048, 'm'] },
  { pattern: /(?:\s+|-)inch(?:es)?\b/iy, unit: 'in', kind: 'length', base: [0.0254, 'm'] },
  { pattern: /\s+(?:barrels?|bbl)\b/iy, unit: 'barrel', kind: 'count' },
  { pattern: /(?:\s*|-)(?:hectares?|ha)\b/iy, unit: 'ha', kind: 'count' },
];

const CURRENCY_NAME = new RegExp(
  `\\s+(?:(?<nation>${CURRENCY_NATIONS.join('|')})\\s+)?` +
    `(?<name>(?:U\\.?S\\.?\\s+)?(?:${Object.keys(CURRENCY_NAMES).join('|')}))\\b`,
  'iy',
);
// A code with a number after it is that number's currency (`FY 05 USD 20 million`, `in 2005 EUR 3 million`).
const CURRENCY_CODE_AFTER = /\s+(?<code>[A-Z]{3})\b(?!\s?\$?\d)/y;

/** The currency named after a number (`million tenge`, `Pakistani rupees`, `400 USD`), or null. */
function currencyAfter(text: string, at: number): UnitRead | null {
  CURRENCY_CODE_AFTER.lastIndex = at;
  const code = CURRENCY_CODE_AFTER.exec(text);
  if (code && CURRENCY_CODES.has(code.groups?.code as string))
    return { unit: code.groups?.code as string, kind: 'currency', length: code[0].length };
  CURRENCY_NAME.lastIndex = at;
  const named = CURRENCY_NAME.exec(text);
  if (!named) return null;
  const name = String(named.groups?.name)
    .toLowerCase()
    .replace(/^u\.?s\.?\s+/, '');
  const singular = name.replace(/(?<=[a-z]{3})s$/, '');
  const nation = named.groups?.nation?.toLowerCase();
  const national = nation ? NATIONAL_CURRENCIES[`${nation} ${singular}`] : undefined;
  return { unit: national ?? (CURRENCY_NAMES[name] as string), kind: 'currency', length: named[0].length };
}

// All units in one sticky regexp, one group per unit, in order: one scan instead of one per unit.
const ANY_UNIT = new RegExp(UNIT_PATTERNS.map((u, k) => `(?<u${k}>${u.pattern.source})`).join('|'), 'iy');
/** What may follow a number for any unit or currency to stand there: a space, `%`, `-`. */
const UNIT_START = /[\s%-]/;

/** The unit at `at` in `text` (right after a number), or null. A currency before the number limits it to currencies. */
export function unitAfter(text: string, at: number, currencyBefore: boolean): UnitRead | null {
  // (A unit glued to the number: `10kg`, `67percent`.)
  if (!UNIT_START.test(text[at] ?? '') && !/^(?:fold|kg|km|g|MT|percent)/i.test(text.slice(at, at + 7))) return null;
  const currency = currencyAfter(text, at);
  if (currency || currencyBefore) return currency;
  ANY_UNIT.lastIndex = at;
  const match = ANY_UNIT.exec(text);
  if (!match?.groups) return null;
  const k = UNIT_PATTERNS.findIndex((_u, j) => match.groups?.[`u${j}`] !== undefined);
  const candidate = UNIT_PATTERNS[k] as UnitPattern;
  return { unit: candidate.unit, kind: candidate.kind, length: match[0].length, base: candidate.base };
}

const NOT_COUNTED = new RegExp(
  '^(?:of|and|or|to|in|on|at|by|for|from|the|a|an|with|were|was|are|is|had|have|has|percent|p' +
    'er|than|more|less|each|that|which|who|this|these|those|while|when|as|but|into|over|under|a' +
    'bout|after|before|since|during|until|if|would|will|could|should|may|might|must|can|did|do|' +
    'does|been|be|being|also|not|only|other|others|such|so|then|there|their|its|his|her|our|you' +
    'r|my)$',
  '',
);

// A word after a number that modifies the noun after it: an adjective's or participle's ending (`two upcoming
// conferences`, `4,000 manual laborers`), or a capitalized word of a name in mixed case (`68 Costa Rican officers`).
const MODIFIER = /^(?:[a-z]+(?:ing|ed|al|ic|ous|ive|ful)|[A-Z][a-z]+)$/;
// The next word; it may be a designation with digits (`16 F-4Es` → f-4e).
const NEXT_WORD = /\s+([a-z][\w-]*[a-z0-9])\b/iy;
// A noun joined to the number by a hyphen, as a compound adjective is (`a 350-megawatt plant`, `a 10-point plan`).
const HYPHENATED_NOUN = /-([a-z]{3,})\b(?!-)/y;

/**
 * The unit of a counted noun after a number: the next word, singular (`252 people` → person), past up to two
 * modifiers (`two upcoming conferences` → conference); null when none follows, or a participle stands for it
 * (`13 linked to the AUC`).
 */
export function countedNoun(text: string, at: number): string | null {
  HYPHENATED_NOUN.lastIndex = at;
  const hyphenated = HYPHENATED_NOUN.exec(text)?.[1];
  if (hyphenated) return NOT_COUNTED.test(hyphenated) ? null : singular(hyphenated);
  let from = at;
  let word = '';
  for (let k = 0; k < 3; k++) {
    NEXT_WORD.lastIndex = from;
    const match = NEXT_WORD.exec(text);
    if (!match || NOT_COUNTED.test((match[1] as string).toLowerCase())) {
      // A participle with no noun after it stands for the noun it leaves out (`13 linked to the AUC`).
      if (k === 0 || word.endsWith('ed')) return null;
      break;
    }
    word = (match[1] as string).toLowerCase();
    from = NEXT_WORD.lastIndex;
    if (k === 2 || !MODIFIER.test(match[1] as string) || !/^\s+[A-Za-z]/.test(text.slice(from, from + 2))) break;
  }
  if (word === 'people') return 'person';
  return singular(word);
}

/**
 * The singular of an English plural, by the regular rules: `-ies` → `-y`, `-sses`/`-xes`/`-ches`/`-shes` lose `-es`,
 * any other `-s` goes (`cases` → `case`); a word in `-ss`, `-us`, `-is` or `-as` is no plural (`plus`, `basis`).
 */
function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:sses|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is|as)$/.test(word)) return word.slice(0, -1);
  return word;
}
