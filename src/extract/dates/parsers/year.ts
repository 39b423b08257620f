/**
 * Years: alone (`in 2007`, `FY2009`), before or after a year (`post-2010`, `pre-2008`: the year, `mod` after or
 * before), in ranges (`2001-2004`, `2001-04`, `2005-6`, `from 2001 to 2004`, `between 2001 and 2004`), and a
 * decade (`the 1990s`). A dash typed as two hyphens after a year ends it (`IN 2009--SECURITY`).
 *
 * ```
 * in 2007 ... during 2001-2004 ... from 2001 to 2004 ... since the 1990s ... FY2009 ... post-2010 plans
 *    ^^^^            ^^^^^^^^^          ^^^^^^^^^^^^               ^^^^^       ^^^^^^     ^^^^^^^^^
 * ```
 * A year inside a name or identifier (`Barrier-2007`, `Resolution 1540`, `2007-123`, `Decree 926/2003`, a URL's
 * `/2008/`) is left alone.
 */
import type { Parser } from '../../pipeline.js';
import { YEAR_AFTER_PREFIX, YEAR_FIRST } from '../anchors.js';
import { type DateContext, dateAt, type FoundDate } from '../found.js';

const YEAR = '(?:19[0-9]\\d|20[0-4]\\d)';
const UNIT_AFTER = /^\s*(?:%|(?:percent|kilos?|kilograms?|kgs?|tons?|tonnes?|metric|dollars|euros|people|persons)\b)/i;
/** What may follow a year: no letter, digit or hyphen, but a dash typed as two hyphens (`2009--SECURITY`). */
const AFTER_YEAR = '(?!\\w|-(?!-))';
/** A capitalized word right before, inside a sentence (`the Mirage `): the number after it may be a model's. */
const AFTER_NAME = /[a-z,]\s+[A-Z][a-z]+\s+$/;
const NAMED_BEFORE = /\b(?:resolution|resolutions|UNSCR|law|decree|no\.|number|para|section|article|E\.O\.|order)\s*$/i;

/**
 * True when a range's end of one digit is one (`since 2005-6`): after a dash only (`2005/6` is a fiscal year's
 * way), and not after a name (`the Mirage 2000-5`, a model).
 */
function oneDigitEnd(text: string, m: RegExpExecArray): boolean {
  return /\d{4}\s*[-–]\s*\d$/.test(m[0]) && !AFTER_NAME.test(text.slice(Math.max(0, m.index - 40), m.index));
}

/** `2001-2004`, `2001-04`, `2005-6`, `from 2001 to 2004`, `between 2001 and 2004`. */
export const yearRangeParser: Parser<DateContext, FoundDate> = {
  needs: ['#'],
  anchor: YEAR_FIRST,
  pattern: new RegExp(
    `(?<![\\w/-])(?:(?<opener>from|between)\\s+)?(?<low>${YEAR})\\s*(?:-|–|/|\\s(?:to|until|thro` +
      `ugh|and)\\s)\\s*(?<high>${YEAR}|\\d\\d?)\\b${AFTER_YEAR}`,
    'gi',
  ),
  extract(context, m) {
    const g = m.groups ?? {};
    const low = Number(g.low);
    const written = g.high as string;
    // `2001-04` is 2001 to 2004; `2005-6` is 2005 to 2006 (see oneDigitEnd).
    if (written.length === 1 && !oneDigitEnd(context.text, m)) return null;
    const high =
      written.length < 4
        ? Math.floor(low / 10 ** written.length) * 10 ** written.length + Number(written)
        : Number(written);
    if (high <= low || high - low > 50) return null;
    // `from 30% in 2004 to 49% in 2005`, `2008 - 16,929`: the short end is an amount's.
    const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (written.length < 4 && (UNIT_AFTER.test(after) || /^[.,]\d/.test(after))) return null;
    if (/\band\b/i.test(m[0]) && !/^between$/i.test(g.opener ?? '')) return null;
    if (NAMED_BEFORE.test(context.text.slice(Math.max(0, m.index - 20), m.index))) return null;
    const start = g.opener ? m.index + m[0].indexOf(g.low as string, (g.opener as string).length) : m.index;
    return {
      start,
      end: m.index + m[0].length,
      kind: 'range',
      value: String(low),
      valueEnd: String(high),
      duration: null,
      granularity: 'year',
      implied: [],
    };
  },
};

/** `in 2007`, `FY2009`, `the 1990s`. */
export const yearParser: Parser<DateContext, FoundDate> = {
  needs: ['#'],
  anchor: YEAR_AFTER_PREFIX,
  pattern: new RegExp(
    `(?<![\\w/-])(?:(?<prefix>[Pp]ost|[Pp]re|POST|PRE)-)?(?:FY\\s?)?(?<year>${YEAR})(?<decade>'?s)?` +
      `${AFTER_YEAR}(?![.,]\\d)`,
    'g',
  ),
  extract(context, m) {
    const g = m.groups ?? {};
    if (NAMED_BEFORE.test(context.text.slice(Math.max(0, m.index - 20), m.index))) return null;
    // `1999 kilos`, `2000 people`: an amount, not a year.
    if (UNIT_AFTER.test(context.text.slice(m.index + m[0].length, m.index + m[0].length + 20))) return null;
    if (g.decade) {
      const decade = Number(g.year);
      if (decade % 10 !== 0) return null;
      return {
        start: m.index,
        end: m.index + m[0].length,
        kind: 'range',
        value: String(decade),
        valueEnd: String(decade + 9),
        duration: null,
        granularity: 'year',
        implied: [],
      };
    }
    const found = dateAt(m.index, m.index + m[0].length, g.year as string, 'year');
    return g.prefix ? { ...found, mod: /^post$/i.test(g.prefix) ? 'after' : 'before' } : found;
  },
};
