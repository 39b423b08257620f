import { describe, expect, it } from 'vitest';
import { fiscalYearParser } from '../../../../src/extract/dates/parsers/fiscal-year.js';
import { dateContext, parseWith } from '../../run-one.js';

const read = (text: string) =>
  parseWith(fiscalYearParser, dateContext(text), text).map((d) => [d.text, d.kind, d.value, d.valueEnd]);

describe('fiscalYearParser', () => {
  it('reads FY and fiscal year with four digits or two, a hyphen or a space between', () => {
    expect(read('since FY 03, the FY-11 request, FY1999 and Fiscal Year 2012; IN FISCAL YEAR 97')).toEqual([
      ['FY 03', 'year', '2003', null],
      ['FY-11', 'year', '2011', null],
      ['FY1999', 'year', '1999', null],
      ['Fiscal Year 2012', 'year', '2012', null],
      ['FISCAL YEAR 97', 'year', '1997', null],
    ]);
  });
  it('reads the year a fiscal year runs into, and a span of budget years, as a range', () => {
    expect(read('the FY2011/12 budget and the FY 06-10 plan')).toEqual([
      ['FY2011/12', 'range', '2011', '2012'],
      ['FY 06-10', 'range', '2006', '2010'],
    ]);
  });
  it('leaves out a second number that is no later year, and FY inside a word or code', () => {
    expect(read('FY12-03 and FY1205-B, MYFY 09')).toEqual([['FY12', 'year', '2012', null]]);
  });
});
