/**
 * Months: with their year (`February 2008`, `October, 2005`, `May of 2009`, `June of next year`, a DTG's `DEC 08`),
 * with a part (`mid-March`, `early April`, `late May 2009`, `the end of January`, `the beginning of June`), alone
 * (`in March`), and ranges of months (`JUNE TO DECEMBER`, `June-August 2009`, `Feb.-Aug. 2003`).
 *
 * ```
 * in February 2008 ... by mid-March ... through the end of January ... FROM JUNE TO DECEMBER
 *    ^^^^^^^^^^^^^        ^^^^^^^^^                 ^^^^^^^^^^^^^^        ^^^^^^^^^^^^^^^^
 * ```
 * `May` alone is a month only after a word that introduces a date (`in May`, `since May`), and a
 * month alone is capitalized: `march` and `may` in lower case are verbs.
 */
import { MONTH_NAMES, MONTH_PATTERN } from '../../../tables/calendar.js';
import type { Parser } from '../../pipeline.js';
import { MONTH_AFTER_PART, MONTH_FIRST } from '../anchors.js';
import { MONTH_WORDS, isoMonth, monthOf, monthYearOfDigits, tenseAt, yearFor } from '../calendar-math.js';
import { type DateContext, dateAt, type FoundDate } from '../found.js';

const PART =
  '(?:(?<part>mid|early|late)[\\s-]+|' +
  '(?:the\\s+)?(?<edge>end|beginning|start|middle|first\\s+half|second\\s+half)\\s+of\\s+)';
const MODS: Readonly<Record<string, FoundDate['mod']>> = {
  mid: 'mid',
  early: 'early',
  late: 'late',
  end: 'end',
  beginning: 'start',
  start: 'start',
  middle: 'mid',
};
const FULL_MONTH = `(?:${MONTH_NAMES.join('|')})`;
const FULL_MONTH_ONLY = new RegExp(`^${FULL_MONTH}$`, 'i');
const DATE_WORD = new RegExp(
  String.raw`\b(?:in|of|for|since|until|till|through|by|during|from|to|before|after|and|early|mid|late|end|` +
    String.raw`beginning|last|next|this|since)[\s-]+$`,
  'i',
);

/** The month `month` of the year `year` (or the year the reference date and tense give), as a found date. */
function monthDate(
  context: DateContext,
  start: number,
  end: number,
  month: number,
  year: number | null,
): FoundDate | null {
  if (year !== null) return dateAt(start, end, isoMonth(year, month), 'month');
  if (!context.reference) return null;
  const y = yearFor(context.reference, month, null, tenseAt(context.text, start));
  return dateAt(start, end, isoMonth(y, month), 'month', ['year']);
}

/**
 * The year of `last June` (the latest June before the reference date's month), `next March` (the first after
 * it) or `this September` (the reference year's), or null without a reference date.
 */
function yearOfLastOrNext(context: DateContext, month: number, rel: string): number | null {
  if (!context.reference) return null;
  const year = context.reference.getUTCFullYear();
  const now = context.reference.getUTCMonth();
  if (/^this$/i.test(rel)) return year;
  if (/^last$/i.test(rel)) return month < now ? year : year - 1;
  return month > now ? year : year + 1;
}

/** The year `last year`, `next year` or `this year` names from the reference date, or null without one. */
function yearOfWhich(context: DateContext, which: string): number | null {
  if (!context.reference) return null;
  const shift = /^last$/i.test(which) ? -1 : /^next$/i.test(which) ? 1 : 0;
  return context.reference.getUTCFullYear() + shift;
}

/**
 * `February 2008`, `October, 2005`, `May of 2009`, `October of next year`, `last June`, `next March`, `mid-March`,
 * `late May 2009`, `the end of January`, `in March`.
 */
export const monthParser: Parser<DateContext, FoundDate> = {
  needs: MONTH_WORDS,
  anchor: MONTH_AFTER_PART,
  pattern: new RegExp(
    `(?:\\b${PART}|\\b(?<rel>last|next|this)\\s+)?\\b(?<month>${FULL_MONTH}|${MONTH_PATTERN})` +
      `(?:,?\\s+(?:of\\s+)?¶?(?<year>\\d{4})|\\s+(?<yy>\\d\\d)(?![\\d:/]|[,.]\\d)|` +
      `\\s+(?:of\\s+)?(?<which>last|next|this)\\s+year)?\\b(?!\\s*\\d|-\\d)`,
    'gi',
  ),
  extract(context, m) {
    const g = m.groups ?? {};
    const written = g.month as string;
    // `DEC 08`: a DTG's month and year, where the digits are no day (see monthYearOfDigits).
    const yy = g.yy ? monthYearOfDigits(written, g.yy, context.reference) : null;
    if (g.yy && yy === null) return null;
    if (!g.year && !g.which && yy === null) {
      // A month alone: capitalized, a full name, `May` only after a date word.
      if (!/^[A-Z]/.test(written) || !FULL_MONTH_ONLY.test(written)) return null;
      const before = context.text.slice(Math.max(0, m.index - 12), m.index + m[0].indexOf(written));
      if (/^may$/i.test(written) && !DATE_WORD.test(before)) return null;
    }
    const year = g.year
      ? Number(g.year)
      : yy !== null
        ? yy
        : g.which
          ? yearOfWhich(context, g.which)
          : g.rel
            ? yearOfLastOrNext(context, monthOf(written), g.rel)
            : null;
    if (g.rel && year === null) return null;
    if (g.which && year === null) return null;
    const found = monthDate(context, m.index, m.index + m[0].length, monthOf(written), year);
    const mod = MODS[(g.part ?? g.edge ?? '').toLowerCase().split(/\s/)[0] as string];
    if (found && mod) found.mod = mod;
    return found;
  },
};

/** `JUNE TO DECEMBER`, `June-August 2009`, `Feb.-Aug. 2003`. */
export const monthRangeParser: Parser<DateContext, FoundDate> = {
  needs: MONTH_WORDS,
  anchor: MONTH_FIRST,
  pattern: new RegExp(
    `\\b(${FULL_MONTH}|${MONTH_PATTERN})\\s*(?:-|–|\\s(?:to|until|through|thru)\\s)\\s*` +
      `(${FULL_MONTH}|${MONTH_PATTERN})(?:,?\\s+(\\d{4}))?\\b(?!\\s*\\d)`,
    'gi',
  ),
  extract(context, m) {
    // An abbreviated month is capitalized (`Feb.-Aug. 2003`; `mar` is a verb), and written with its year.
    const full = (written: string) => FULL_MONTH_ONLY.test(written.replace(/\.$/, ''));
    const short = !full(m[1] as string) || !full(m[2] as string);
    if (short && (!m[3] || !/^[A-Z]/.test(m[1] as string) || !/^[A-Z]/.test(m[2] as string))) return null;
    const m1 = monthOf(m[1] as string);
    const m2 = monthOf(m[2] as string);
    let y2 = m[3] ? Number(m[3]) : null;
    if (y2 === null) {
      if (!context.reference) return null;
      const y1 = yearFor(context.reference, m1, null, tenseAt(context.text, m.index));
      y2 = m2 < m1 ? y1 + 1 : y1;
    }
    const y1 = m2 < m1 ? y2 - 1 : y2;
    return {
      start: m.index,
      end: m.index + m[0].length,
      kind: 'range',
      value: isoMonth(y1, m1),
      valueEnd: isoMonth(y2, m2),
      duration: null,
      granularity: 'month',
      implied: m[3] ? [] : ['year'],
    };
  },
};
