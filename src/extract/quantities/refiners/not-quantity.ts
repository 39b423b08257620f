/**
 * Drops numbers that are no quantity, by what stands around them:
 *
 * ```
 * Resolution 1701, para 2, E.O. 12958, reasons 1.4   a label word before: an identifier
 * at 0430, before 1100, 0430 hours, 9 p.m., 2:45     a clock time (a date, not a quantity)
 * the 11th Corps, December 12, 12 December           an ordinal, a day of a date
 * in 2007                                            a bare year (not `2007 arrests`)
 * 555-1234, 10/22                                    joined to more digits
 * ```
 */
import { MONTH_PATTERN } from '../../../tables/calendar.js';
import type { Refiner } from '../../pipeline.js';
import type { FoundQuantity, QuantityContext } from '../found.js';

// Label words: what they stand before is a name or a number in a series, not an amount.
const LABEL_BEFORE = new RegExp(
  `(?:\\b(?:paras?|paragraphs?|reasons?|sections?|E\\.O\\.|EO|No\\.|nos?\\.|numbers?|pages?|r` +
    `ef|reftel|items?|articles?|chapters?|resolutions?|UNSCR|UNSC|law|decree|order|case|cases|f` +
    `light|route|highway|room|box|tel|phone|fax|vol\\.?|volume|grade|level|phase|stage|category` +
    `|class|type|model|version|channel|code|serial|ID|tranche|group|team|station|camp|sector|zo` +
    `ne|block|unit|gate|exit|lot|plot|post|point|hill|mile|kilometer|km|${MONTH_PATTERN})\\s*$)` +
    `|[#§]\\s*$`,
  'i',
);
// Clock times: `at 0430`, `before 1100`, `0430 hours`, `9 p.m.`, `2:45`.
const CLOCK_BEFORE = /\b(?:at|before|after|until|till|by|from|since|around|about|approximately|between|to|and)\s+$/i;
const CLOCK_AFTER = /^(?:\s*(?:a\.?m\.?|p\.?m\.?|hours?\b|hrs\b|local\b|GMT\b|UTC\b|Z\b|o'clock\b)|:\d\d)/i;
const HHMM = /^(?:[01]\d|2[0-3])[0-5]\d$/;
const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b/i;
const DATE_AFTER = new RegExp(`^\\s*(?:${MONTH_PATTERN})(?![a-z])|^[-/]\\d`, 'i');
const YEAR = /^(?:1[89]|20)\d\d$/;

/** True when the number written at `found` is no quantity by its surroundings. */
function notQuantity(text: string, found: FoundQuantity): boolean {
  const written = text.slice(found.start, found.end);
  const number = /[\d,.]+/.exec(written)?.[0] ?? '';
  const before = text.slice(Math.max(0, found.start - 30), found.start);
  // What follows the number, or a range's last number (`300-400 fighters`: not `-400`, which joins no more digits).
  const last = found.valueEnd === undefined ? number : (written.match(/[\d,.]+/g)?.at(-1) ?? number);
  const numberEnd = found.start + written.lastIndexOf(last) + last.length;
  const after = text.slice(numberEnd, numberEnd + 20);
  if (LABEL_BEFORE.test(before)) return true;
  if (ORDINAL_AFTER.test(after) || DATE_AFTER.test(after)) return true;
  if (found.kind === 'count' && CLOCK_AFTER.test(after) && /^\d/.test(written)) return true;
  if (found.kind === 'count' && HHMM.test(number) && CLOCK_BEFORE.test(before) && !YEAR.test(number)) return true;
  if (found.kind === 'count' && found.valueEnd === undefined && YEAR.test(number) && !/^\s+[a-z]+s\b/.test(after))
    return true;
  return false;
}

/** Drops what is no quantity (labels, clock times, ordinals, days of dates, bare years). */
export const notQuantityRefiner: Refiner<QuantityContext, FoundQuantity> = {
  refine(context, found) {
    return found.filter((q) => !notQuantity(context.text, q));
  },
};
