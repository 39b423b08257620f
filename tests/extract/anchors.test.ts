/**
 * Anchored scans (src/extract/anchors.ts): a pattern tried only near its anchors finds the matches
 * a global scan of the whole text finds, in the same order, on lines written here and on lines put
 * together from their pieces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Anchor, eachAnchoredMatch, runsBack } from '../../src/extract/anchors.js';
import { MONTH_AFTER_DAY, MONTH_FIRST, YEAR_FIRST } from '../../src/extract/dates/anchors.js';
import { MONTH_NAMES } from '../../src/tables/calendar.js';
import { dayMonthRangeParser, monthDayRangeParser } from '../../src/extract/dates/parsers/day-range.js';
import { dayMonthParser, monthDayParser } from '../../src/extract/dates/parsers/month-day.js';
import { monthParser, monthRangeParser } from '../../src/extract/dates/parsers/month.js';
import { centuryParser } from '../../src/extract/dates/parsers/century.js';
import { anchoredDurationParser, offsetDateParser } from '../../src/extract/dates/parsers/duration.js';
import { holidayParser } from '../../src/extract/dates/parsers/holiday.js';
import { seasonParser } from '../../src/extract/dates/parsers/season.js';
import { partOfYearParser } from '../../src/extract/dates/parsers/part-of-year.js';
import { yearParser, yearRangeParser } from '../../src/extract/dates/parsers/year.js';
import type { Parser } from '../../src/extract/pipeline.js';
import { fractionParser } from '../../src/extract/quantities/parsers/fraction.js';
import { mixedNumberParser } from '../../src/extract/quantities/parsers/mixed-number.js';

type Match = [number, string];

/** The matches of `pattern` near the anchors, as [offset, text]. */
function anchored(pattern: RegExp, anchor: Anchor, text: string): Match[] {
  const found: Match[] = [];
  eachAnchoredMatch(pattern, anchor, text, (m) => found.push([m.index, m[0]]));
  return found;
}

/** The matches of a global scan of `pattern` over the whole text (an empty match skipped). */
function global(pattern: RegExp, text: string): Match[] {
  return [...text.matchAll(pattern)].filter((m) => m[0] !== '').map((m) => [m.index, m[0]]);
}

// biome-ignore lint/suspicious/noExplicitAny: parsers of one context, the found type does not matter here
const PARSERS: ReadonlyArray<[string, Parser<any, any>]> = [
  ['monthDayRangeParser', monthDayRangeParser],
  ['dayMonthRangeParser', dayMonthRangeParser],
  ['monthDayParser', monthDayParser],
  ['dayMonthParser', dayMonthParser],
  ['monthParser', monthParser],
  ['monthRangeParser', monthRangeParser],
  ['yearRangeParser', yearRangeParser],
  ['yearParser', yearParser],
  ['partOfYearParser', partOfYearParser],
  ['anchoredDurationParser', anchoredDurationParser],
  ['offsetDateParser', offsetDateParser],
  ['fractionParser', fractionParser],
  ['mixedNumberParser', mixedNumberParser],
  ['holidayParser', holidayParser],
  ['seasonParser', seasonParser],
  ['centuryParser', centuryParser],
];

const LINES = [
  'talks in the first half of March and on 16-17 October',
  'from November 20 to December 15, 2007 and again 16 to 18 MAY 1986',
  'the second  half  of\u00a0June, mid--July, late\tAugust 2009, the beginning of Sept. 2010',
  '16to17 October, 3rd\u2013 5th of December?, 21st of March, (4 April), x5 April, 5_April',
  'JUNE TO DECEMBER; June-August 2009; Jan. 5; Decjan 4; mar 3; the end of January',
  'between 2001 and 2004, from 1999 to 2003, 2001-04, 19992004, 1999-2004-2008, Barrier-2007',
  'FROM 2001 THROUGH 2004 and 2001 \u2013 2003, 2045/2046, é16-17 October',
  'March',
  '12 March 2008 then March 13 then the middle of April, 2009',
  'in 2007, FY2009, post-FY 2010, Pre-2008, the 1990s, x2007, 2007-08, the first quarter of 2009, Q3 2010, H12009',
  'in less than twenty-one hundred and twenty-one and a half years, the last two weeks, within a\nmonth, 3 days ago',
  'a couple of months from now, in recent months, the past few days, today, Monday, some decades later',
  'two and a half million, 2 1/2 percent, 2\u00bd, half a million, a quarter million, two-thirds, 1/3 of, x1/3',
  'seventy-seven hundred and seventy-seven and a half, one third, a third of, on behalf of, the second half',
  "since last Christmas, this coming Ramadan, during Eid al-Fitr 2008, Easter Monday, the New Year's Eve party",
  "in the fall, late this coming summer, early  spring, the 13th century, the late '90s, the mid-80s, the sixties",
];

describe('eachAnchoredMatch', () => {
  for (const [name, parser] of PARSERS) {
    const anchor = parser.anchor as Anchor;
    it(`finds the matches of a global scan for ${name} on written lines`, () => {
      for (const line of LINES) expect(anchored(parser.pattern, anchor, line)).toEqual(global(parser.pattern, line));
    });
  }

  it('finds dates on the written lines (the comparison is not between two empty lists)', () => {
    expect(anchored(dayMonthRangeParser.pattern, dayMonthRangeParser.anchor as Anchor, LINES[1] as string)).toEqual([
      [48, '16 to 18 MAY 1986'],
    ]);
    expect(anchored(monthParser.pattern, monthParser.anchor as Anchor, LINES[0] as string)).toEqual([
      [9, 'the first half of March'],
      [46, 'October'],
    ]);
    expect(anchored(yearRangeParser.pattern, YEAR_FIRST, LINES[5] as string).map((m) => m[1])).toContain(
      'from 1999 to 2003',
    );
  });

  it('finds matches that hold several anchors once, and resumes after them', () => {
    const text = 'November 20 to December 15 and December 16 to 18';
    expect(anchored(monthDayRangeParser.pattern, MONTH_FIRST, text)).toEqual([
      [0, 'November 20 to December 15'],
      [31, 'December 16 to 18'],
    ]);
  });

  it('finds matches of a pattern of the caller too, and skips its empty matches', () => {
    const pattern = /\b(?:\d+\s+)?may\b|(?=x)/gi;
    const text = 'x 3 May and may x 12  MAY';
    expect(anchored(pattern, MONTH_AFTER_DAY, text)).toEqual(global(pattern, text));
    expect(anchored(pattern, MONTH_AFTER_DAY, text)).toEqual([
      [2, '3 May'],
      [12, 'may'],
      [18, '12  MAY'],
    ]);
  });

  it('finds the matches of a global scan on lines put together from the pieces of dates', () => {
    const pieces = [
      ...['March', 'mar', 'MAY', 'Sept.', 'December', 'jun', 'of', 'the', 'first', 'half', 'end', 'mid', 'late'],
      ...['16', '17th', '3', '2001', '1999', '04', '2048', 'from', 'between', 'and', 'to', 'thru', 'x'],
      ...['FY', 'post', 'early', 'quarter', 'Q3', 'spring', 'years', 'weeks', 'day', 'ago', 'last', 'within', 'in'],
      ...['two', 'twenty', 'one', 'hundred', 'a', 'thirds', '1/2', '\u00bd', 'million', 'less', 'than', 'few'],
      ...[' ', ' ', ' ', '-', '\u2013', '\u00a0', '\n', ',', '.', '_', '(', '/', 'é'],
    ];
    const line = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(line, (text) => {
        for (const [, parser] of PARSERS) {
          expect(anchored(parser.pattern, parser.anchor as Anchor, text)).toEqual(global(parser.pattern, text));
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('runsBack', () => {
  it('goes back over runs of letters and digits with white space, hyphens and en dashes between', () => {
    expect(runsBack('met on 16-17 October', 13, 3)).toBe(4);
    expect(runsBack('the first half of March', 18, 4)).toBe(0);
    expect(runsBack('16 \u2013 17\u00a0October', 8, 2)).toBe(0);
  });
  it('stops at any other character, and at the start of the text', () => {
    expect(runsBack('(16-17 October', 7, 3)).toBe(1);
    expect(runsBack('x,16 October', 5, 3)).toBe(2);
    expect(runsBack('16 October', 3, 5)).toBe(0);
    expect(runsBack('October', 0, 2)).toBe(0);
  });
});

describe('the month anchor', () => {
  it('finds where each month name of the calendar table opens a word, in any case, and nothing else', () => {
    const found = (text: string) => [...text.matchAll(MONTH_FIRST.pattern)].map((m) => [m.index, m[0]]);
    expect(found('on 3 SEPT. and in December, then MAYBE mar 4')).toEqual([
      [5, 'SEP'],
      [18, 'Dec'],
      [33, 'MAY'],
      [39, 'mar'],
    ]);
    expect(found('Ojan, xFeb 2, remarch')).toEqual([]);
    for (const name of MONTH_NAMES) expect(found(`in ${name}`)).toEqual([[3, name.slice(0, 3)]]);
  });
  it('is the one pattern of every month anchor', () => {
    expect(MONTH_AFTER_DAY.pattern).toBe(MONTH_FIRST.pattern);
  });
});
