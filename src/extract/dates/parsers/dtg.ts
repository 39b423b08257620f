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
import { dtgPattern } from '../../../tables/dtg.js';
import type { Parser } from '../../pipeline.js';
import { iso, monthOf, valid } from '../calendar-math.js';
import type { DateContext, FoundDate } from '../found.js';

/** `210951Z FEB 08`. */
export const dtgParser: Parser<DateContext, FoundDate> = {
  needs: ['#'],
  // Prose may break the line inside it, and writes no space before the `Z`.
  pattern: new RegExp(`\\b${dtgPattern({ month: DTG_MONTH_PATTERN, gap: '\\s+', spacedZone: false })}\\b`, 'gi'),
  extract(_context, m) {
    const { day = '', hour = '', minute = '', month: written = '', year: digits = '' } = m.groups ?? {};
    const month = monthOf(written);
    const year = fullYear(digits);
    if (!valid(year, month, Number(day)) || Number(hour) > 23 || Number(minute) > 59) return null;
    const value = `${iso(year, month, Number(day))}T${hour}:${minute}Z`;
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
