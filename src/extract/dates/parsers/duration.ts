/**
 * Periods counted from the reference date: anchored durations (`the last 15 years`, `within two
 * weeks`, `the next four years`, `over the past decade`, `within 48 hours`: its days), and dates that far away (`in
 * eighteen months`, `two weeks ago`, `three days later`).
 *
 * ```
 * in the last 15 years ... within two weeks ... in EIGHTEEN MONTHS ... two weeks ago ... the last two and a half years
 *    ^^^^^^^^^^^^^^^^^     ^^^^^^^^^^^^^^^^      ^^^^^^^^^^^^^^^^^^     ^^^^^^^^^^^^^     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 * ```
 */
import { WORD_NUMBER, wordValue } from '../../numbers.js';
import type { Parser } from '../../pipeline.js';
import { UNIT_AFTER_COUNT } from '../anchors.js';
import { PERIOD_WORDS } from '../calendar-math.js';
import type { DateContext, FoundDate } from '../found.js';

// (A count and a half first: `two and a half years`, `the last 3 and a half months`.)
const COUNT =
  `(?:(?:\\d{1,3}|${WORD_NUMBER})\\s+and\\s+(?:a|one)\\s+half|\\d{1,3}|${WORD_NUMBER}|a|an|several|(?:a\\s+)?few|` +
  '(?:a\\s+)?couple\\s+of)';
const UNIT = '(?:years?|months?|weeks?|days?|decades?|hours?)';
// A count's qualifier (`in about three weeks`, `less than a month ago`): read in the span, the date as counted.
const QUALIFIER = '(?:(?:about|approximately|roughly|around|nearly|almost|some|less\\s+than|more\\s+than|over)\\s+)?';
const CODES: Readonly<Record<string, string>> = { year: 'Y', month: 'M', week: 'W', day: 'D', decade: 'Y', hour: 'H' };
/** The ISO 8601 duration of `count` units, or of a count unknown (`X`): `P15Y`, `PT48H`, `PXW`. */
const durationOf = (count: number | 'X', unit: string) =>
  `P${unit === 'hour' ? 'T' : ''}${count === 'X' ? count : count * (unit === 'decade' ? 10 : 1)}${CODES[unit]}`;

/** A count as written (`15`, `four`, `a`), or null for vague ones (`several`). */
function countOf(written: string): number | null {
  const words = written.toLowerCase().split(/\s+/);
  if (words.at(-1) === 'half') {
    const whole = countOf(words.slice(0, -3).join(' '));
    return whole === null ? null : whole + 0.5;
  }
  if (/^\d/.test(written)) return Number(written);
  if (/^an?$/i.test(written)) return 1;
  return wordValue(written);
}

/** `reference` moved by `count` units (negative: back). */
function shifted(reference: Date, unit: string, count: number): Date {
  // A count and a half: in the next smaller unit (two and a half years: 30 months; half a month: 15 days).
  if (!Number.isInteger(count)) {
    if (unit === 'decade') return shifted(reference, 'year', count * 10);
    if (unit === 'year') return shifted(reference, 'month', count * 12);
    if (unit === 'month') return shifted(shifted(reference, 'month', Math.trunc(count)), 'day', (count % 1) * 30);
    if (unit === 'hour') return shifted(reference, 'hour', Math.round(count));
    return shifted(reference, 'day', Math.round(count * (unit === 'week' ? 7 : 1)));
  }
  const date = new Date(reference.getTime());
  if (unit === 'year' || unit === 'decade')
    date.setUTCFullYear(date.getUTCFullYear() + count * (unit === 'decade' ? 10 : 1));
  else if (unit === 'month') date.setUTCMonth(date.getUTCMonth() + count);
  else if (unit === 'hour') date.setUTCHours(date.getUTCHours() + count);
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
  const duration = durationOf('X', unit);
  return { start, end, kind: 'duration', value: null, valueEnd: null, duration, granularity, implied: [] };
}

/** The period of `count` units that ends (`back`) or starts at the reference date, as a found date at `start..end`. */
export function anchoredPeriod(
  start: number,
  end: number,
  unit: string,
  count: number,
  back: boolean,
  reference: Date,
): FoundDate {
  const other = shifted(reference, unit, back ? -count : count);
  const [from, to] = back ? [other, reference] : [reference, other];
  const duration = durationOf(count, unit);
  const granularity = unit === 'year' || unit === 'decade' ? 'year' : 'day';
  return { start, end, kind: 'duration', value: day(from), valueEnd: day(to), duration, granularity, implied: [] };
}

// What makes `in nine years` the nine years up to now: a superlative or an ordinal time before it (`the first
// time in nine years`, `the worst crisis in sixty years`), or a perfect (`has not visited the UAE in a year`), with
// no future between (`has said it will open in two years`).
const SPAN_BACK_CUE = new RegExp(
  String.raw`\b(?:first|(?:second|third|fourth)\s+time|only|worst|best|most|least|highest|lowest|largest|biggest|` +
    String.raw`greatest|longest|has|have|had)\b`,
  'gi',
);
const FUTURE_CUE = /\b(?:will|would|shall|to)\b|'ll\b/i;

/** True where `in N units` at `at` counts back from the reference date (see SPAN_BACK_CUE). */
function spansBack(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  const clauseStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf('\n\n'));
  const clause = before.slice(clauseStart + 1);
  let last = -1;
  SPAN_BACK_CUE.lastIndex = 0;
  for (let m = SPAN_BACK_CUE.exec(clause); m; m = SPAN_BACK_CUE.exec(clause)) last = m.index + m[0].length;
  return last >= 0 && !FUTURE_CUE.test(clause.slice(last));
}

/**
 * `the last 15 years`, `within two weeks`, `the next four years`, `over the past decade`; `the past few days`, `the
 * coming weeks`, `in recent months` (no stated length).
 */
export const anchoredDurationParser: Parser<DateContext, FoundDate> = {
  needs: PERIOD_WORDS,
  anchor: UNIT_AFTER_COUNT,
  pattern: new RegExp(
    `\\b(?:(?:the\\s+)?(?<which>last|past|next|coming|previous|following|recent)|(?<within>within))\\s` +
      `+(?:(?<count>${COUNT})\\s+)?(?<unit>${UNIT})\\b(?!-(?:long|old)\\b)`,
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
    return anchoredPeriod(m.index, m.index + m[0].length, unit, count, back, context.reference);
  },
};

/**
 * `in eighteen months`, `in about three weeks`, `two weeks ago`, `several months ago`, `a couple of months from now`;
 * `three days later` and `a year earlier` (from an event the text names: no value).
 */
export const offsetDateParser: Parser<DateContext, FoundDate> = {
  needs: PERIOD_WORDS,
  anchor: UNIT_AFTER_COUNT,
  pattern: new RegExp(
    `\\b(?:in\\s+${QUALIFIER}(?<ahead>${COUNT})\\s+(?<unit1>${UNIT})(?!-(?:long|old)\\b|\\s+(?:of|time)\\b|` +
      `\\s+to\\s+(?:\\d|an?\\b|${WORD_NUMBER}\\b))|` +
      `${QUALIFIER}(?<count>${COUNT})\\s+(?<unit2>${UNIT})\\s+(?<dir>ago|hence|from\\s+now|` +
      `(?:later|earlier|before|after)(?!\\s+(?:the|that|this|his|her|its|their)\\b)))\\b`,
    'gi',
  ),
  extract(context, m) {
    const g = m.groups ?? {};
    if (!context.reference) return null;
    const count = countOf((g.ahead ?? g.count) as string);
    const written = (g.unit1 ?? g.unit2) as string;
    // A singular unit after a count above one modifies a noun (`in 24 hour contact`): no period.
    if (count !== null && count > 1 && !/s$/i.test(written)) return null;
    const unit = written.toLowerCase().replace(/s$/, '');
    // `the first time in nine years`, `has not visited in a year`: the period up to the reference date.
    if (g.ahead && count !== null && spansBack(context.text, m.index)) {
      return anchoredPeriod(m.index, m.index + m[0].length, unit, count, true, context.reference);
    }
    const back = /^(?:ago|earlier|before)$/i.test(g.dir ?? '');
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
