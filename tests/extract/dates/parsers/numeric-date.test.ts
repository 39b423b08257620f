import { describe, expect, it } from 'vitest';
import { numericDateParser } from '../../../../src/extract/dates/parsers/numeric-date.js';
import { dateContext, parseWith } from '../../run-one.js';

const read = (text: string, reference = '2009-10-16') =>
  parseWith(numericDateParser, dateContext(text, reference), text).map((d) => [d.text, d.value, d.implied]);

describe('numericDateParser', () => {
  it('reads MM/DD/YYYY, YYYY/MM/DD and M/D/YY', () => {
    expect(read('DECL: 03/15/2019; DECL: 2020/01/31; signed 7/4/05')).toEqual([
      ['03/15/2019', '2019-03-15', []],
      ['2020/01/31', '2020-01-31', []],
      ['7/4/05', '2005-07-04', []],
    ]);
  });
  it('reads a month and day alone after a date word, the year from the reference and tense', () => {
    expect(read('the talks will resume on 1/12 in Geneva', '2009-10-16')).toEqual([['1/12', '2010-01-12', ['year']]]);
    expect(read('they met on 9/30 in Geneva', '2009-10-16')).toEqual([['9/30', '2009-09-30', ['year']]]);
  });
  it('leaves bare fractions, votes and invalid dates alone', () => {
    expect(read('a 3/4 majority; the vote was 9/5; 13/45/2009')).toEqual([]);
  });
});
