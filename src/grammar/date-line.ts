/**
 * The date line of media-edited copies (the text as newspapers published it), which stands at the
 * top of the text where a DTG would be.
 *
 * ```
 * Friday, 27 August 2004, 08:08
 * └─┬──┘  └──────┬─────┘  └─┬─┘
 * weekday   day month year  time
 * ```
 */
import P from 'parsimmon';
import type { DateLine } from '../ast.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../tables/calendar.js';
import { ANY_ZONE, lineConstruct } from './construct.js';
import { run } from './shared.js';

// Weekday, day, month name, four-digit year, hh:mm.
const DATE_LINE = new RegExp(`(?:${WEEKDAY_NAMES.join('|')}), (\\d{1,2}) ([A-Z][a-z]+) (\\d{4}), (\\d{2}):(\\d{2})`);

/** Reads a weekday, day, month name, four-digit year and hh:mm. */
export const dateLineRule: P.Parser<{ day: number; month: number; year: number; hour: number; minute: number }> =
  P.regexp(DATE_LINE)
    .desc('a date line like `Friday, 27 August 2004, 08:08`')
    .map((written) => {
      const [, day, month, year, hour, minute] = DATE_LINE.exec(written) ?? [];
      return {
        day: Number(day),
        month: MONTH_NAMES.indexOf(month as string),
        year: Number(year),
        hour: Number(hour),
        minute: Number(minute),
      };
    });

/** The date line of a media copy: weekday, day, month, year and time. Its year dates references without one. */
export const dateLine = lineConstruct<DateLine>({
  name: 'dateLine',
  zones: ANY_ZONE,
  first: /[MTWFS]/,
  zoneAfter: 'text',
  starts: (line) => /^[MTWFS][a-z]+day, \d/.test(line.value),
  node(reading, line) {
    const read = run(dateLineRule, line.value);
    if (!read) return null;
    const date = new Date(Date.UTC(read.year, read.month, read.day, read.hour, read.minute));
    const valid = read.month >= 0 && read.hour < 24 && read.minute < 60 && date.getUTCDate() === read.day;
    const iso = valid ? date.toISOString().replace('.000Z', 'Z') : null;
    if (iso) reading.state.year = iso.slice(2, 4);
    return { type: 'dateLine', position: reading.position(line.start, line.end), written: line.value, iso };
  },
});
