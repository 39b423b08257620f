/**
 * Date-time groups (ACP 127): day, hour, minute, `Z`, month, year, in UTC.
 *
 * ```
 * R 210951Z FEB 08          → 2008-02-21T09:51Z
 *   ^^^^^^^^^^^^^^
 * ```
 */
import { fullYear } from '../../../grammar/dtg-line.js';
import { DTG_MONTH_PATTERN } from '../../../tables/calendar.js';
import type { Parser } from '../../pipeline.js';
import { iso, monthOf, valid } from '../calendar-math.js';
import type { DateContext, FoundDate } from '../found.js';

/** `210951Z FEB 08`. */
export const dtgParser: Parser<DateContext, FoundDate> = {
  needs: ['#'],
  pattern: new RegExp(`\\b(\\d{2})(\\d{2})(\\d{2})Z\\s+(${DTG_MONTH_PATTERN})\\s+(\\d{4}|\\d{2})\\b`, 'gi'),
  extract(_context, m) {
    const month = monthOf(m[4] as string);
    const year = fullYear(m[5] as string);
    if (!valid(year, month, Number(m[1])) || Number(m[2]) > 23 || Number(m[3]) > 59) return null;
    const value = `${iso(year, month, Number(m[1]))}T${m[2]}:${m[3]}Z`;
    return {
      start: m.index,
      end: m.index + m[0].length,
      kind: 'datetime',
      value,
      valueEnd: null,
      duration: null,
      granularity: 'minute',
      implied: [],
    };
  },
};
