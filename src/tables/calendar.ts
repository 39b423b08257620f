/**
 * Month and weekday names, once for the whole library: the grammar (DTGs, date lines, E.O. dates)
 * and the date extractor read them from here.
 *
 * Source: the Gregorian calendar's English names; the three-letter abbreviations are those of the
 * ACP 127 date-time group (`210951Z FEB 08`, ACP 127 and 5 FAH-2 H-320) and of ISO 8601's English
 * renderings; `Sept` is the common four-letter form of September.
 */

/** The months in calendar order, full English names. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The three-letter month abbreviations of a DTG, upper case, in calendar order. */
export const MONTH_ABBREVIATIONS: readonly string[] = MONTH_NAMES.map((name) => name.slice(0, 3).toUpperCase());

/** The weekdays, Monday first (ISO 8601 numbering: Monday is 1). */
export const WEEKDAY_NAMES: readonly string[] = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

const MONTH_INDEX = new Map<string, number>();
MONTH_NAMES.forEach((name, k) => {
  MONTH_INDEX.set(name.toUpperCase(), k);
  MONTH_INDEX.set(name.slice(0, 3).toUpperCase(), k);
});
MONTH_INDEX.set('SEPT', 8);

/**
 * The 0-based month of a name as written (full or abbreviated, any case, a trailing period
 * allowed), or -1.
 *
 * @example
 * monthIndex('FEB') // 1
 * monthIndex('Sept.') // 8
 */
export function monthIndex(written: string): number {
  const key = written.endsWith('.') ? written.slice(0, -1) : written;
  return MONTH_INDEX.get(key.toUpperCase()) ?? -1;
}

/**
 * A regexp source matching a month name as written in prose: the full names, or the three-letter
 * abbreviations (and `Sept`) with an optional period, capitalized (`March`, `Mar.`); with the `i`
 * flag, in any case (`MARCH`, `MAR`).
 */
const MONTH_SHORT = MONTH_NAMES.map((name) => name.slice(0, 3));
export const MONTH_PATTERN: string = `(?:${MONTH_NAMES.join('|')}|${MONTH_SHORT.join('|')}|Sept)\\.?`;

/** A regexp source matching the three-letter DTG abbreviation (`FEB`), upper case. */
export const DTG_MONTH_PATTERN: string = `(?:${MONTH_ABBREVIATIONS.join('|')})`;
