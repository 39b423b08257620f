/**
 * Gives a date named from the text's last one (`the following day`, `that evening`, `the previous month`; see
 * anaphoric-day.ts) its value: that date moved by the shift. The last date is the last one before it in the text with
 * a value of a day (or, for a month, of a day or a month); without one, the value stays null.
 *
 * ```
 * On March 3, 2008 the talks opened; the following day ...   → 2008-03-04
 * ```
 */
import type { Refiner } from '../../pipeline.js';
import { dayOf, isoMonth } from '../calendar-math.js';
import type { DateContext, FoundDate } from '../found.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}/;

/** `value` (a day) moved by `shift` days, or by `shift` months as a month (`month`). */
function moved(value: string, unit: 'day' | 'month', shift: number): string {
  const date = new Date(`${value.slice(0, 7)}-${unit === 'month' ? '01' : value.slice(8, 10)}T00:00:00Z`);
  if (unit === 'day') return dayOf(date, shift);
  return isoMonth(date.getUTCFullYear(), date.getUTCMonth() + shift);
}

/** Resolves dates named from the last one, in text order. */
export const anaphoricDateRefiner: Refiner<DateContext, FoundDate> = {
  refine(_context, found) {
    let lastDay: FoundDate | null = null;
    let lastMonth: FoundDate | null = null;
    for (const date of found.sort((a, b) => a.start - b.start)) {
      const relative = date.relativeTo;
      if (relative) {
        const anchor = relative.unit === 'day' ? lastDay : lastMonth;
        if (anchor?.value) date.value = moved(anchor.value, relative.unit, relative.shift);
      }
      if (date.value && date.kind !== 'range' && DAY.test(date.value)) lastDay = date;
      if (date.value && date.kind !== 'range' && MONTH.test(date.value)) lastMonth = date;
    }
    return found;
  },
};
