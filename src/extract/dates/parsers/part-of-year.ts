/**
 * Parts of a year: `early 2009`, `mid-2010`, `late 2008`, `the end of 2007` (of a decade too: `the late 1980s`,
 * `mid-1990s`, its years with the `mod`), quarters and halves (`the first
 * quarter of 2009`, `Q3 2010`, `the second half of 2008`, `H1 2009`) and seasons (`the spring of 2008`,
 * `summer 2009`). A part is the year with its `mod`; a quarter or a half is the range of its months; a season
 * is its year (where seasons fall differs by hemisphere).
 *
 * ```
 * in early 2009 ... through mid-2010 ... in the first quarter of 2009 ... by Q3 2010 ... in the spring of 2008
 *    ^^^^^^^^^^             ^^^^^^^^          ^^^^^^^^^^^^^^^^^^^^^^^^^       ^^^^^^^           ^^^^^^^^^^^^^^^^^^
 * ```
 */
import type { Parser } from '../../pipeline.js';
import { YEAR_AFTER_PART } from '../anchors.js';
import { isoMonth } from '../calendar-math.js';
import { type DateContext, dateAt, type FoundDate } from '../found.js';

const MODS: Readonly<Record<string, FoundDate['mod']>> = {
  early: 'early',
  mid: 'mid',
  late: 'late',
  end: 'end',
  beginning: 'start',
  start: 'start',
  middle: 'mid',
};
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  last: 4,
};

/** The first and last months (0-11) of the quarter (or half) `n`, counted from 1; null past the last one. */
function monthsOf(half: boolean, n: number): [number, number] | null {
  const count = half ? 2 : 4;
  if (n < 1 || n > count) return null;
  const length = 12 / count;
  return [(n - 1) * length, n * length - 1];
}

/** Which quarter or half an ordinal names (`last` is the last of either). */
const numberOf = (ordinal: string, half: boolean) =>
  ordinal.toLowerCase() === 'last' ? (half ? 2 : 4) : (ORDINALS[ordinal.toLowerCase()] ?? 0);

/** The years of the decade from `year` (`the 1990s`: 1990 to 1999), a range. */
const decadeAt = (start: number, end: number, year: number): FoundDate => ({
  ...dateAt(start, end, String(year), 'year'),
  kind: 'range',
  valueEnd: String(year + 9),
});

/** `early 2009`, `the end of 2007`, `the first quarter of 2009`, `Q3 2010`, `H1 2009`, `the spring of 2008`. */
export const partOfYearParser: Parser<DateContext, FoundDate> = {
  needs: ['#'],
  anchor: YEAR_AFTER_PART,
  pattern: new RegExp(
    String.raw`\b(?:(?<part>early|mid|late)[\s-]+|(?:the\s+)?(?<edge>end|beginning|start|middle)\s+of\s+` +
      String.raw`|(?:the\s+)?(?<ordinal>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+` +
      String.raw`(?<unit>quarter|half)\s+(?:of\s+)?` +
      String.raw`|(?:the\s+)?(?<season>spring|summer|fall|autumn|winter)\s+(?:of\s+)?|(?<short>[QH][1-4])\s*)` +
      String.raw`(?<year>(?:19|20)\d\d)(?<decade>'?s)?\b(?![\w-])`,
    'gi',
  ),
  extract(_context, m) {
    const g = m.groups ?? {};
    const [start, end, year] = [m.index, m.index + m[0].length, Number(g.year)];
    const mod = MODS[(g.part ?? g.edge ?? '').toLowerCase()];
    if (g.decade) return mod && year % 10 === 0 ? { ...decadeAt(start, end, year), mod } : null;
    if (mod) return { ...dateAt(start, end, String(year), 'year'), mod };
    if (g.season) return dateAt(start, end, String(year), 'year');
    // `Q3`, `H1`: in capitals only (`q3` is no quarter).
    if (g.short && !/^[QH]/.test(g.short)) return null;
    const half = g.short ? g.short[0] === 'H' : /^half$/i.test(g.unit as string);
    return partAt(start, end, year, half, g.short ? Number(g.short[1]) : numberOf(g.ordinal as string, half));
  },
};

/** The quarter or half `n` of `year` at `start..end`, the range of its months; null past the last one. */
function partAt(start: number, end: number, year: number, half: boolean, n: number): FoundDate | null {
  const months = monthsOf(half, n);
  if (!months) return null;
  const found = dateAt(start, end, isoMonth(year, months[0]), 'month');
  return { ...found, kind: 'range', valueEnd: isoMonth(year, months[1]) };
}

/** The shift from the reference year of the words before `year` (`this`, `last`, `the coming`). */
const RELATIVE_YEARS: Readonly<Record<string, number>> = {
  this: 0,
  current: 0,
  last: -1,
  past: -1,
  next: 1,
  coming: 1,
};

/**
 * A quarter or half of a year named from the reference date: `the first half of this year`, `the fourth quarter of
 * last year`, `the second half of next year`. (`of the year` may be the year under discussion: left alone.)
 */
export const partOfRelativeYearParser: Parser<DateContext, FoundDate> = {
  needs: ['quarter', 'half'],
  pattern: new RegExp(
    String.raw`\b(?:the\s+)?(?<ordinal>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?<unit>quarter|half)\s+` +
      String.raw`of\s+(?:the\s+(?=current|coming))?(?<which>this|current|last|past|next|coming)\s+year\b`,
    'gi',
  ),
  extract(context, m) {
    const g = m.groups ?? {};
    if (!context.reference) return null;
    const year = context.reference.getUTCFullYear() + (RELATIVE_YEARS[(g.which as string).toLowerCase()] as number);
    const half = /^half$/i.test(g.unit as string);
    return partAt(m.index, m.index + m[0].length, year, half, numberOf(g.ordinal as string, half));
  },
};
