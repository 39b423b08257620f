/**
 * A month and a day, with or without the year (`December 12`, `November 1, 2007`, `Dec. 12th`),
 * and a day before its month (`21 February 2008`, `3 March`); more days of the same month after
 * it (`October 21, 22 and 23`, `March 3 and 17`) are a mention each, read by the coordinated-days
 * refiner.
 *
 * ```
 * On December 12, ... from November 1, 2007 ... on 21 February 2008 ... ON 3 MARCH
 *    ^^^^^^^^^^^            ^^^^^^^^^^^^^^^^        ^^^^^^^^^^^^^^^^        ^^^^^^^
 * ```
 * Without its year, the day takes the year nearest the reference date, leaning back for reported
 * events and forward for planned ones; with no reference date it is found all the same, its value null.
 */
import { MONTH_PATTERN } from '../../../tables/calendar.js';
import type { Parser } from '../../pipeline.js';
import { MONTH_AFTER_DAY, MONTH_FIRST } from '../anchors.js';
import {
  MONTH_WORDS,
  iso,
  monthOf,
  monthYearOfDigits,
  tenseAt,
  valid,
  yearFor,
  yearOfTwoDigits,
} from '../calendar-math.js';
import { type DateContext, dateAt, type FoundDate } from '../found.js';

/** The day of a month and year, its year from the reference date when `year` is null. */
export function dayDate(
  context: DateContext,
  start: number,
  end: number,
  month: number,
  day: number,
  year: number | null,
): FoundDate | null {
  if (year !== null) return valid(year, month, day) ? dateAt(start, end, iso(year, month, day), 'day') : null;
  // No reference date (a partial extract, a body without its DTG): the mention stands, its value unknown.
  if (!context.reference)
    return valid(2000, month, day) ? { ...dateAt(start, end, '', 'day', ['year']), value: null } : null;
  const y = yearFor(context.reference, month, day, tenseAt(context.text, start));
  return valid(y, month, day) ? dateAt(start, end, iso(y, month, day), 'day', ['year']) : null;
}

// Nouns of political groups and their people: a day before one names the group (`the March 14 movement`, `April 6
// activists`), as a day in quotation marks does (`the "April 6" website`); an event after a day is on it (`the March
// 14 meeting`).
const GROUP_AFTER = new RegExp(
  String.raw`^['’]?s?\s+(?:movement|coalition|alliance|bloc|forces|group|party|youth|camp|leaders?|members?|MPs|` +
    String.raw`deputies|politicians|activists|supporters|majority|parliamentarians|figures|website)\b`,
);

/** True when the day written at `start..end` names a group, no date (see GROUP_AFTER). */
function namesGroup(text: string, start: number, end: number): boolean {
  const quoted = /["“]/.test(text.charAt(start - 1)) && /["”]/.test(text.charAt(end));
  return quoted || GROUP_AFTER.test(text.slice(end, end + 24));
}

/** `December 12`, `November 1, 2007`. */
export const monthDayParser: Parser<DateContext, FoundDate> = {
  needs: MONTH_WORDS,
  anchor: MONTH_FIRST,
  pattern: new RegExp(
    // (`December ¶17`: the pilcrow an archive made of a line's first digits, the day's.)
    `\\b(?<month>${MONTH_PATTERN})\\s+¶?(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<year>\\d{4}))?\\b(?![,.]?\\d|:\\d)`,
    'gi',
  ),
  extract(context, m) {
    const g = m.groups ?? {};
    if (!g.year && namesGroup(context.text, m.index, m.index + m[0].length)) return null;
    // `DEC 08` is a month of 2008 (see monthYearOfDigits), read by the month parser.
    if (!g.year && monthYearOfDigits(g.month as string, g.day as string, context.reference) !== null) return null;
    return dayDate(
      context,
      m.index,
      m.index + m[0].length,
      monthOf(g.month as string),
      Number(g.day),
      g.year ? Number(g.year) : null,
    );
  },
};

/**
 * `21 February 2008`, `3 March`, `13 JUL 08` (a military date), `18-MAY-1954` (the day, the month's abbreviation
 * and the year joined by hyphens).
 */
export const dayMonthParser: Parser<DateContext, FoundDate> = {
  needs: MONTH_WORDS,
  anchor: MONTH_AFTER_DAY,
  pattern: new RegExp(
    `(?<![\\w.,-])(?:(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>${MONTH_PATTERN})(?:,` +
      `?\\s+(?<year>\\d{4})|\\s+(?<yy>\\d\\d)(?![\\d:/]|[,.]\\d))?|(?<hday>\\d{1,2})-(?<hmonth>${MONTH_PATTERN})-` +
      `(?<hyear>\\d{4}))\\b(?!-)`,
    'gi',
  ),
  extract(context, m) {
    const groups = m.groups ?? {};
    const g = groups.hday ? { day: groups.hday, month: groups.hmonth, year: groups.hyear, yy: undefined } : groups;
    // `13 JUL 08`: the military date, day, month's abbreviation in capitals and two digits of the year.
    // (Two digits after another month's form are no year of it: `3 March 08` is read as `3 March`.)
    const military = g.yy !== undefined && /^[A-Z]{3}$/.test(g.month as string);
    const year = g.year ? Number(g.year) : military ? yearOfTwoDigits(g.yy as string, context.reference) : null;
    // `3 MAR` without a year is too often a count of something else in capitals; keep full month names then.
    if (year === null && (g.month as string).length < 4) return null;
    const end = m.index + (g.yy !== undefined && !military ? m[0].slice(0, -2).trimEnd() : m[0]).length;
    return dayDate(context, m.index, end, monthOf(g.month as string), Number(g.day), year);
  },
};
