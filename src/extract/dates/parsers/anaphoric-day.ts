/**
 * Days and months named from the date the text has just given: `the same day`, `that evening`, `the following day`,
 * `the next morning`, `the previous day`, `the following month`, and a part of one (`later that day`, `earlier that
 * month`). The anaphoric-date refiner gives each its value from
 * the last date before it; the parser gives the shift.
 *
 * ```
 * On March 3 the talks opened ... the following day ... that evening ... the following month
 *                                 ^^^^^^^^^^^^^^^^^     ^^^^^^^^^^^^     ^^^^^^^^^^^^^^^^^^^
 *                                 March 4               March 4          April
 * ```
 * `the next week` and `the next month` are left to the relative readers: they count from the cable's date as often
 * (`in the next month or two`).
 */
import type { Parser } from '../../pipeline.js';
import type { DateContext, FoundDate } from '../found.js';

const MODS: Readonly<Record<string, FoundDate['mod']>> = {
  early: 'early',
  earlier: 'early',
  later: 'late',
  late: 'late',
};
const ANAPHORIC = new RegExp(
  String.raw`\b(?:(?<mod>early|earlier|later|late)[\s-]+(?=that\b))?` +
    String.raw`(?:(?<which>the\s+(?:same|following|previous|preceding|prior)|that|the\s+next)\s+` +
    `(?<unit>day|morning|afternoon|evening|night|month)(?!-)|` +
    String.raw`(?<dayBefore>the\s+(?:day|night)\s+before)(?=\s*[,.;)]))\b`,
  'gi',
);

/** The shift in days (months, for `month`) that `which` stands for. */
function shiftOf(which: string): number {
  const word = which.toLowerCase().replace(/^the\s+/, '');
  if (word === 'following' || word === 'next') return 1;
  if (word === 'previous' || word === 'preceding' || word === 'prior') return -1;
  return 0;
}

/** `the same day`, `that evening`, `the following day`, `the next morning`, `the following month`, `the day before`. */
export const anaphoricDayParser: Parser<DateContext, FoundDate> = {
  needs: ['day', 'morning', 'afternoon', 'evening', 'night', 'month'],
  pattern: ANAPHORIC,
  extract(_context, m) {
    const g = m.groups ?? {};
    const unit = (g.unit ?? 'day').toLowerCase();
    const which = g.dayBefore ? 'previous' : (g.which as string);
    // `the next month` counts from the cable's date as often as from the text's (`in the next month or two`).
    if (unit === 'month' && /^the\s+next$/i.test(which)) return null;
    const month = unit === 'month';
    const mod = MODS[(g.mod ?? '').toLowerCase()];
    return {
      ...(mod ? { mod } : {}),
      start: m.index,
      end: m.index + m[0].length,
      kind: month ? 'month' : 'date',
      value: null,
      valueEnd: null,
      duration: null,
      granularity: month ? 'month' : 'day',
      implied: month ? ['year', 'month'] : ['year', 'month', 'day'],
      relativeTo: { unit: month ? 'month' : 'day', shift: shiftOf(which) },
    };
  },
};
