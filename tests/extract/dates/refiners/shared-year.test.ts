import { describe, expect, it } from 'vitest';
import { sharedYearRefiner } from '../../../../src/extract/dates/refiners/shared-year.js';
import { dateAt, dateContext } from '../../run-one.js';

const month = (text: string, written: string, value: string, implied: boolean) =>
  dateAt(text, written, { kind: 'month', granularity: 'month', value, implied: implied ? ['year'] : [] });

describe('sharedYearRefiner', () => {
  it('gives the months of a list the year written after the last, the year before to a later month', () => {
    const text = 'in November/December 2009, in February and July 2008, in October and January 2010';
    const found = sharedYearRefiner.refine(dateContext(text), [
      month(text, 'November', '2008-11', true),
      month(text, 'December 2009', '2009-12', false),
      month(text, 'February', '2009-02', true),
      month(text, 'July 2008', '2008-07', false),
      month(text, 'October', '2009-10', true),
      month(text, 'January 2010', '2010-01', false),
    ]);
    expect(found.map((d) => [text.slice(d.start, d.end), d.value, d.implied])).toEqual([
      ['November', '2009-11', []],
      ['December 2009', '2009-12', []],
      ['February', '2008-02', []],
      ['July 2008', '2008-07', []],
      ['October', '2009-10', []],
      ['January 2010', '2010-01', []],
    ]);
  });
  it("joins the year after a list's last day to it, and gives the list that year", () => {
    const text = 'On June 29 and 30, 2007 they met';
    const found = sharedYearRefiner.refine(dateContext(text), [
      dateAt(text, 'June 29', { value: '2008-06-29', implied: ['year'] }),
      dateAt(text, '30', { value: '2008-06-30', implied: ['year'] }),
      dateAt(text, '2007', { kind: 'year', granularity: 'year', value: '2007' }),
    ]);
    expect(found.map((d) => [text.slice(d.start, d.end), d.value])).toEqual([
      ['June 29', '2007-06-29'],
      ['30, 2007', '2007-06-30'],
    ]);
  });
  it('leaves a year-less date alone that no list joins to a year', () => {
    const text = 'in March, and in 2008 the talks';
    const found = sharedYearRefiner.refine(dateContext(text), [
      month(text, 'March', '2009-03', true),
      dateAt(text, '2008', { kind: 'year', granularity: 'year', value: '2008' }),
    ]);
    expect(found.map((d) => d.value)).toEqual(['2009-03', '2008']);
  });
});
