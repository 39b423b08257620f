/**
 * Ranges of days: within one month (`October 16-17`, `16-17 October`, `March 3 to 5`) or across
 * two (`November 20 to December 15`), the year of both ends resolved together.
 *
 * ```
 * on October 16-17 ... from November 20 to December 15, 2007 ... 16-18 MAY 1986
 *    ^^^^^^^^^^^^^          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^     ^^^^^^^^^^^^^^
 * ```
 */
import { MONTH_PATTERN } from '../../../tables/calendar.js';
import type { Parser } from '../../pipeline.js';
import { MONTH_AFTER_DAYS, MONTH_FIRST } from '../anchors.js';
import { MONTH_WORDS, iso, monthOf, tenseAt, valid, yearFor } from '../calendar-math.js';
import type { DateContext, FoundDate } from '../found.js';

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const TO = '\\s*(?:-|–|to|until|till|through|thru)\\s*';

/** The range from month1/day1 to month2/day2, the years from `year` or the reference date. */
function dayRange(
  context: DateContext,
  start: number,
  end: number,
  ends: [number, number, number, number],
  year: number | null,
): FoundDate | null {
  const [m1, d1, m2, d2] = ends;
  let y2 = year;
  if (y2 === null) {
    if (!context.reference) return null;
    y2 = yearFor(context.reference, m2, d2, tenseAt(context.text, start));
  }
  const y1 = m1 > m2 ? y2 - 1 : y2;
  if (!valid(y1, m1, d1) || !valid(y2, m2, d2) || (m1 === m2 && d2 <= d1)) return null;
  return {
    start,
    end,
    kind: 'range',
    value: iso(y1, m1, d1),
    valueEnd: iso(y2, m2, d2),
    duration: null,
    granularity: 'day',
    implied: year === null ? ['year'] : [],
  };
}

/** `October 16-17`, `November 20 to December 15`, `March 3 to 5, 2009`. */
export const monthDayRangeParser: Parser<DateContext, FoundDate> = {
  needs: MONTH_WORDS,
  anchor: MONTH_FIRST,
  pattern: new RegExp(
    `\\b(${MONTH_PATTERN})\\s+${DAY}${TO}(?:(${MONTH_PATTERN})\\s+)?${DAY}(?:,?\\s+(\\d{4}))?\\b(?![,.]?\\d)`,
    'gi',
  ),
  extract(context, m) {
    const m1 = monthOf(m[1] as string);
    const m2 = m[3] ? monthOf(m[3]) : m1;
    return dayRange(
      context,
      m.index,
      m.index + m[0].length,
      [m1, Number(m[2]), m2, Number(m[4])],
      m[5] ? Number(m[5]) : null,
    );
  },
};

/** `16-17 October`, `16-18 MAY 1986`. */
export const dayMonthRangeParser: Parser<DateContext, FoundDate> = {
  needs: MONTH_WORDS,
  anchor: MONTH_AFTER_DAYS,
  pattern: new RegExp(`(?<![\\w.,-])${DAY}${TO}${DAY}\\s+(${MONTH_PATTERN})(?:,?\\s+(\\d{4}))?\\b`, 'gi'),
  extract(context, m) {
    const month = monthOf(m[3] as string);
    return dayRange(
      context,
      m.index,
      m.index + m[0].length,
      [month, Number(m[1]), month, Number(m[2])],
      m[4] ? Number(m[4]) : null,
    );
  },
};
