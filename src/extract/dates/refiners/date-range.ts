/**
 * Two dates of the same granularity joined by `to`, `through`, `until` or a dash are one range, from the first's
 * value to the second's, as the gold writes `JUNE TO DECEMBER`: `March 2006 to March 2007`, `28 AUGUST - 1
 * SEPTEMBER`, `from 2005 to 2008`. The word before (`from`, `between`) stays out of the span.
 *
 * ```
 * from March 2006 to March 2007 ... 28 AUGUST - 1 SEPTEMBER
 *      ^^^^^^^^^^^^^^^^^^^^^^^^     ^^^^^^^^^^^^^^^^^^^^^^^
 * ```
 */
import { byPosition, type Refiner } from '../../pipeline.js';
import type { DateContext, FoundDate } from '../found.js';

/** What may stand between the two ends: a dash or a word for `up to`, white space (a line break too) around it. */
const JOINER = /^\s*(?:-{1,2}|–|—|to|through|thru|until|till)\s*$/i;
const LONGEST_JOINER = 12;

/** True for a date that may end a range or open one: a day, month or year with a value, no range itself. */
const isEnd = (date: FoundDate) =>
  date.value !== null && (date.kind === 'date' || date.kind === 'month' || date.kind === 'year') && !date.weekdayOnly;

/** True when `first` and `second` are the two ends of one range in `text`. */
function joins(text: string, first: FoundDate, second: FoundDate): boolean {
  if (!isEnd(first) || !isEnd(second) || first.granularity !== second.granularity) return false;
  if (second.start - first.end > LONGEST_JOINER || second.start < first.end) return false;
  return (first.value as string) < (second.value as string) && JOINER.test(text.slice(first.end, second.start));
}

/** Joins each two dates that are a range's ends into the range. */
export const dateRangeRefiner: Refiner<DateContext, FoundDate> = {
  refine(context, found) {
    const dates = byPosition(found);
    const kept: FoundDate[] = [];
    for (let k = 0; k < dates.length; k++) {
      const first = dates[k] as FoundDate;
      const second = dates[k + 1];
      if (!second || !joins(context.text, first, second)) {
        kept.push(first);
        continue;
      }
      const implied = [...new Set([...first.implied, ...second.implied])];
      kept.push({ ...first, end: second.end, kind: 'range', valueEnd: second.value, duration: null, implied });
      k++;
    }
    return kept;
  },
};
