/**
 * More days of the same month after a date: each a mention of its own, with the month and year
 * of the first.
 *
 * ```
 * October 21, 22 and 23 ... March 3 and 17
 * ^^^^^^^^^^  ^^     ^^     ^^^^^^^     ^^
 * ```
 */
import type { Refiner } from '../../pipeline.js';
import { iso, valid } from '../calendar-math.js';
import type { DateContext, FoundDate } from '../found.js';

const MORE = /(?:\s*,\s*(?:and\s+)?|\s+(?:and|or|&)\s+)(\d{1,2})(?:st|nd|rd|th)?\b(?![,.]?\d|[-/]\d|\s*(?:percent|%))/y;

/** Adds the days listed after a month-and-day date. */
export const coordinatedDaysRefiner: Refiner<DateContext, FoundDate> = {
  refine(context, found) {
    const added: FoundDate[] = [];
    for (const date of found) {
      if (
        date.kind !== 'date' ||
        date.granularity !== 'day' ||
        !date.value ||
        !/^[A-Za-z]/.test(context.text.slice(date.start, date.end))
      )
        continue;
      if (/\d{4}$/.test(context.text.slice(date.start, date.end))) continue;
      const [y, mo] = date.value.split('-').map(Number) as [number, number];
      MORE.lastIndex = date.end;
      let day: RegExpExecArray | null;
      let last = Number(date.value.slice(8));
      while ((day = MORE.exec(context.text))) {
        const d = Number(day[1]);
        if (d <= last || !valid(y, mo - 1, d)) break;
        const start = MORE.lastIndex - day[0].length + day[0].indexOf(day[1] as string);
        added.push({
          ...date,
          start,
          end: start + (day[1] as string).length,
          value: iso(y, mo - 1, d),
          weekdayOnly: undefined,
        });
        last = d;
      }
    }
    for (const date of added) found.push(date);
    return found;
  },
};
