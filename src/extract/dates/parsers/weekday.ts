/**
 * Weekdays: `Friday`, `FRIDAY'S`, `next Tuesday`, `last Monday`, `on Wednesday evening`. A lone weekday is the
 * reference date's own when it falls on it, else the one before the reference date when its sentence reports, the
 * one after when it plans (`will meet Tuesday`), and the nearer one otherwise; a weekday before a date (`Monday,
 * March 3`) is joined to it by the weekday refiner.
 *
 * ```
 * on FRIDAY'S ... will meet next Tuesday ... met Monday ... Wednesday, March 4
 *    ^^^^^^               ^^^^^^^^^^^^^          ^^^^^^     ^^^^^^^^^ (+ March 4, one mention)
 * ```
 */
import { WEEKDAY_NAMES } from '../../../tables/calendar.js';
import type { Parser } from '../../pipeline.js';
import { dayOf, tenseAt, weekdayOf } from '../calendar-math.js';
import { type DateContext, dateAt, type FoundDate } from '../found.js';

const NAMES = WEEKDAY_NAMES.join('|');

/** `Friday`, `next Tuesday`, `last Monday`. */
export const weekdayParser: Parser<DateContext, FoundDate> = {
  needs: WEEKDAY_NAMES.map((name) => name.toLowerCase()),
  pattern: new RegExp(
    `\\b(?:(?<which>next|coming|this|last|past|this\\s+coming|this\\s+past)\\s+)?(?<day>${NAMES}` +
      `)(?:\\s+(?<part>morning|afternoon|evening|night))?\\b`,
    'gi',
  ),
  extract(context, m) {
    const g = m.groups ?? {};
    if (!context.reference) return null;
    const target = WEEKDAY_NAMES.findIndex((name) => name.toLowerCase() === (g.day as string).toLowerCase());
    const today = weekdayOf(context.reference);
    const which = (g.which ?? '').toLowerCase();
    let direction: 'future' | 'past' | null = /next|coming/.test(which)
      ? 'future'
      : /last|past/.test(which)
        ? 'past'
        : null;
    if (!direction) direction = tenseAt(context.text, m.index);
    const ahead = (target - today + 7) % 7;
    const back = (today - target + 7) % 7;
    let shift: number;
    // The reference date's own weekday, not named `next` or `last`, is that day (`resumes operations Friday` in a
    // Friday cable).
    if (!which && ahead === 0) shift = 0;
    else if (direction === 'future') shift = ahead || 7;
    else if (direction === 'past') shift = -(back || 7);
    else shift = ahead === 0 ? 0 : ahead <= back ? ahead : -back;
    const found = dateAt(m.index, m.index + m[0].length, dayOf(context.reference, shift), 'day', [
      'year',
      'month',
      'day',
    ]);
    found.weekdayOnly = true;
    return found;
  },
};
