/**
 * Ranges as one quantity with both ends (`value` the low end, `valueEnd` the high end), the unit
 * read after the high end (or after the low one: `5% to 7%`).
 *
 * ```
 * 200-250 troops ... from 5 to 7 percent ... between 10 and 20 kilos ... two to three weeks ... $15-20 million
 * ^^^^^^^                 ^^^^^^^^^^^^^^             ^^^^^^^^^^^^^^^^     ^^^^^^^^^^^^^^^^^^     ^^^^^^^^^^^^^^
 * two or three priorities ... between $1 and $4 million ... USD 60 million to USD 88 million
 * ^^^^^^^^^^^^^^^^^^^^^^^             ^^^^^^^^^^^^^^^^^     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 * ```
 * The scale and currency after the high end are the low end's too, where it has none of its own.
 * `from X to Y` after a verb of change (`rose from 200 to 250`) is two values, not a range; two
 * years (`2001-2004`) are a date range, not a quantity.
 */
import { NUMBER_CUES, SCALES, WORD_NUMBER, wordValue } from '../../numbers.js';
import type { Parser } from '../../pipeline.js';
import { amountOf } from '../amount.js';
import type { FoundQuantity, QuantityContext } from '../found.js';
import { currencyBefore } from './digits.js';

const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${WORD_NUMBER})`;
// Verbs of change: what they go from and to are two values, no range.
const CHANGE = new RegExp(
  String.raw`\b(?:rose|risen|rising|increased?|increasing|fell|fallen|falling|decreased?|decreasing|dro` +
    'pped|grew|grown|jumped|climbed|declined?|went|up|down|reduced|raised|cut|changed|shifted|m' +
    String.raw`oved|doubled|tripled|quadrupled|soared|surged|plunged|slid|slipped|expanded|shrank|contracted)\s+$`,
  'i',
);
const numberOf = (written: string) => (/^\d/.test(written) ? Number(written.replace(/,/g, '')) : wordValue(written));
const OPENER = /\b(from|between)\s+$/i;
const SCALE_WORD = `(?:${Object.keys(SCALES)
  .filter((word) => word !== 'hundred')
  .join('|')})`;
// A currency written again before the high end (`$10-$12 billion`, `USD 60 million to USD 88 million`).
const CURRENCY_SIGN = '(?:\\\\?\\$|US\\$|(?:USD|EUR|GBP)\\s?|€|£)';
const isYear = (written: string) => /^(?:1[89]|20)\d\d$/.test(written);

/** Digits joined by a hyphen as local telephone numbers are written: three or four, then four. */
const PHONE = /^\d{3,4}-\d{4}$/;

/**
 * The low end's value; a low end that leaves out the thousands of the high one (`4-5,000`, `300-400,000`) has
 * them too (4,000 and 300,000), when it is no larger than the high end's first group.
 */
function lowEnd(low: string, high: string): number | null {
  const value = numberOf(low);
  const groups = /^\d{1,3}(?:,\d{3})+$/.test(high) ? high.split(',') : null;
  if (value === null || !groups || low.includes(',') || !/^\d+$/.test(low)) return value;
  return value <= Number(groups[0]) ? value * 1000 ** (groups.length - 1) : value;
}

/** The ISO 4217 code of a currency sign or code as the range's pattern reads it (`$`, `US$`, `EUR `, `€`). */
function currencyOfSign(sign: string): string {
  const code = sign.trim().replace(/^\\/, '');
  return code === '€' ? 'EUR' : code === '£' ? 'GBP' : /^(?:USD|EUR|GBP)$/.test(code) ? code : 'USD';
}
const sameCurrency = (code: string, sign: string) => currencyOfSign(sign) === code;

/** `200-250 troops`, `from 5 to 7 percent`, `between 10 and 20 kilos`, `two or three priorities`, `$10-$12 billion`. */
export const rangeParser: Parser<QuantityContext, FoundQuantity> = {
  needs: NUMBER_CUES,
  pattern: new RegExp(
    `\\b(?<low>${NUMBER})(?:\\s+(?<lowScale>${SCALE_WORD})\\b)?(?<lowUnit>\\s?%|\\s?percent)?\\s*` +
      `(?<joint>-|–|\\bto\\b|\\band\\b|\\bor\\b)\\s*(?<highCurrency>${CURRENCY_SIGN})?` +
      `(?<high>${NUMBER})\\b(?![-/.]\\d)(?:\\s+(?<scale>${SCALE_WORD})\\b)?`,
    'gi',
  ),
  extract(context, match) {
    // A currency before the low end (`$15-20 million`); else glued to what stands before: a decimal, a list, a code
    // (`(56)(2)330-3318`: a telephone's area code).
    const currency = currencyBefore(context.text, match.index);
    const start = currency ? currency.start : match.index;
    if (start > 0 && /[.,\-/$)\w]/.test(context.text[start - 1] as string)) return null;
    const opener = OPENER.exec(context.text.slice(Math.max(0, start - 9), start))?.[1];
    const groups: Record<string, string | undefined> = match.groups ?? {};
    const joint = (groups.joint as string).toLowerCase();
    if (joint === 'and' && opener?.toLowerCase() !== 'between') return null;
    // `fell 1.2% to 8,147`, `rose from 200 to 250`: a change between two values, not a range.
    if (
      joint === 'to' &&
      CHANGE.test(context.text.slice(Math.max(0, start - 30), start).replace(/(?<!\s)\s*from\s*$/i, ' '))
    )
      return null;
    // A currency before the high end only where the low end has the same (`in 2004 to $8 million` is no range), and
    // not between alternatives (`$446 million or $617 million`).
    if (groups.highCurrency && (!currency || !sameCurrency(currency.currency, groups.highCurrency) || joint === 'or'))
      return null;
    const scale = groups.scale ? (SCALES[groups.scale.toLowerCase()] as number) : 1;
    const lowScale = groups.lowScale ? (SCALES[groups.lowScale.toLowerCase()] as number) : scale;
    const high = numberOf(groups.high as string);
    const low = lowEnd(groups.low as string, groups.high as string);
    if (low === null || high === null || high * scale <= low * lowScale) return null;
    if (isYear(groups.low as string) && isYear(groups.high as string)) return null;
    const end = match.index + match[0].length;
    const found = amountOf(context.text, { start, end, value: low * lowScale, currency: currency?.currency ?? null });
    // `two or three priorities`, `10 or 15 people`: one range, of something counted or measured, of near ends.
    if (joint === 'or' && ((found.kind === 'count' && found.unit === null) || high > 2 * low + 5)) return null;
    if (groups.lowUnit) {
      // `5% to 7%` is a range; `1.2% to 8,147` is not.
      if (found.kind !== 'percent') return null;
    }
    // A bare number range with nothing counted (`1-2`) is too often a label or a score; a local telephone
    // number's shape (`4732-8888`, `330-3318`) with no noun in lower case after it is one.
    if (found.kind === 'count' && found.unit === null) return null;
    if (found.kind === 'count' && PHONE.test(match[0]) && !/^\s+[a-z]/.test(context.text.slice(end, end + 2)))
      return null;
    found.valueEnd = high * scale;
    return found;
  },
};
