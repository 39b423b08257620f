/**
 * Dates joined in a list share the year written after the last of them: `June 29 and 30, 2007`, `November/December
 * 2009`, `February and July 2008` are all of that year (a month after the last one's, of the year before:
 * `December and January 2010`). A year written right after a list's last day joins that day's mention.
 *
 * ```
 * On June 29 and 30, 2007 ... the March / April 2008 timeframe ... in November and December this year
 *    ^^^^^^^ ^^^^^^^^ 2007        ^^^^^ 2008 ^^^^^^^^^^
 * ```
 */
import { byPosition, type Refiner } from '../../pipeline.js';
import type { DateContext, FoundDate } from '../found.js';

// What joins two dates of one list.
const JOINT = /^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or|&|\/)\s*)$/i;
// A year written right after a list's last day: `June 29 and 30, 2007`.
const YEAR_AFTER = /^,?\s+$/;

// (A holiday's day differs by year: `Thanksgiving and Easter 2007` share no year.)
const yearLess = (d: FoundDate) =>
  d.value !== null &&
  d.implied.includes('year') &&
  (d.granularity === 'day' || d.granularity === 'month') &&
  d.holiday === undefined;
const yearOf = (d: FoundDate) => Number((d.value as string).slice(0, 4));
const monthNumberOf = (d: FoundDate) => Number((d.value as string).slice(5, 7));

/** `date` given the year `year` (the year before for a month after `lastMonth`), its year no longer implied. */
function inYear(date: FoundDate, year: number, lastMonth: number): FoundDate {
  const y = monthNumberOf(date) > lastMonth ? year - 1 : year;
  return {
    ...date,
    value: `${y}${(date.value as string).slice(4)}`,
    implied: date.implied.filter((i) => i !== 'year'),
  };
}

/** Gives the dates of a list the year written after its last one. */
export const sharedYearRefiner: Refiner<DateContext, FoundDate> = {
  refine(context, found) {
    const sorted = byPosition(found);
    const dropped = new Set<FoundDate>();
    for (let i = 0; i < sorted.length; i++) {
      // The list from i: year-less dates joined one to the next.
      let j = i;
      while (j + 1 < sorted.length && yearLess(sorted[j] as FoundDate) && joins(context.text, sorted, j)) j++;
      if (j === i && !yearLess(sorted[i] as FoundDate)) continue;
      const last = sorted[j] as FoundDate;
      let year: number | null =
        last.value && !last.implied.includes('year') && last.kind !== 'year' ? yearOf(last) : null;
      const next = sorted[j + 1];
      if (
        year === null &&
        yearLess(last) &&
        next?.kind === 'year' &&
        /^\d{4}$/.test(context.text.slice(next.start, next.end))
      ) {
        if (YEAR_AFTER.test(context.text.slice(last.end, next.start)) && j > i) {
          year = yearOf(next);
          dropped.add(next);
          sorted[j] = { ...inYear(last, year, 12), end: next.end };
        }
      }
      if (year === null) continue;
      const lastMonth = monthNumberOf(sorted[j] as FoundDate);
      for (let k = i; k < j; k++) sorted[k] = inYear(sorted[k] as FoundDate, year, lastMonth);
      i = j;
    }
    return sorted.filter((date) => !dropped.has(date));
  },
};

/** True when the dates at `j` and `j + 1` stand in one list (and are of one granularity). */
function joins(text: string, sorted: FoundDate[], j: number): boolean {
  const a = sorted[j] as FoundDate;
  const b = sorted[j + 1] as FoundDate;
  return a.end <= b.start && a.granularity === b.granularity && JOINT.test(text.slice(a.end, b.start));
}
