/**
 * The date line of media-edited copies (the text as newspapers published it), which stands at the
 * top of the text where a DTG would be.
 *
 * ```
 * Friday, 27 August 2004, 08:08
 * └─┬──┘  └──────┬─────┘  └─┬─┘
 * weekday   day month year  time
 * Cable dated:2006-02-07T22:12:00C O N F I D E N T I A L ...
 * └───┬─────┘└───────┬────────┘└─ the rest: a line of its own
 * label        ISO 8601 (UTC)
 * ```
 * The second is how a web mirror of Cablegate dates its plain-text copies; the text after it, which lost its line
 * breaks, is left for the constructs after it.
 */
import P from 'parsimmon';
import type { DateLine } from '../ast.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../tables/calendar.js';
import { ANY_ZONE, type Construct } from './construct.js';
import { type Line, restOfLine } from './lines.js';
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

// A mirror's label and ISO 8601 date and time (seconds optional), which may have text glued after it.
const MIRROR_DATE = /^Cable dated: ?(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?/;

/** The ISO 8601 UTC form of a date and time, or null when it is no date (`31 February`, `25:00`). */
function isoOf(year: number, month: number, day: number, hour: number, minute: number): string | null {
  const date = new Date(Date.UTC(year, month, day, hour, minute));
  const valid = month >= 0 && hour < 24 && minute < 60 && date.getUTCDate() === day && date.getUTCMonth() === month;
  return valid ? date.toISOString().replace('.000Z', 'Z') : null;
}

/** The date line's parts read from the start of `value`: its length and ISO form, or null. */
function readDate(value: string): { end: number; iso: string | null } | null {
  const read = run(dateLineRule, value);
  if (read) return { end: value.length, iso: isoOf(read.year, read.month, read.day, read.hour, read.minute) };
  const mirror = MIRROR_DATE.exec(value);
  if (!mirror) return null;
  const [year, month, day, hour, minute] = mirror.slice(1).map(Number) as [number, number, number, number, number];
  return { end: mirror[0].length, iso: isoOf(year, month - 1, day, hour, minute) };
}

/**
 * The date line of a media or mirror copy: its date and time. Its year dates references without one. Text glued
 * after a mirror's date is left in the line's slot, a line of its own (marked `cut`).
 */
export const dateLine: Construct<DateLine> = {
  name: 'dateLine',
  zones: ANY_ZONE,
  first: /[MTWFSC]/,
  zoneAfter: 'text',
  starts: (line) => /^(?:[MTWFS][a-z]+day, \d|Cable dated:)/.test(line.value),
  read(reading, i) {
    const line = reading.lines[i] as Line;
    const read = readDate(line.value);
    if (!read) return null;
    if (read.iso) reading.state.year = read.iso.slice(2, 4);
    const end = line.start + read.end;
    const written = line.value.slice(0, read.end);
    const node: DateLine = { type: 'dateLine', position: reading.position(line.start, end), written, iso: read.iso };
    const rest = read.end < line.value.length ? restOfLine(reading.text, line, read.end) : null;
    if (!rest) return { node, next: i + 1 };
    reading.lines[i] = rest;
    return { node, next: i };
  },
};
