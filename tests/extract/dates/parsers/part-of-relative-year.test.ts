import { describe, expect, it } from 'vitest';
import { partOfRelativeYearParser } from '../../../../src/extract/dates/parsers/part-of-year.js';
import { dateContext, parseWith } from '../../run-one.js';

const read = (text: string, reference: string | null = '2009-10-16') =>
  parseWith(partOfRelativeYearParser, dateContext(text, reference), text).map((d) => [d.text, d.value, d.valueEnd]);

describe('partOfRelativeYearParser', () => {
  it('reads a quarter or half of a year named from the reference date', () => {
    expect(
      read('in the first half of this year, the fourth quarter of last year, the second half of next year'),
    ).toEqual([
      ['the first half of this year', '2009-01', '2009-06'],
      ['the fourth quarter of last year', '2008-10', '2008-12'],
      ['the second half of next year', '2010-07', '2010-12'],
    ]);
  });
  it('leaves the year under discussion alone, and reads nothing without a reference date', () => {
    expect(read('the first half of the year')).toEqual([]);
    expect(read('the first half of this year', null)).toEqual([]);
  });
});
