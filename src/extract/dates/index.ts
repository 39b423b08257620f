/**
 * `extractDates`: dates, ranges, times and durations, resolved against a reference date (the
 * cable's DTG), chrono's way: one parser per family of expressions, then refiners that add
 * coordinated days, join times and weekdays to their dates, resolve `the previous year` by the
 * discourse and `the following day` by the text's last date, and keep the longest of overlapping readings.
 *
 * ```
 * 210951Z FEB 08                 DTG, UTC, to the minute
 * 02/21/2018, 2019/12/31, on 4/22 numeric dates
 * November 20 to December 15     a range, the years of both ends resolved together
 * October 21, 22 and 23          three days
 * at 0430 on March 3, 2:45 p.m.  clock times, joined to their dates
 * mid-March, early next month    parts of months
 * last summer, the fall of 2008  seasons, their three months
 * Wednesday, March 4             a weekday with its date, one mention
 * the last 15 years              a duration ending at the reference date
 * 2001-2004, the 1990s           year ranges
 * the 13th century, the sixties  centuries and decades in words
 * March 2006 to March 2007       two dates joined: one range
 * the following day, that evening  the day after (the day of) the text's last date
 * Christmas, during Ramadan 2008  holidays, their days
 * ```
 */
import type { Position } from '../../position.js';
import { type Configuration, longestFirst, run } from '../pipeline.js';
import { positionsIn } from '../positions.js';
import type { DateMention } from '../schema.js';
import type { DateContext, FoundDate } from './found.js';
import { bareDayParser } from './parsers/bare-day.js';
import { centuryParser } from './parsers/century.js';
import { clockTimeParser } from './parsers/clock-time.js';
import { dayMonthRangeParser, monthDayRangeParser } from './parsers/day-range.js';
import { dtgParser } from './parsers/dtg.js';
import { anchoredDurationParser, offsetDateParser } from './parsers/duration.js';
import { monthParser, monthRangeParser } from './parsers/month.js';
import { dayMonthParser, monthDayParser } from './parsers/month-day.js';
import { numericDateParser } from './parsers/numeric-date.js';
import { relativeDayParser } from './parsers/relative-day.js';
import { relativePeriodParser } from './parsers/relative-period.js';
import { seasonParser } from './parsers/season.js';
import { weekdayParser } from './parsers/weekday.js';
import { anaphoricDayParser } from './parsers/anaphoric-day.js';
import { fiscalYearParser } from './parsers/fiscal-year.js';
import { holidayParser } from './parsers/holiday.js';
import { partOfRelativeYearParser, partOfYearParser } from './parsers/part-of-year.js';
import { yearParser, yearRangeParser } from './parsers/year.js';
import { coordinatedDaysRefiner } from './refiners/coordinated-days.js';
import { dateRangeRefiner } from './refiners/date-range.js';
import { dateTimeRefiner } from './refiners/date-time.js';
import { anaphoricDateRefiner } from './refiners/anaphoric-date.js';
import { discourseYearRefiner } from './refiners/discourse-year.js';
import { sharedYearRefiner } from './refiners/shared-year.js';

/** The parsers and refiners of {@link extractDates}, in order. */
export const DATE_CONFIGURATION: Configuration<DateContext, FoundDate> = {
  parsers: [
    dtgParser,
    numericDateParser,
    monthDayRangeParser,
    dayMonthRangeParser,
    monthDayParser,
    dayMonthParser,
    monthRangeParser,
    monthParser,
    fiscalYearParser,
    partOfYearParser,
    partOfRelativeYearParser,
    centuryParser,
    yearRangeParser,
    yearParser,
    relativeDayParser,
    anaphoricDayParser,
    relativePeriodParser,
    seasonParser,
    holidayParser,
    weekdayParser,
    anchoredDurationParser,
    offsetDateParser,
    clockTimeParser,
    bareDayParser,
  ],
  refiners: [
    longestFirst(),
    coordinatedDaysRefiner,
    sharedYearRefiner,
    dateTimeRefiner,
    dateRangeRefiner,
    anaphoricDateRefiner,
    discourseYearRefiner,
  ],
};

/** Options of {@link extractDates}. */
export interface DateOptions {
  /**
   * The reference date (`YYYY-MM-DD` or ISO 8601): the cable's date. Without it, every date is found all the same,
   * and a value only the reference could give (`in October`, `last week`) is null.
   */
  reference?: string | null;
  /** Added to every offset (where `text` starts in a larger input). */
  offset?: number;
  /** Positions for offsets (default: line and column within `text`). */
  position?: (start: number, end: number) => Position;
  /** The year under discussion before this text (for `the previous year`). */
  discourseYear?: number | null;
}

/**
 * The dates of a text, in order, resolved against `options.reference`.
 *
 * @example
 * extractDates('On December 12, the PGO ...', { reference: '2008-02-21' })[0].value // '2007-12-12'
 */
export function extractDates(text: string, options: DateOptions = {}): DateMention[] {
  const base = options.offset ?? 0;
  const reference =
    options.reference && /^\d{4}-\d{2}-\d{2}/.test(options.reference)
      ? new Date(`${options.reference.slice(0, 10)}T00:00:00Z`)
      : null;
  const position = positionsIn(text, base, options.position);
  const context: DateContext = { text, reference, discourseYear: options.discourseYear ?? null };
  return byStart(reference ? run(DATE_CONFIGURATION, context, text) : readWithoutReference(context)).map((found) => {
    const date = {
      type: 'date',
      text: text.slice(found.start, found.end),
      position: position(base + found.start, base + found.end),
    } as Record<string, unknown>;
    // The finding's keys in their order (a parser may give `mod` before `kind`), less the working ones.
    for (const key in found) if (!WORKING_KEYS.has(key)) date[key] = found[key as keyof FoundDate];
    return date as DateMention;
  });
}

/**
 * Two stand-in reference dates, years, months, days of the month and weekdays apart: a value read from the reference
 * differs between readings made against each.
 */
const STAND_INS = [new Date('2001-03-14T00:00:00Z'), new Date('2006-10-27T00:00:00Z')] as const;

/**
 * The dates of a text with no reference date (a partial extract, a body without its DTG): every date is found as it
 * would be with one (`in October`, `last week`, `on Thursday`), and a value the reference would have given is null.
 * The text is read against two stand-in references; a value both readings agree on is the text's own (`October 16,
 * 2007`, `March 3` after `March 2004`), and any other is unknown.
 *
 * ```
 * in October 2007 ... in December ... last week   → 2007-10, null (month), null (week)
 * ```
 */
function readWithoutReference(context: DateContext): FoundDate[] {
  const [first, second] = STAND_INS.map((reference) =>
    run(DATE_CONFIGURATION, { ...context, reference }, context.text),
  );
  const other = new Map((second as FoundDate[]).map((found) => [`${found.start}:${found.end}`, found]));
  for (const found of first as FoundDate[]) {
    const again = other.get(`${found.start}:${found.end}`);
    if (again?.value === found.value && again.valueEnd === found.valueEnd) continue;
    found.value = null;
    found.valueEnd = null;
  }
  return first as FoundDate[];
}

/** The keys of a finding that are no part of the mention: its span, and what only the refiners read. */
const WORKING_KEYS = new Set(['start', 'end', 'clock', 'weekdayOnly', 'anaphoric', 'relativeTo', 'holiday']);

const byStart = (found: FoundDate[]) => found.sort((a, b) => a.start - b.start);
