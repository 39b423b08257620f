/**
 * FL5, precedence prosign and date-time group: the cable's date.
 *
 * ```
 * R 210951Z FEB 08
 * │ └┬┘└┬┘│ └┬┘ └┤
 * │ day hhmm Z month year (2 digits; 4 in some systems)
 * precedence prosign (may be missing; operating signals like `ZFF-4` may follow)
 * ```
 */
import P from 'parsimmon';
import type { DateTimeGroup, DtgLine } from '../ast.js';
import { monthIndex } from '../tables/calendar.js';
import { dtgPattern } from '../tables/dtg.js';
import { precedenceOfProsign } from '../tables/precedence.js';
import { ANY_ZONE, lineConstruct, type Reading } from './construct.js';
import { DTG, dateTimeGroup, prosign } from './lexemes.js';
import type { Line } from './lines.js';
import { attempt, offset } from './shared.js';

/** The year a two-digit DTG year means: 00-30 are the 2000s, 31-99 the 1900s (archives hold cables from 1966). */
export function fullYear(twoOrFour: string): number {
  const year = Number(twoOrFour);
  if (twoOrFour.length === 4) return year;
  return year > 30 ? 1900 + year : 2000 + year;
}

/** The ISO 8601 UTC timestamp of a DTG as written, or null when a part is out of range. */
export function dtgIso(written: string): string | null {
  const groups = DTG.exec(written)?.groups;
  if (!groups) return null;
  const day = Number(groups.day);
  const hour = Number(groups.hour);
  const minute = Number(groups.minute);
  const month = monthIndex(groups.month as string);
  const date = new Date(Date.UTC(fullYear(groups.year as string), month, day, hour, minute));
  const valid = month >= 0 && hour < 24 && minute < 60 && date.getUTCDate() === day && date.getUTCMonth() === month;
  return valid ? date.toISOString().replace('.000Z', 'Z') : null;
}

/** Reads an optional prosign, the DTG (with where it starts), and any operating signals after it. */
export const dtgLineRule: P.Parser<{ prosign: string | null; at: number; dtg: string; signals: string[] }> = P.seqMap(
  prosign.atMost(1),
  offset,
  dateTimeGroup,
  // Operating signals, and whatever a relay appended (`(CCY ADX1C30B8 ICTOQ0621-623)`).
  P.regexp(/(?: +\S.*)?/).desc('operating signals'),
  (mark, at, dtg, signals) => ({
    prosign: mark[0] ?? null,
    at,
    dtg,
    signals: signals.split(/ +/).filter(Boolean),
  }),
);

// A prosign, a DTG in capitals and maybe operating signals (`O 261520Z JUL 07`, `R 301956Z MAY 75 ZFF-4`).
const WHOLE_DTG_LINE = new RegExp(`^[ZOPR](?: ?[ZOPR])? +${dtgPattern()}(?: +[A-Z]{3}-?\\d)?$`);

// What a DTG line looks like even when its date is damaged: a prosign, then digits and a month. Looser than the DTG's
// shape (src/tables/dtg.ts) on purpose: fewer digits, no `Z`, a year of three digits.
const DTG_LIKE = /^([ZOPR](?: ?[ZOPR])?) +(\d{1,6} ?Z? +[A-Z]{3} +\d{2,4}\b.*)$/;

/** The DTG group of a line: as written, as ISO 8601 (null when impossible) and where it stands. */
function groupOf(reading: Reading, written: string, start: number): DateTimeGroup {
  return { written, iso: dtgIso(written), position: reading.position(start, start + written.length) };
}

/** A DTG line whose date cannot be read: a `dtgLine` with `iso: null`, and a CG101 saying what was expected. */
function damaged(reading: Reading, line: Line, expected: string[]): DtgLine | null {
  const [, mark = '', rest = ''] = DTG_LIKE.exec(line.value) ?? [];
  if (!rest) return null;
  const written = rest.split(/ +/).join(' ');
  reading.report('CG101', line.start, line.end, `Expected a DTG like \`210951Z FEB 08\`, found \`${written}\``, {
    expected: expected.join(' or '),
    actual: written,
  });
  const meant = precedenceOfProsign(mark);
  const start = line.end - rest.length;
  return {
    type: 'dtgLine',
    position: reading.position(line.start, line.end),
    precedence: meant ? { written: mark, meant } : null,
    dtg: { written, iso: null, position: reading.position(start, line.end) },
    signals: [],
  };
}

/**
 * FL5: a prosign and the DTG. The DTG's year becomes the year of references written without one. A line
 * shaped like one whose DTG cannot be read still becomes a `dtgLine` (`iso: null`) and a CG101 error.
 */
export const dtgLine = lineConstruct<DtgLine>({
  name: 'dtgLine',
  zones: ANY_ZONE,
  first: /[ZOPR0-9]/,
  zoneAfter: 'routing',
  starts: (line) => /^(?:[ZOPR](?: ?[ZOPR])? +)?\d{1,6} ?Z? +[A-Z][A-Za-z]{2} +\d{2}/.test(line.value),
  // A prosign and a whole DTG alone on a line is no prose: it ends a text that stood open before the header.
  interrupts: (line) => WHOLE_DTG_LINE.test(line.value),
  node(reading, line) {
    const read = attempt(dtgLineRule, line.value);
    if (!read.ok) return damaged(reading, line, read.expected);
    const { prosign: mark, at, dtg, signals } = read.value;
    const group = groupOf(reading, dtg, line.start + at);
    if (group.iso === null) {
      const range = '(a day, hour, minute or month out of range)';
      const message = `Expected a DTG like \`210951Z FEB 08\`, found \`${dtg}\` ${range}`;
      reading.report('CG101', line.start, line.end, message, { expected: 'DDHHMMZ MON YY', actual: dtg });
    } else reading.state.year = group.iso.slice(2, 4);
    const meant = mark ? precedenceOfProsign(mark) : null;
    return {
      type: 'dtgLine',
      position: reading.position(line.start, line.end),
      precedence: mark && meant ? { written: mark, meant } : null,
      dtg: group,
      signals,
    };
  },
});
