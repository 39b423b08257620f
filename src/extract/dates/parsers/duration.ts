/**
 * Periods counted from the reference date: anchored durations (`the last 15 years`, `within two
 * weeks`, `the next four years`, `over the past decade`), and dates that far away (`in eighteen
 * months`, `two weeks ago`, `three days later`).
 *
 * ```
 * in the last 15 years ... within two weeks ... in EIGHTEEN MONTHS ... two weeks ago
 *    ^^^^^^^^^^^^^^^^^     ^^^^^^^^^^^^^^^^      ^^^^^^^^^^^^^^^^^^     ^^^^^^^^^^^^^
 * ```
 */
import { WORD_NUMBER, wordValue } from '../../numbers.js';
import type { Parser } from '../../pipeline.js';
import { PERIOD_WORDS } from '../calendar-math.js';
import type { DateContext, FoundDate } from '../found.js';

const COUNT = `(?:\\d{1,3}|${WORD_NUMBER}|a|an|several|(?:a\\s+)?few|(?:a\\s+)?couple\\s+of)`;
const UNIT = '(?:years?|months?|weeks?|days?|decades?)';
const CODES: Readonly<Record<string, string>> = { year: 'Y', month: 'M', week: 'W', day: 'D', decade: 'Y' };

/** A count as written (`15`, `four`, `a`), or null for vague ones (`several`). */
function countOf(written: string): number | null {
  if (/^\d/.test(written)) return Number(written);
  if (/^an?$/i.test(written)) return 1;
  return wordValue(written);
}

/** `reference` moved by `count` units (negative: back). */
function shifted(reference: Date, unit: string, count: number): Date {
  const date = new Date(reference.getTime());
  if (unit === 'year' || unit === 'decade')
    date.setUTCFullYear(date.getUTCFullYear() + count * (unit === 'decade' ? 10 : 1));
  else if (unit === 'month') date.setUTCMonth(date.getUTCMonth() + count);
  else date.setUTCDate(date.getUTCDate() + count * (unit === 'week' ? 7 : 1));
  return date;
}
const day = (d: Date) => d.toISOString().slice(0, 10);

/** The granularity of a date counted in `unit`s: a year (of a decade too), a month, or a day (of a week too). */
const granularityOf = (unit: string): FoundDate['granularity'] =>
  unit === 'year' || unit === 'decade' ? 'year' : unit === 'month' ? 'month' : 'day';

/** A period counted from the reference date by a count of no stated number: its length unknown, so no dates. */
function vaguePeriod(start: number, end: number, unit: string): FoundDate {
  const granularity = granularityOf(unit);
  const duration = `PX${CODES[unit]}`;
  return { start, end, kind: 'duration', value: null, valueEnd: null, duration, granularity, implied: [] };
}

/**
 * `the last 15 years`, `within two weeks`, `the next four years`, `over the past decade`; `the past few days`, `the
 * coming weeks`, `in recent months` (no stated length).
 */
export const anchoredDurationParser: Parser<DateContext, FoundDate> = {
  needs: PERIOD_WORDS,
  pattern: new RegExp(
    `\\b(?:(?:the\\s+)?(?<which>last|past|next|coming|previous|following|recent)|(?<within>within))\\s` +
      `+(?:(?<count>${COUNT})\\s+)?(?<unit>${UNIT})\\b`,
    'gi',
  ),
  extract(context, m) {
    const g = m.groups ?? {};
    if (!context.reference) return null;
    const written = (g.unit as string).toLowerCase();
    const unit = written.replace(/s$/, '');
    // `the last year` with no count is a year, read by the relative-period parser; `the coming weeks`, `recent
    // months`, `the past few days` are periods of no stated length (TIMEX3's `PXW`).
    // (`the following days`, `previous years` count from another time than the reference date: not read.)
    const plural = written.endsWith('s') && !/previous|following/i.test(g.which ?? 'within');
    if (!g.count && !plural && (!/decade/.test(unit) || g.within)) return null;
    if (/^recent$/i.test(g.which ?? '') && g.count) return null;
    const count = g.count ? countOf(g.count) : plural ? null : 1;
    if (count === null) return vaguePeriod(m.index, m.index + m[0].length, unit);
    const back = /last|past|previous/i.test(g.which ?? '');
    const other = shifted(context.reference, unit, back ? -count : count);
    const [from, to] = back ? [other, context.reference] : [context.reference, other];
    const duration = `P${count * (unit === 'decade' ? 10 : 1)}${CODES[unit]}`;
    return {
      start: m.index,
      end: m.index + m[0].length,
      kind: 'duration',
      value: day(from),
      valueEnd: day(to),
      duration,
      granularity: unit === 'year' || unit === 'decade' ? 'year' : 'day',
      implied: [],
    };
  },
};

/**
 * `in eighteen months`, `two weeks ago`, `several months ago`; `three days later` and `a year earlier` (from an event
 * the text names: no value).
 */
export const offsetDateParser: Parser<DateContext, FoundDate> = {
  needs: PERIOD_WORDS,
  pattern: new RegExp(
    `\\b(?:in\\s+(?<ahead>${COUNT})\\s+(?<unit1>${UNIT})(?!\\s+(?:of|time|to)\\b)|(?<count>${COUNT}` +
      `)\\s+(?<unit2>${UNIT})\\s+(?<dir>ago|later|hence|earlier|before|after)(?!\\s+(?:the|that|t` +
      `his|his|her|its|their)\\b))\\b`,
    'gi',
  ),
  extract(context, m) {
    const g = m.groups ?? {};
    if (!context.reference) return null;
    const count = countOf((g.ahead ?? g.count) as string);
    const unit = ((g.unit1 ?? g.unit2) as string).toLowerCase().replace(/s$/, '');
    const back = /ago|earlier|before/i.test(g.dir ?? '');
    const granularity = granularityOf(unit);
    // `several months ago` names no day; `three days later`, `a year earlier` count from an event the text names,
    // not from the reference date: no value for either.
    const fromEvent = /^(?:later|earlier|before|after)$/i.test(g.dir ?? '');
    const date = count === null || fromEvent ? null : shifted(context.reference, unit, back ? -count : count);
    const value = date && day(date).slice(0, granularity === 'year' ? 4 : granularity === 'month' ? 7 : 10);
    const kind = granularity === 'year' ? 'year' : granularity === 'month' ? 'month' : 'date';
    return {
      start: m.index,
      end: m.index + m[0].length,
      kind,
      value,
      valueEnd: null,
      duration: null,
      granularity,
      implied: [],
    };
  },
};
