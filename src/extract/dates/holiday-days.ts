/**
 * The days a holiday of src/tables/holidays.ts falls on in a Gregorian year: a fixed day, a shift from Western
 * Easter (the Anonymous Gregorian algorithm), a weekday of a month, or a day of another calendar found through
 * `Intl` (CLDR/ICU's calendars), scanned once per year and kept.
 *
 * ```
 * Christmas, 2008   → 2008-12-25
 * Easter, 2008      → 2008-03-23 (Holy Week: 2008-03-16 to 2008-03-22)
 * Ramadan, 2008     → 2008-09-01 to 2008-09-29 (Umm al-Qura)
 * ```
 */
import type { HolidayRule } from '../../tables/holidays.js';

const DAY = 86400000;

/** The first and last day of a holiday, as UTC midnights in milliseconds. */
export interface HolidayDays {
  first: number;
  last: number;
}

/** Western Easter Sunday of `year` (Gregorian), UTC midnight, by the Anonymous Gregorian algorithm. */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

/** The `nth` weekday (ISO: Monday 1) of `month` of `year`; `nth` -1 for the last. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  if (nth < 0) {
    const last = Date.UTC(year, month + 1, 0);
    const back = (new Date(last).getUTCDay() - (weekday % 7) + 7) % 7;
    return last - back * DAY;
  }
  const first = Date.UTC(year, month, 1);
  const ahead = ((weekday % 7) - new Date(first).getUTCDay() + 7) % 7;
  return first + (ahead + (nth - 1) * 7) * DAY;
}

const formats = new Map<string, Intl.DateTimeFormat | null>();
const found = new Map<string, HolidayDays[]>();

/** The month and day `Intl` gives a UTC day in `calendar` (null: no such calendar here). */
function formatOf(calendar: string): Intl.DateTimeFormat | null {
  if (!formats.has(calendar)) {
    const month = calendar === 'hebrew' ? 'long' : 'numeric';
    const format = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, { timeZone: 'UTC', month, day: 'numeric' });
    formats.set(calendar, format.resolvedOptions().calendar === calendar ? format : null);
  }
  return formats.get(calendar) ?? null;
}

/** The month and day of `time` in the calendar of `format`. */
function partsAt(format: Intl.DateTimeFormat, time: number): { month: string; day: number } {
  let month = '';
  let day = 0;
  for (const part of format.formatToParts(time)) {
    if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = Number(part.value);
  }
  return { month, day };
}

/**
 * The days of `year` that are `month`/`day` of another calendar, each with its last (to `days`, or the month's end):
 * a lunar calendar's day may fall twice in one Gregorian year (Ashura on 2009-01-07 and 2009-12-27).
 */
function calendarDays(rule: Extract<HolidayRule, { rule: 'calendar' }>, year: number): HolidayDays[] {
  const key = `${rule.calendar} ${rule.month} ${rule.day} ${rule.days} ${year}`;
  const known = found.get(key);
  if (known) return known;
  const format = formatOf(rule.calendar);
  const all: HolidayDays[] = [];
  for (let time = Date.UTC(year, 0, 1); format && time < Date.UTC(year + 1, 0, 1); time += DAY) {
    const parts = partsAt(format, time);
    if (parts.month !== rule.month || parts.day !== rule.day) continue;
    let last = time + ((typeof rule.days === 'number' ? rule.days : 1) - 1) * DAY;
    if (rule.days === 'month') while (partsAt(format, last + DAY).month === rule.month) last += DAY;
    all.push({ first: time, last });
  }
  found.set(key, all);
  return all;
}

/**
 * The days of a holiday that begin in Gregorian `year` (one occurrence, or two of a lunar calendar's day; none where
 * `Intl` has not its calendar).
 */
export function holidayDays(rule: HolidayRule, year: number): HolidayDays[] {
  if (rule.rule === 'calendar') return calendarDays(rule, year);
  if (rule.rule === 'weekday') return [dayOnly(rule, year)];
  const first = rule.rule === 'fixed' ? Date.UTC(year, rule.month, rule.day) : easterSunday(year) + rule.shift * DAY;
  return [{ first, last: first + ((rule.days ?? 1) - 1) * DAY }];
}

/** A holiday on one weekday of a month. */
function dayOnly(rule: Extract<HolidayRule, { rule: 'weekday' }>, year: number): HolidayDays {
  const day = nthWeekday(year, rule.month, rule.weekday, rule.nth);
  return { first: day, last: day };
}
