import { describe, expect, it } from 'vitest';
import { partOfYearParser } from '../../../../src/extract/dates/parsers/part-of-year.js';
import { dateContext, parseWith } from '../../run-one.js';

const read = (text: string) =>
  parseWith(partOfYearParser, dateContext(text), text).map((d) => [d.text, d.kind, d.value, d.valueEnd, d.mod]);

describe('partOfYearParser', () => {
  it('reads a part of a year as the year with its mod', () => {
    expect(read('in early 2011, by mid-2012, LATE 2013 and the beginning of 2014')).toEqual([
      ['early 2011', 'year', '2011', null, 'early'],
      ['mid-2012', 'year', '2012', null, 'mid'],
      ['LATE 2013', 'year', '2013', null, 'late'],
      ['the beginning of 2014', 'year', '2014', null, 'start'],
    ]);
  });
  it('reads a part of a decade as its years with the mod', () => {
    expect(read('since the late 1970s, in the mid-1990s, EARLY 2000S, early 1995s')).toEqual([
      ['late 1970s', 'range', '1970', '1979', 'late'],
      ['mid-1990s', 'range', '1990', '1999', 'mid'],
      ['EARLY 2000S', 'range', '2000', '2009', 'early'],
    ]);
  });
  it('reads quarters and halves, written out or short, as ranges of months', () => {
    expect(read('the third quarter of 2011, the last quarter of 2012, Q2 2013, H2 2014, the 1st half of 2015')).toEqual(
      [
        ['the third quarter of 2011', 'range', '2011-07', '2011-09', undefined],
        ['the last quarter of 2012', 'range', '2012-10', '2012-12', undefined],
        ['Q2 2013', 'range', '2013-04', '2013-06', undefined],
        ['H2 2014', 'range', '2014-07', '2014-12', undefined],
        ['the 1st half of 2015', 'range', '2015-01', '2015-06', undefined],
      ],
    );
  });
  it('reads a season as its year, and no quarter past the fourth, nor a lower-case short form', () => {
    expect(read('in the autumn of 2011, summer 2012; the third half of 2013, q3 2014, H3 2015')).toEqual([
      ['the autumn of 2011', 'year', '2011', null, undefined],
      ['summer 2012', 'year', '2012', null, undefined],
    ]);
  });
  it('reads a quarter before its year without of', () => {
    expect(read('the third quarter 2005 report')).toEqual([
      ['the third quarter 2005', 'range', '2005-07', '2005-09', undefined],
    ]);
  });
});
