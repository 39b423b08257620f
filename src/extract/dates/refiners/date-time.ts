/**
 * Joins a clock time to the date beside it, either way round, into one datetime mention; a
 * weekday to the date right after it (`Monday, March 3`), the date giving the value; and a part of the day written
 * before its date (`the morning of June 14`).
 *
 * ```
 * at 0430 on March 3       → 0430 on March 3 (2009-03-03T04:30)
 * March 3 at 9 p.m.        → March 3 at 9 p.m. (2009-03-03T21)
 * Wednesday, March 4       → one date, 2009-03-04
 * the night of June 14     → one date, 2009-06-14
 * ```
 */
import { byPosition, type Refiner } from '../../pipeline.js';
import { isoTime } from '../calendar-math.js';
import type { DateContext, FoundDate } from '../found.js';

const TIME_THEN_DATE = /^\s*(?:,\s*|on\s+|of\s+)?$/i;
// The white space after the word is read with it (`(?:at\s*)?`, not `(?:at)?\s*`): one way to read a run of spaces.
const DATE_THEN_TIME = /^\s*(?:,\s*)?(?:(?:at|by|from|around|before|after)\s*)?$/i;
const WEEKDAY_THEN_DATE = /^\s*(?:,\s*|\(\s*)?(?:the\s+)?$/i;

/** The clock time joined to a day: the day's value with the time. */
function joined(time: FoundDate, day: FoundDate, start: number, end: number): FoundDate {
  const clock = time.clock as { hour: number; minute: number | null };
  return {
    ...day,
    start,
    end,
    kind: 'datetime',
    value: `${(day.value as string).slice(0, 10)}${isoTime(clock.hour, clock.minute)}`,
    granularity: clock.minute === null ? 'hour' : 'minute',
    weekdayOnly: undefined,
    ...(time.mod ? { mod: time.mod } : {}),
  };
}

// A part of the day before its date: `the morning of June 14`, `the night of December 27`.
const DAY_PART_OF = /\b(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+$/i;

/** The day with the part of the day written before it (`the evening of March 3`), if any, after `after`. */
function withDayPart(text: string, day: FoundDate, after: number): FoundDate {
  const from = Math.max(after, day.start - 26);
  const part = DAY_PART_OF.exec(text.slice(from, day.start));
  return part ? { ...day, start: from + part.index } : day;
}

/** A single day (not a range, not a month). */
const isDay = (d: FoundDate) => d.kind === 'date' && d.granularity === 'day' && !!d.value;

/** Merges neighbours: time + date, date + time, weekday + date. */
export const dateTimeRefiner: Refiner<DateContext, FoundDate> = {
  refine(context, found) {
    const sorted = byPosition(found);
    const out: FoundDate[] = [];
    for (const next of sorted) {
      const previous = out.at(-1);
      const between = previous && previous.end <= next.start ? context.text.slice(previous.end, next.start) : null;
      if (previous && between !== null) {
        if (previous.clock && isDay(next) && TIME_THEN_DATE.test(between)) {
          out[out.length - 1] = joined(previous, next, previous.start, next.end);
          continue;
        }
        if (next.clock && isDay(previous) && !previous.clock && DATE_THEN_TIME.test(between)) {
          out[out.length - 1] = joined(next, previous, previous.start, next.end);
          continue;
        }
        if (previous.weekdayOnly && isDay(next) && !next.weekdayOnly && WEEKDAY_THEN_DATE.test(between)) {
          out[out.length - 1] = { ...next, start: previous.start };
          continue;
        }
      }
      out.push(isDay(next) ? withDayPart(context.text, next, previous?.end ?? 0) : next);
    }
    return out;
  },
};
