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
import type { GrammarContext, Slice } from './context.js';
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

/** The `dateLine` node of a trimmed line, or null; `iso` is null when the date is impossible. */
export function readDateLine(ctx: GrammarContext, line: Slice): DateLine | null {
  const written = ctx.text.slice(line.start, line.end);
  const read = run(dateLineRule, written);
  if (!read) return null;
  const date = new Date(Date.UTC(read.year, read.month, read.day, read.hour, read.minute));
  const valid = read.month >= 0 && read.hour < 24 && read.minute < 60 && date.getUTCDate() === read.day;
  return {
    type: 'dateLine',
    position: ctx.position(line.start, line.end),
    written,
    iso: valid ? date.toISOString().replace('.000Z', 'Z') : null,
  };
}
