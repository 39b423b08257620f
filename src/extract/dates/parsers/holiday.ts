/**
 * Holidays and religious periods (src/tables/holidays.ts), as the days they fall on: `Christmas`, `Easter 2009`,
 * `during Ramadan`, `after Eid al-Fitr`, `last Thanksgiving`, `the Nowruz holiday`. A holiday of one day is that
 * day; one of several (`Ramadan`, `Holy Week`, `Passover`) is the range of its days. With no year written, the
 * occurrence is the one nearest the reference date in the sentence's tense, as for a year-less month and day; `last`
 * and `next` take the one before or after it. A bare `Eid` is the nearer of the two feasts.
 *
 * ```
 * the onset of the Eid ... during Ramadan 2008 ... since last Christmas ... before Holy Week
 *                  ^^^            ^^^^^^^^^^^^           ^^^^^^^^^^^^^^            ^^^^^^^^^
 * ```
 * A holiday's name is no date where it is part of another name (`Christmas Island`, `Ramzan Kadyrov`, `Tariq
 * Ramadan`, `the Good Friday Agreement`), or a possessive (`Ramadan's`, a surname's more often than a feast's). In
 * mixed case it is written capitalized.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../../tables/calendar.js';
import { englishWords } from '../../../tables/english-words.js';
import { BARE_EID, type Holiday, HOLIDAY_CUES, HOLIDAYS } from '../../../tables/holidays.js';
import { CITIES, COUNTRIES, REGIONS } from '../../../tables/places.js';
import type { Parser } from '../../pipeline.js';
import { HOLIDAY_NAME } from '../anchors.js';
import { iso, type Occurrence, occurrenceFor, type Tense, tenseAt } from '../calendar-math.js';
import { type DateContext, dateAt, type FoundDate } from '../found.js';
import { holidayDays } from '../holiday-days.js';

const WHICH = String.raw`(?:(?<which>last|past|this|next|this\s+coming|this\s+past|the\s+coming)\s+)?`;
const NAMES = `${HOLIDAYS.map((holiday, k) => `(?<h${k}>${holiday.written})`).join('|')}|(?<eid>Eid)`;
const YEAR = String.raw`(?:(?:,\s*|\s+of\s+|\s+)(?<year>(?:19|20)\d\d)\b)?`;
// The word after the name, to tell a name that goes on; a month's or weekday's name goes on none.
const NEXT_WORD = /^[ \t]+([A-Za-z]+)/;
const PREVIOUS_WORD = /(?:^|[^\w'-])([A-Za-z]+)[ \t]+$/;
const DATE_WORDS = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES].map((name) => name.toLowerCase()));

/** True for a word that may be part of a name beside a holiday's: a capitalized word of no English, no date word. */
function nameWord(word: string | undefined): boolean {
  if (!word || !/^[A-Z]/.test(word) || word.length < 3) return false;
  const lower = word.toLowerCase();
  return !DATE_WORDS.has(lower) && !englishWords().has(lower);
}

/**
 * True where the holiday's name at `start..end` is part of another name: a place the lexicons know (`Christmas
 * Island`), a name going on or begun in a word of no English (`Ramzan Kadyrov`, `Tariq Ramadan`), or in mixed case
 * any capitalized word after it but a date's (`Good Friday Agreement`).
 */
function inName(text: string, start: number, end: number, mixedCase: boolean): boolean {
  const next = NEXT_WORD.exec(text.slice(end, end + 30))?.[1];
  const previous = PREVIOUS_WORD.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  if (nameWord(next) || nameWord(previous)) return true;
  if (!next) return false;
  const joined = `${text.slice(start, end)} ${next}`.toLowerCase();
  if (COUNTRIES.has(joined) || REGIONS.has(joined) || CITIES.has(joined)) return true;
  return mixedCase && /^[A-Z]/.test(next) && !DATE_WORDS.has(next.toLowerCase());
}

/** The holidays a match names: the one written, or for a bare `Eid` both feasts. */
function holidaysOf(groups: Record<string, string | undefined>): Holiday[] {
  if (groups.eid) return HOLIDAYS.filter((holiday) => BARE_EID.includes(holiday.name));
  const k = HOLIDAYS.findIndex((_holiday, j) => groups[`h${j}`] !== undefined);
  return [HOLIDAYS[k] as Holiday];
}

/** The occurrences of `holidays` in the years around `year`, in order. */
function occurrences(holidays: readonly Holiday[], years: readonly number[]): Occurrence[] {
  const all: Occurrence[] = [];
  for (const y of years) {
    for (const holiday of holidays) {
      for (const days of holidayDays(holiday.rule, y)) all.push({ y, ...days });
    }
  }
  return all.sort((a, b) => a.first - b.first);
}

/** The occurrence `which` (`last`, `next`, `this`, none) names, from the reference date. */
function pick(all: readonly Occurrence[], which: string, reference: Date, tense: Tense): Occurrence | null {
  const time = reference.getTime();
  if (/^(?:last|past|this\s+past)$/i.test(which)) return all.filter((o) => o.last < time).at(-1) ?? null;
  if (/^(?:next|this\s+coming|the\s+coming)$/i.test(which)) return all.find((o) => o.first > time) ?? null;
  return occurrenceFor(reference, all, which ? null : tense);
}

/** The ISO day of a UTC midnight in milliseconds. */
function isoDay(time: number): string {
  const day = new Date(time);
  return iso(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
}

/** `Christmas`, `Easter 2009`, `during Ramadan`, `last Thanksgiving`, `the Eid`. */
export const holidayParser: Parser<DateContext, FoundDate> = {
  needs: HOLIDAY_CUES,
  anchor: HOLIDAY_NAME,
  pattern: new RegExp(String.raw`\b${WHICH}(?<name>${NAMES})${YEAR}(?![\w'’-])`, 'gi'),
  extract(context, m) {
    const g = m.groups ?? {};
    const name = g.name as string;
    const nameStart = m.index + m[0].indexOf(name, g.which ? g.which.length : 0);
    const mixedCase = name !== name.toUpperCase();
    if (!/^[A-Z]/.test(name) || inName(context.text, nameStart, nameStart + name.length, mixedCase)) return null;
    const holidays = holidaysOf(g);
    const written = g.year ? Number(g.year) : null;
    if (written === null && !context.reference) return null;
    const reference = context.reference as Date;
    const year = written ?? reference.getUTCFullYear();
    const all = occurrences(holidays, written ? [written] : [year - 1, year, year + 1]);
    const chosen = written ? (all[0] ?? null) : pick(all, g.which ?? '', reference, tenseAt(context.text, m.index));
    if (!chosen) return null;
    const found = dateAt(m.index, m.index + m[0].length, isoDay(chosen.first), 'day', written ? [] : ['year']);
    const holiday = (holidays.length > 1 ? 'Eid' : holidays[0]?.name) as string;
    if (chosen.last === chosen.first) return { ...found, holiday };
    return { ...found, kind: 'range', valueEnd: isoDay(chosen.last), holiday };
  },
};
