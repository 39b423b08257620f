/**
 * Weeks, months, quarters, years and weekends named from the reference date: `this week`, `next month`,
 * `last year`, `the coming year`, `this coming weekend`, `early next month`, `later this month`, `the last quarter`
 * (the calendar quarter before the reference date's), `the current fiscal year`, `last calendar year` (a fiscal year
 * named, as fiscal-year.ts names `FY 08`, by the calendar year it is counted from here),
 * `earlier this year`, `earlier in the week` and `later in the year` (this week's, this year's), `the end of the year`;
 * `over the past year`, the twelve months up to the reference date (a
 * period, as `the past two years` is); and `the previous year`, the year before the one under discussion. Weeks run
 * Monday to Sunday.
 *
 * ```
 * next week ... this coming weekend ... early next month ... the coming year ... the previous year
 * ^^^^^^^^^     ^^^^^^^^^^^^^^^^^^^     ^^^^^^^^^^^^^^^^     ^^^^^^^^^^^^^^^     ^^^^^^^^^^^^^^^^^
 * ```
 */
import { MONTH_PATTERN } from '../../../tables/calendar.js';
import type { Parser } from '../../pipeline.js';
import { dayOf, isoMonth, tenseAt, weekdayOf } from '../calendar-math.js';
import type { DateContext, FoundDate } from '../found.js';
import { anchoredPeriod } from './duration.js';

const MODS: Readonly<Record<string, FoundDate['mod']>> = {
  early: 'early',
  mid: 'mid',
  late: 'late',
  later: 'late',
  earlier: 'early',
  end: 'end',
  beginning: 'start',
};
const RELATIVE = new RegExp(
  String.raw`\b(?:(?<mod>early|mid|late|later|earlier)(?:(?<within>\s+in)\s+(?=the\s)|[\s-]+)|(?:the\s+)?` +
    String.raw`(?<edge>end|beginning)\s+of\s+)` +
    String.raw`?(?:(?<which>this|next|last|past|coming|previous|preceding|prior|following|the\s+coming|th` +
    String.raw`e\s+next|the\s+past|the\s+last|the\s+previous|the\s+preceding|the\s+prior|the\s+following|` +
    String.raw`this\s+coming|this\s+past|the\s+current|the\s+present)\s+|(?<the>the\s+))` +
    String.raw`(?<unit>week|weekend|month|quarter|(?<year>fiscal\s+|calendar\s+|budget\s+)?year)\b(?!\s+(?:an` +
    String.raw`d|or)\s+a\b)`,
  'gi',
);

// The words of a period that ends at the reference date, and what follows a `last` that means a final one.
const ANCHORED = /^(?:the\s+(?:past|last)|this\s+past)$/i;
const AFTER_LAST = new RegExp(`^\\s+(?:of|or|and\\s+a|(?:in|before)\\s+${MONTH_PATTERN})\\b`);

/** The shift (in units) a relative word stands for, and whether it is anaphoric (`the previous year`). */
function shiftOf(which: string): { shift: number; anaphoric: boolean } {
  const word = which.toLowerCase().replace(/^the\s+|^this\s+(?=coming|past)/, '');
  if (/^(?:previous|preceding|prior)$/.test(word)) return { shift: -1, anaphoric: true };
  if (word === 'following') return { shift: 1, anaphoric: true };
  if (/^(?:next|coming)$/.test(word)) return { shift: 1, anaphoric: false };
  if (/^(?:last|past)$/.test(word)) return { shift: -1, anaphoric: false };
  return { shift: 0, anaphoric: false };
}

/** The days of a week or weekend `shift` weeks from the reference date's. */
function weekSpan(reference: Date, shift: number, weekend: boolean, coming: boolean): [string, string] {
  const weekday = weekdayOf(reference);
  // `(this) coming weekend` is the next one not yet over; `this weekend` early in the week is the one just past.
  if (weekend && coming) shift = 0;
  const past = weekend && shift === 0 && !coming && weekday <= 2 ? -1 : 0;
  const monday = -weekday + 7 * (shift + past);
  return weekend
    ? [dayOf(reference, monday + 5), dayOf(reference, monday + 6)]
    : [dayOf(reference, monday), dayOf(reference, monday + 6)];
}

const OVER_BEFORE = /\b(?:over|during|on|at|through|throughout)\s+$/i;

/**
 * `over the weekend`: the last one (Saturday and Sunday) on or before the reference date in a clause that reports, the
 * next one after it in a clause that plans; null after any other word, or without a reference date or a tense.
 */
function nearWeekend(context: DateContext, start: number, end: number): FoundDate | null {
  const reference = context.reference;
  if (!reference || !OVER_BEFORE.test(context.text.slice(Math.max(0, start - 12), start))) return null;
  const tense = tenseAt(context.text, start);
  if (tense === null) return null;
  // On a Saturday or Sunday the weekend under way is the last one and next week's the next; else the one before,
  // and this week's.
  const onWeekend = weekdayOf(reference) >= 5;
  const [shift, coming] = tense === 'past' ? (onWeekend ? [0, true] : [-1, false]) : onWeekend ? [1, false] : [0, true];
  const [from, to] = weekSpan(reference, shift, true, coming);
  return {
    start,
    end,
    kind: 'range',
    value: from,
    valueEnd: to,
    duration: null,
    granularity: 'day',
    implied: ['year', 'month'],
  };
}

/** The calendar quarter `shift` quarters from the reference date's, the range of its months. */
function quarterOf(
  base: Omit<FoundDate, 'kind' | 'value' | 'valueEnd' | 'granularity'>,
  reference: Date,
  shift: number,
) {
  const quarter = reference.getUTCFullYear() * 4 + Math.floor(reference.getUTCMonth() / 3) + shift;
  const [year, first] = [Math.floor(quarter / 4), (quarter % 4) * 3];
  return {
    ...base,
    kind: 'range',
    value: isoMonth(year, first),
    valueEnd: isoMonth(year, first + 2),
    granularity: 'month',
  } satisfies FoundDate;
}

/**
 * `next week`, `this coming weekend`, `early next month`, `the coming year`, `the previous year`, `over the weekend`.
 */
export const relativePeriodParser: Parser<DateContext, FoundDate> = {
  needs: ['week', 'weekend', 'month', 'quarter', 'year'],
  pattern: RELATIVE,
  extract(context, m) {
    const g = m.groups ?? {};
    const reference = context.reference;
    const unit = g.year ? 'year' : (g.unit as string).toLowerCase();
    // `the week`, `the year` alone name no date; `the end of the year` and `the fiscal year` do, and `over the
    // weekend` the one nearest by the tense of its clause.
    // (`earlier in the week`, `later in the year`: the reference date's, as `earlier this week` is; `later in the
    // month` names the month under discussion as often, which the text may not have given: none.)
    if (g.the && !g.edge && !g.year && (!g.within || unit === 'month'))
      return unit === 'weekend' ? nearWeekend(context, m.index, m.index + m[0].length) : null;
    const { shift, anaphoric } = shiftOf(g.which ?? 'this');
    const start = m.index;
    const end = m.index + m[0].length;
    // `over the past year`, `in the last month`: the twelve months (the month, the week) up to the reference date, as
    // `the past two years` is; `last year` is the calendar year before; `the last year of his term` (`the last week
    // in April`, `the last year or two`, `the past year and a half`) no date of ours.
    // (`the last fiscal year`, `the last quarter` are the ones before: no period.)
    const anchorable = unit !== 'weekend' && unit !== 'quarter' && !g.year;
    if (reference && !g.mod && !g.edge && anchorable && ANCHORED.test(g.which ?? '')) {
      if (AFTER_LAST.test(context.text.slice(end, end + 16))) return null;
      return anchoredPeriod(start, end, unit, 1, true, reference);
    }
    const mod = MODS[(g.mod ?? g.edge ?? '').toLowerCase()];
    const base = {
      start,
      end,
      duration: null,
      implied: ['year', 'month'] as FoundDate['implied'],
      ...(mod ? { mod } : {}),
    };
    if (unit === 'year') {
      const year = anaphoric
        ? (context.discourseYear ?? reference?.getUTCFullYear() ?? null)
        : (reference?.getUTCFullYear() ?? null);
      if (year === null) return null;
      return {
        ...base,
        kind: 'year',
        value: String(year + shift),
        valueEnd: null,
        granularity: 'year',
        implied: [],
        ...(anaphoric ? { anaphoric: shift } : {}),
      };
    }
    if (!reference || anaphoric) return null;
    if (unit === 'quarter') return quarterOf(base, reference, shift);
    if (unit === 'month') {
      const date = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth() + shift, 1));
      return {
        ...base,
        kind: 'month',
        value: isoMonth(date.getUTCFullYear(), date.getUTCMonth()),
        valueEnd: null,
        granularity: 'month',
      };
    }
    const [from, to] = weekSpan(reference, shift, unit === 'weekend', /coming/i.test(g.which ?? ''));
    return { ...base, kind: 'range', value: from, valueEnd: to, granularity: 'day' };
  },
};
