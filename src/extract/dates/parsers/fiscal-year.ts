/**
 * Fiscal years as budgets write them: `FY` or `fiscal year`, then a year of four digits or two, alone or
 * with the year it runs into (`FY 05`, `FY-09`, `FY2008/09`, `fiscal year 2010`). The value is the year
 * written (a fiscal year's months differ by country), the second one its end.
 *
 * ```
 * beginning in FY 04 ... the FY2008/09 budget ... in fiscal year 2010
 *              ^^^^^         ^^^^^^^^^               ^^^^^^^^^^^^^^^^
 * ```
 */
import type { Parser } from '../../pipeline.js';
import { type DateContext, dateAt, type FoundDate } from '../found.js';

/** A year of two digits as budgets write them: `04` is 2004, `98` is 1998. */
const fullYear = (written: string) => {
  const year = Number(written);
  if (written.length === 4) return year;
  return year < 50 ? 2000 + year : 1900 + year;
};

/** `FY 05`, `FY-09`, `FY2008/09`, `fiscal year 2010`. */
export const fiscalYearParser: Parser<DateContext, FoundDate> = {
  needs: ['#'],
  pattern: new RegExp(
    String.raw`\b(?:FY|[Ff]iscal\s+[Yy]ear|FISCAL\s+YEAR)\s?-?(?<low>(?:19|20)\d\d|\d\d)` +
      String.raw`(?:\s?[/-]\s?(?<high>(?:19|20)\d\d|\d\d))?(?![\w/-])`,
    'g',
  ),
  extract(_context, m) {
    const g = m.groups ?? {};
    const low = fullYear(g.low as string);
    const lowEnd = m.index + m[0].indexOf(g.low as string) + (g.low as string).length;
    if (!g.high) return dateAt(m.index, lowEnd, String(low), 'year');
    const high = (g.high as string).length === 2 ? Math.floor(low / 100) * 100 + Number(g.high) : Number(g.high);
    // `FY 05-09`: years of budgets; a second number that is no later year is no part of it.
    if (high <= low || high - low > 10) return dateAt(m.index, lowEnd, String(low), 'year');
    return { ...dateAt(m.index, m.index + m[0].length, String(low), 'year'), kind: 'range', valueEnd: String(high) };
  },
};
