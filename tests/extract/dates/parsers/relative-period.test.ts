import { describe, expect, it } from 'vitest';
import { relativePeriodParser } from '../../../../src/extract/dates/parsers/relative-period.js';
import { dateContext, parseWith } from '../../run-one.js';

// 2009-10-16 is a Friday.
const read = (text: string, reference = '2009-10-16') =>
  parseWith(relativePeriodParser, dateContext(text, reference), text).map((d) => [
    d.text,
    d.value,
    d.valueEnd,
    d.mod ?? null,
  ]);

describe('relativePeriodParser', () => {
  it('reads weeks (Monday to Sunday), weekends, months and years from the reference date', () => {
    expect(
      read('next week, this coming weekend, early next month, later this month, the coming year, last year'),
    ).toEqual([
      ['next week', '2009-10-19', '2009-10-25', null],
      ['this coming weekend', '2009-10-17', '2009-10-18', null],
      ['early next month', '2009-11', null, 'early'],
      ['later this month', '2009-10', null, 'late'],
      ['the coming year', '2010', null, null],
      ['last year', '2008', null, null],
    ]);
  });
  it('reads the end of the year, and leaves `the year` alone', () => {
    expect(read('by the end of the year; the year of the flood')).toEqual([
      ['the end of the year', '2009', null, 'end'],
    ]);
  });
  it('marks the previous year anaphoric, for the discourse refiner', () => {
    expect(parseWith(relativePeriodParser, dateContext('the previous year'), 'the previous year')[0]).toMatchObject({
      anaphoric: -1,
    });
  });
});
