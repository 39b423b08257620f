/**
 * Numbers in digits, with a currency before them and a scale after (`$2bn`, `480M`, `5.5 mln`,
 * `15.5 million`), then their unit.
 *
 * ```
 * PKR 5,000 ... about $60 ... 400 million USD ... 23.479 metric tons ... 480M ... 5.5 mln people
 * ^^^^^^^^^           ^^^     ^^^^^^^^^^^^^^^     ^^^^^^^^^^^^^^^^^^     ^^^^     ^^^^^^^
 * ```
 * A number glued to letters or a hyphen before it (`G8`, `EU-3`, `F-4E`) is part of a name, not
 * read here; a minus sign or a decimal point after a space is the number's (`-1.5 percent`, `.5 percent`).
 */
import { CURRENCY_CODES } from '../../../tables/currency-codes.js';
import { CURRENCY_ABBREVIATIONS } from '../../../tables/currencies.js';
import { SCALE_ABBREVIATIONS, SCALES } from '../../numbers.js';
import type { Parser } from '../../pipeline.js';
import { amountOf } from '../amount.js';
import type { FoundQuantity, QuantityContext } from '../found.js';

const SCALE_WORDS = Object.keys(SCALES)
  .map((w) => `${w}|${w[0]?.toUpperCase()}${w.slice(1)}|${w.toUpperCase()}`)
  .join('|');
// `480M`, `2bn`: a scale glued to the digits; `5.5 mln`, `2 bn`: a spaced abbreviation; `15.5 million`.
// `$2b`, `39.3b USD`, `$143 b`: a lower-case `b` or `m`, glued or after a space, is a scale on money only (`214b` is a
// section's number, `5m` five meters, `60,000 b/d` barrels a day).
const SCALE =
  `(?:(?<glued>k|K|mn|mln|M|bn|bln|B|tn|trn)\\b|\\s+(?<scale>${SCALE_WORDS}|mln|mn|bln|bn|tn)\\b` +
  `|(?<money>[ ]?[bmBM])\\b(?![/'’.-]\\w))`;
// A currency before the number: a sign (`$`, markdown's `\$`, `US$` or `$US`, `€`, `£`) or an ISO 4217 code, maybe at
// the end of the line before (`USD\n32.5 million`).
// (A central bank's abbreviation first: `R$` is the real, `NIS` the shekel; see CURRENCY_ABBREVIATIONS.)
const CURRENCY_BEFORE = new RegExp(
  `(?:\\b(?<local>${Object.keys(CURRENCY_ABBREVIATIONS)
    .map((abbreviation) => abbreviation.replace(/[$.]/g, '\\$&'))
    .join(
      '|',
    )})|(?<sign>\\\\?\\$|US\\$|\\$US|€|£)|\\b(?<code>${[...CURRENCY_CODES].join('|')}))(?:\\s?|[ \\t]?\\n[ \\t]?)$`,
);
/** The currencies of the signs (the dollar sign is the US dollar's). */
const SIGNS: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
/** What may not stand right before a number: a letter or digit (`G8`), a hyphen (`EU-3`), a point or slash. */
const GLUED = /[\w.,\-/\\]/;

// A currency code after a scale glued to the number: `39.3b USD`.
const CODE_AFTER = new RegExp(`^\\s(?:${[...CURRENCY_CODES].join('|')})\\b`);

// What a minus sign stands after: a word, a comma or a parenthesis on the same line, then a space (after a line's
// start, a colon or a semicolon, a hyphen is a list's dash: `as follows: -7000 kits; -1500 bags`).
const SIGNED_AFTER = /[\w,(][ \t]*[ \t(]$/;

/**
 * What stands right before the digits at `at` and is the number's: a minus sign (-1) after a space or parenthesis
 * inside a line (`growth of -1.5 percent`, `at worst, -2 percent`), a decimal point (0.1) after a space or
 * parenthesis (`.5 percent`), or nothing (0); neither after a number and a space (`pages 5 -7`).
 */
function signOf(text: string, at: number): number {
  const mark = text.charCodeAt(at - 1);
  if (mark !== 45 && mark !== 0x2212 && mark !== 46) return 0;
  const space = text.charAt(at - 2);
  if (space !== ' ' && space !== '(' && space !== '\t') return 0;
  // (After a number and a space, a point or hyphen joins two numbers: `5 -7` is a range.)
  if (/\d/.test(text.charAt(at - 3))) return 0;
  if (mark === 46) return 0.1;
  return SIGNED_AFTER.test(text.slice(Math.max(0, at - 12), at - 1)) ? -1 : 0;
}

/**
 * The currency written right before offset `at` (`$`, `US$`, `€`, an ISO 4217 code and maybe a space), and where
 * it starts; null where none is.
 */
export function currencyBefore(text: string, at: number): { start: number; currency: string } | null {
  // A currency before the number ends in a sign, a letter or one space: only then is it looked for.
  const previous = text.charCodeAt(at - 1);
  if (previous !== 32 && previous !== 10 && previous !== 36 && previous <= 64) return null;
  const before = CURRENCY_BEFORE.exec(text.slice(Math.max(0, at - 7), at));
  if (!before) return null;
  const sign = before.groups?.sign;
  const local = before.groups?.local;
  const currency = local
    ? (CURRENCY_ABBREVIATIONS[local] as string)
    : (before.groups?.code ?? (sign ? (SIGNS[sign.slice(-1)] ?? 'USD') : null));
  return currency ? { start: at - before[0].length, currency } : null;
}

/** Numbers in digits: an optional currency sign or ISO 4217 code, the digits, an optional scale. */
export const digitsParser: Parser<QuantityContext, FoundQuantity> = {
  needs: ['#'],
  pattern: new RegExp(`(?<digits>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\d,]\\d)${SCALE}?`, 'g'),
  extract(context, match) {
    const text = context.text;
    const before = currencyBefore(text, match.index);
    let start = before ? before.start : match.index;
    // A sign or a decimal point before the digits (`-1.5 percent`, `.5 percent`) is the number's.
    const sign = before ? 0 : signOf(text, start);
    if (sign !== 0) start -= 1;
    if (start > 0 && GLUED.test(text[start - 1] as string)) return null;
    // The match's groups read one by one (spreading a match's groups object is slow).
    const groups = match.groups ?? {};
    const currency = before ? before.currency : null;
    let end = match.index + match[0].length;
    // A glued `M`/`B`/`k` is a scale only on money or before a noun (`480M people`), never before more letters.
    const digits = groups.digits as string;
    let value = Number(digits.includes(',') ? digits.replace(/,/g, '') : digits);
    if (sign === 0.1) value = Number(`0.${digits}`);
    else if (sign === -1) value = -value;
    if (groups.glued) value *= SCALE_ABBREVIATIONS[groups.glued.toLowerCase()] as number;
    if (groups.scale)
      value *= (SCALES[groups.scale.toLowerCase()] ?? SCALE_ABBREVIATIONS[groups.scale.toLowerCase()]) as number;
    if (groups.money) {
      const money = currency !== null || CODE_AFTER.test(text.slice(end, end + 5));
      if (money) value *= SCALE_ABBREVIATIONS[groups.money.trim().toLowerCase()] as number;
      else end -= groups.money.length;
    }
    return amountOf(text, { start, end, value, currency });
  },
};
