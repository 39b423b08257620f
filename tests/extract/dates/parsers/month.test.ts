import { describe, expect, it } from 'vitest';
import { monthParser, monthRangeParser } from '../../../../src/extract/dates/parsers/month.js';
import { dateContext, parseWith } from '../../run-one.js';

const read = (parser: typeof monthParser, text: string, reference = '2009-10-16') =>
  parseWith(parser, dateContext(text, reference), text).map((d) => [d.text, d.value, d.mod ?? null]);

describe('monthParser', () => {
  it('reads months with a year and with a part of them', () => {
    expect(
      read(monthParser, 'in April 2008, by mid-March, early June, late May 2009, until the end of January'),
    ).toEqual([
      ['April 2008', '2008-04', null],
      ['mid-March', '2010-03', 'mid'],
      ['early June', '2009-06', 'early'],
      ['late May 2009', '2009-05', 'late'],
      ['the end of January', '2010-01', 'end'],
    ]);
  });
  it('reads a year after a comma, and a year named from the reference date after of', () => {
    expect(read(monthParser, 'passed in October, 2005; in June of next year; by May of last year')).toEqual([
      ['October, 2005', '2005-10', null],
      ['June of next year', '2010-06', null],
      ['May of last year', '2008-05', null],
    ]);
  });
  it('reads last June as the latest June before the reference month, next March as the first after it', () => {
    expect(read(monthParser, 'came last June, returns next March, left last November', '2009-10-16')).toEqual([
      ['last June', '2009-06', null],
      ['next March', '2010-03', null],
      ['last November', '2008-11', null],
    ]);
  });
  it('reads May alone only after a date word, and months alone only capitalized', () => {
    expect(read(monthParser, 'They may march in May. He said it May help.')).toEqual([['May', '2009-05', null]]);
    expect(read(monthParser, 'The talks are planned for May. Then')).toEqual([['May', '2010-05', null]]);
  });
});

describe('monthRangeParser', () => {
  it('reads ranges of months, across a year end too', () => {
    expect(read(monthRangeParser, 'FROM JUNE TO DECEMBER and November-February')).toEqual([
      ['JUNE TO DECEMBER', '2009-06', null],
      ['November-February', '2009-11', null],
    ]);
  });
  it('reads abbreviated months, capitalized and with their year', () => {
    expect(read(monthRangeParser, 'he led it (Mar.-Sept. 2004), then Jan-Feb, then mar-apr 2005')).toEqual([
      ['Mar.-Sept. 2004', '2004-03', null],
    ]);
  });
});

describe('monthParser on a DTG month and year', () => {
  it('reads three capitals and two digits as a month of a year where the digits are no day', () => {
    expect(read(monthParser, 'NLT DEC 08, BY AUG 75, IN OCT 09 AND ON NOV 16')).toEqual([
      ['DEC 08', '2008-12', null],
      ['AUG 75', '1975-08', null],
      ['OCT 09', '2009-10', null],
    ]);
    // In a 1975 cable, 76 is the next year, and MAR 12 the twelfth of March.
    expect(read(monthParser, 'BY JAN 76, NOT MAR 12', '1975-06-01')).toEqual([['JAN 76', '1976-01', null]]);
  });
});

describe('monthParser with this, and with a year named after the month', () => {
  it('reads this September as of the reference year, and March last year as the March of the year before', () => {
    expect(read(monthParser, 'talks slated for this September; in March last year and September this year')).toEqual([
      ['this September', '2009-09', null],
      ['March last year', '2008-03', null],
      ['September this year', '2009-09', null],
    ]);
  });
  it('gives a year-less month the year the modals, schedules and preparations of its clause lean to', () => {
    // 2009-10-16: the nearest June is the one before; a clause that plans takes the next.
    expect(read(monthParser, 'He hopes the June review will help.')).toEqual([['June', '2010-06', null]]);
    expect(read(monthParser, 'Elections are set for June.')).toEqual([['June', '2010-06', null]]);
    expect(read(monthParser, 'In preparation for the June congress, the leaders of the party met.')).toEqual([
      ['June', '2010-06', null],
    ]);
    // A United in a name is no verb in the past.
    expect(read(monthParser, 'Talks will resume in June with United Nations envoys.')).toEqual([
      ['June', '2010-06', null],
    ]);
    expect(read(monthParser, 'Talks resumed in June.')).toEqual([['June', '2009-06', null]]);
  });
});
