/**
 * Ranges as one quantity with both ends (`value` the low end, `valueEnd` the high end), the unit
 * read after the high end (or after the low one: `5% to 7%`).
 *
 * ```
 * 200-250 troops ... from 5 to 7 percent ... between 10 and 20 kilos ... two to three weeks ... $15-20 million
 * ^^^^^^^                 ^^^^^^^^^^^^^^             ^^^^^^^^^^^^^^^^     ^^^^^^^^^^^^^^^^^^     ^^^^^^^^^^^^^^
 * ```
 * `from X to Y` after a verb of change (`rose from 200 to 250`) is two values, not a range; two
 * years (`2001-2004`) are a date range, not a quantity.
 */
import { NUMBER_CUES, SCALES, WORD_NUMBER, wordValue } from '../../numbers.js';
import type { Parser } from '../../pipeline.js';
import { amountOf } from '../amount.js';
import type { FoundQuantity, QuantityContext } from '../found.js';
import { currencyBefore } from './digits.js';

const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${WORD_NUMBER})`;
const CHANGE = new RegExp(
  String.raw`\b(?:rose|risen|rising|increased?|increasing|fell|fallen|falling|decreased?|decreasing|dro` +
    'pped|grew|grown|jumped|climbed|declined?|went|up|down|reduced|raised|cut|changed|shifted|m' +
    String.raw`oved)\s+$`,
  'i',
);
const numberOf = (written: string) => (/^\d/.test(written) ? Number(written.replace(/,/g, '')) : wordValue(written));
const OPENER = /\b(from|between)\s+$/i;
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

/** `200-250 troops`, `from 5 to 7 percent`, `between 10 and 20 kilos`. */
export const rangeParser: Parser<QuantityContext, FoundQuantity> = {
  needs: NUMBER_CUES,
  pattern: new RegExp(
    `\\b(?<low>${NUMBER})(?<lowUnit>\\s?%|\\s?percent)?\\s*(?<joint>-|–|\\bto\\b|\\band\\b)\\s*` +
      `(?<high>${NUMBER})\\b(?![-/.]\\d)(?:\\s+(?<scale>thousand|million|billion|trillion)\\b)?`,
    'gi',
  ),
  extract(context, match) {
    // A currency before the low end (`$15-20 million`); else glued to what stands before: a decimal, a list, a code
    // (`(56)(2)330-3318`: a telephone's area code).
    const currency = currencyBefore(context.text, match.index);
    const start = currency ? currency.start : match.index;
    if (start > 0 && /[.,\-/$)\w]/.test(context.text[start - 1] as string)) return null;
    const opener = OPENER.exec(context.text.slice(Math.max(0, match.index - 9), match.index))?.[1];
    const groups: Record<string, string | undefined> = match.groups ?? {};
    const joint = (groups.joint as string).toLowerCase();
    if (joint === 'and' && opener?.toLowerCase() !== 'between') return null;
    // `fell 1.2% to 8,147`, `rose from 200 to 250`: a change between two values, not a range.
    if (
      joint === 'to' &&
      CHANGE.test(context.text.slice(Math.max(0, match.index - 30), match.index).replace(/(?<!\s)\s*from\s*$/i, ' '))
    )
      return null;
    const scale = groups.scale ? (SCALES[groups.scale.toLowerCase()] as number) : 1;
    const high = numberOf(groups.high as string);
    const low = lowEnd(groups.low as string, groups.high as string);
    if (low === null || high === null || high <= low) return null;
    if (isYear(groups.low as string) && isYear(groups.high as string)) return null;
    const end = match.index + match[0].length;
    const found = amountOf(context.text, { start, end, value: low * scale, currency: currency?.currency ?? null });
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
