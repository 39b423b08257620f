/**
 * Days named from the reference date, and parts of them: `today`, `tomorrow`, `yesterday`,
 * `tonight`, `last night`, `this morning`, `this evening`, `the day after tomorrow`.
 *
 * ```
 * TODAY ... this evening ... late yesterday ... the day before yesterday
 * ^^^^^     ^^^^^^^^^^^^          ^^^^^^^^^     ^^^^^^^^^^^^^^^^^^^^^^^^
 * ```
 */
import type { Parser } from '../../pipeline.js';
import { dayOf } from '../calendar-math.js';
import { type DateContext, dateAt, type FoundDate } from '../found.js';

const SHIFTS: Readonly<Record<string, number>> = {
  today: 0,
  tonight: 0,
  tomorrow: 1,
  yesterday: -1,
  'the day after tomorrow': 2,
  'the day before yesterday': -2,
  'last night': -1,
  'this morning': 0,
  'this afternoon': 0,
  'this evening': 0,
  'tomorrow morning': 1,
  'tomorrow afternoon': 1,
  'tomorrow evening': 1,
  'tomorrow night': 1,
  'yesterday morning': -1,
  'yesterday afternoon': -1,
  'yesterday evening': -1,
};
const PHRASE = Object.keys(SHIFTS)
  .sort((a, b) => b.length - a.length)
  .map((p) => p.replace(/ /g, '\\s+'))
  .join('|');

/** `today`, `tomorrow evening`, `last night`. */
export const relativeDayParser: Parser<DateContext, FoundDate> = {
  needs: ['today', 'tonight', 'tomorrow', 'yesterday', 'night', 'morning', 'afternoon', 'evening'],
  pattern: new RegExp(`\\b(?:${PHRASE})\\b`, 'gi'),
  extract(context, m) {
    if (!context.reference) return null;
    const shift = SHIFTS[m[0].toLowerCase().replace(/\s+/g, ' ')] as number;
    return dateAt(m.index, m.index + m[0].length, dayOf(context.reference, shift), 'day', ['year', 'month', 'day']);
  },
};
