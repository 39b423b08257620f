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
import { MONTH_ABBREVIATIONS } from '../tables/calendar.js';
import type { GrammarContext, Slice } from './context.js';
import { precedenceOfProsign } from './precedence.js';
import { run } from './shared.js';

// day hour minute `Z`, month abbreviation, year; spaces between as written.
const DTG = /(?<day>\d{2})(?<hour>\d{2})(?<minute>\d{2}) ?Z +(?<month>[A-Z]{3}) +(?<year>\d{2}|\d{4})(?![0-9])/;

/** The year a two-digit DTG year means: 00-30 are the 2000s, 31-99 the 1900s (archives hold cables from 1966). */
export function fullYear(twoOrFour: string): number {
  const year = Number(twoOrFour);
  if (twoOrFour.length === 4) return year;
  return year > 30 ? 1900 + year : 2000 + year;
}

/** Reads a DTG as written into its ISO 8601 UTC form; `iso` is null when a part is out of range. */
export function readDateTimeGroup(written: string): DateTimeGroup {
  const groups = DTG.exec(written)?.groups;
  if (!groups) return { written, iso: null };
  const day = Number(groups.day);
  const hour = Number(groups.hour);
  const minute = Number(groups.minute);
  const month = MONTH_ABBREVIATIONS.indexOf(groups.month as string);
  const year = fullYear(groups.year as string);
  const date = new Date(Date.UTC(year, month, day, hour, minute));
  const valid = month >= 0 && hour < 24 && minute < 60 && date.getUTCDate() === day && date.getUTCMonth() === month;
  return { written, iso: valid ? date.toISOString().replace('.000Z', 'Z') : null };
}

/** Reads an optional prosign, the DTG, and any operating signals after it. */
export const dtgLineRule: P.Parser<{ prosign: string | null; dtg: string; signals: string[] }> = P.seqMap(
  P.regexp(/([ZOPR](?: ?[ZOPR])?) +/, 1)
    .desc('a precedence prosign')
    .atMost(1),
  P.regexp(DTG).desc('a DTG like `210951Z FEB 08`'),
  // Operating signals, and whatever a relay appended (`(CCY ADX1C30B8 ICTOQ0621-623)`).
  P.regexp(/(?: +\S.*)?/).desc('operating signals'),
  (prosign, dtg, signals) => ({
    prosign: prosign[0]?.replace(' ', '') ?? null,
    dtg,
    signals: signals.split(/ +/).filter(Boolean),
  }),
);

// What a DTG line looks like even when its date is damaged: a prosign, then digits and a month.
const DTG_LIKE = /^[ZOPR](?: ?[ZOPR])? +\d{1,6} ?Z? +[A-Z]{3} +\d{2,4}\b/;

/**
 * The `dtgLine` node of a trimmed line, or null. A line shaped like one whose DTG cannot be read
 * still becomes a `dtgLine` (with `iso: null`) and a CG101 error.
 */
export function readDtgLine(ctx: GrammarContext, line: Slice): DtgLine | null {
  const value = ctx.text.slice(line.start, line.end);
  const read = run(dtgLineRule, value);
  if (!read) {
    if (!DTG_LIKE.test(value)) return null;
    const [, prosign = '', rest = ''] = /^([ZOPR](?: ?[ZOPR])?) +(.*)$/.exec(value) ?? [];
    const dtg = rest.split(/ +/);
    ctx.report('CG101', line.start, line.end, `Expected a DTG like \`210951Z FEB 08\`, found \`${dtg.join(' ')}\``, {
      expected: 'DDHHMMZ MON YY',
      actual: dtg.join(' '),
    });
    const meant = precedenceOfProsign(prosign);
    return {
      type: 'dtgLine',
      position: ctx.position(line.start, line.end),
      precedence: meant ? { written: prosign, meant } : null,
      dtg: { written: dtg.join(' '), iso: null },
      signals: [],
    };
  }
  const dtg = readDateTimeGroup(read.dtg);
  if (dtg.iso === null) {
    ctx.report(
      'CG101',
      line.start,
      line.end,
      `Expected a DTG like \`210951Z FEB 08\`, found \`${read.dtg}\` (a day, hour, minute or month out of range)`,
      {
        expected: 'DDHHMMZ MON YY',
        actual: read.dtg,
      },
    );
  }
  const meant = read.prosign ? precedenceOfProsign(read.prosign) : null;
  return {
    type: 'dtgLine',
    position: ctx.position(line.start, line.end),
    precedence: read.prosign && meant ? { written: read.prosign, meant } : null,
    dtg,
    signals: read.signals,
  };
}
