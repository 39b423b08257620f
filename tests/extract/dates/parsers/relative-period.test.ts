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
  it('reads earlier in the week and later in the year as this week and year, and leaves in the month alone', () => {
    expect(read('earlier in the week; later in the year; later in the month')).toEqual([
      ['earlier in the week', '2009-10-12', '2009-10-18', 'early'],
      ['later in the year', '2009', null, 'late'],
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

describe('relativePeriodParser on periods up to the reference date', () => {
  it('reads the past year, the last month and this past week as the period ending at the reference date', () => {
    expect(read('Exports doubled over the past year, fell in the last month and rose this past week.')).toEqual([
      ['the past year', '2008-10-16', '2009-10-16', null],
      ['the last month', '2009-09-16', '2009-10-16', null],
      ['this past week', '2009-10-09', '2009-10-16', null],
    ]);
  });
  it('leaves a last that means the final one alone, and reads last year as the calendar year', () => {
    expect(read('in the last year of his term, the last week in April, the past year or two; last year')).toEqual([
      ['last year', '2008', null, null],
    ]);
  });
});

describe('relativePeriodParser on the weekend', () => {
  it('reads over the weekend as the last weekend in a report, the next in a plan, nothing without a tense', () => {
    // 2009-10-16 is a Friday.
    expect(read('They signed it over the weekend. They will meet over the weekend. Over the weekend: rain.')).toEqual([
      ['the weekend', '2009-10-10', '2009-10-11', null],
      ['the weekend', '2009-10-17', '2009-10-18', null],
    ]);
  });
});

describe('relativePeriodParser on quarters and fiscal years', () => {
  it('reads quarters from the reference date as the range of their months', () => {
    expect(read('in the last quarter, this quarter and next quarter')).toEqual([
      ['the last quarter', '2009-07', '2009-09', null],
      ['this quarter', '2009-10', '2009-12', null],
      ['next quarter', '2010-01', '2010-03', null],
    ]);
  });
  it('reads fiscal and calendar years named from the reference date, and the fiscal year alone', () => {
    expect(
      read('by the end of the fiscal year; last fiscal year; the coming calendar year; the current fiscal year'),
    ).toEqual([
      ['the end of the fiscal year', '2009', null, 'end'],
      ['last fiscal year', '2008', null, null],
      ['the coming calendar year', '2010', null, null],
      ['the current fiscal year', '2009', null, null],
    ]);
  });
});
