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
  it('reads a month and day after a capitalized date word, a parenthesis, before a range end or an event', () => {
    expect(
      read('On 7/28 they met (8/2); his 9/13 meetings; talks 10/28-10/29').map(([text, value]) => [text, value]),
    ).toEqual([
      ['7/28', '2009-07-28'],
      ['8/2', '2009-08-02'],
      ['9/13', '2009-09-13'],
      ['10/28', '2009-10-28'],
      ['10/29', '2009-10-29'],
    ]);
  });
  it('reads the day first where the first number is no month, and always between dots', () => {
    expect(read('the decree of 23/04/2008; signed 16.02.2009 and 3.7.2007; 04/05/2008 stays US')).toEqual([
      ['23/04/2008', '2008-04-23', []],
      ['16.02.2009', '2009-02-16', []],
      ['3.7.2007', '2007-07-03', []],
      ['04/05/2008', '2008-04-05', []],
    ]);
    expect(read('on 32.01.2009 or 13/13/2009 or 1.13.2009')).toEqual([]);
  });
  it('leaves bare fractions, votes and invalid dates alone', () => {
    expect(read('a 3/4 majority; the vote was 9/5; 13/45/2009')).toEqual([]);
  });
});

describe('numericDateParser on fractions', () => {
  it('reads no day in a proper fraction before of or to', () => {
    expect(read('claim that 1/4 to 1/3 of the population, and on 4/22 of next month')).toEqual([
      ['4/22', '2010-04-22', ['year']],
    ]);
  });
});
