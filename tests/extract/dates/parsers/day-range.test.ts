import { describe, expect, it } from 'vitest';
import { dayMonthRangeParser, monthDayRangeParser } from '../../../../src/extract/dates/parsers/day-range.js';
import { dateContext, parseWith } from '../../run-one.js';

const read = (parser: typeof monthDayRangeParser, text: string, reference = '2009-10-16') =>
  parseWith(parser, dateContext(text, reference), text).map((d) => [d.text, d.value, d.valueEnd]);

describe('monthDayRangeParser', () => {
  it('reads ranges within a month and across two, the years together', () => {
    expect(read(monthDayRangeParser, 'on March 3-5, 2009 and from December 28 to January 4')).toEqual([
      ['March 3-5, 2009', '2009-03-03', '2009-03-05'],
      ['December 28 to January 4', '2009-12-28', '2010-01-04'],
    ]);
  });
  it('refuses a range that runs backwards within a month', () => {
    expect(read(monthDayRangeParser, 'on March 5-3')).toEqual([]);
  });
});

describe('dayMonthRangeParser', () => {
  it('reads a range of days before the month', () => {
    expect(read(dayMonthRangeParser, 'from 16-18 MAY 1986')).toEqual([['16-18 MAY 1986', '1986-05-16', '1986-05-18']]);
  });
});
