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

// A time zone between a time and its date: `at 1:21 p.m. local time on January 8`, `after 0900 EST January 12`.
const ZONE = String.raw`(?:local(?:\s+time)?|[ECMP][SD]T|GMT|UTC|CES?T|Z)`;
const TIME_THEN_DATE = new RegExp(String.raw`^\s*(?:${ZONE}\s*)?(?:,\s*|on\s+|of\s+)?$`, 'i');
// The white space after the word is read with it (`(?:at\s*)?`, not `(?:at)?\s*`): one way to read a run of spaces.
// (`October 24, 2006; 8:45 p.m.`, `August 10, 2008 (9:15 p.m.`, `July 27, 2004 at approximately 1250 hrs`.)
const DATE_THEN_TIME = /^\s*(?:[,;(]\s*)?(?:(?:at|by|from|around|before|after)\s*)?(?:(?:approximately|about)\s*)?$/i;
// What stands between a day and a later time of another day: the time is not of the day before it.
const OTHER_DAY = new RegExp(
  String.raw`\b(?:next|following|previous|same)\s+(?:day|morning|evening|night)|\bthe\s+day\s+(?:after|before)|` +
    String.raw`\b(?:today|tomorrow|yesterday|tonight|daily|every)\b`,
  'i',
);
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

/**
 * A clock time alone, on the day the text last named before it (`29 October: ... notified DOE at 0030`), not the
 * reference date's, unless the words between speak of another day; null where no day was named.
 */
function onDayBefore(text: string, time: FoundDate, day: FoundDate | null): FoundDate | null {
  if (!day || OTHER_DAY.test(text.slice(day.end, time.start))) return null;
  const clock = time.value as string;
  return { ...time, value: `${(day.value as string).slice(0, 10)}${clock.slice(clock.indexOf('T'))}` };
}

/** Merges neighbours: time + date, date + time, weekday + date; a time alone takes the day named before it. */
export const dateTimeRefiner: Refiner<DateContext, FoundDate> = {
  refine(context, found) {
    const sorted = byPosition(found);
    const out: FoundDate[] = [];
    // The last day the text named, written in full (not a weekday alone, not a day the reference date gave).
    let lastDay: FoundDate | null = null;
    for (const next of sorted) {
      const previous = out.at(-1);
      if (previous && isDay(previous) && !previous.weekdayOnly && !previous.clock) lastDay = previous;
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
      if (next.clock && next.value && next.kind === 'datetime') {
        out.push(onDayBefore(context.text, next, lastDay) ?? next);
        continue;
      }
      out.push(isDay(next) ? withDayPart(context.text, next, previous?.end ?? 0) : next);
    }
    return out;
  },
};
