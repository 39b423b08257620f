import { describe, expect, it } from 'vitest';
import { dayMonthParser, monthDayParser } from '../../../../src/extract/dates/parsers/month-day.js';
import { dateContext, parseWith } from '../../run-one.js';

const read = (parser: typeof monthDayParser, text: string, reference = '2009-10-16') =>
  parseWith(parser, dateContext(text, reference), text).map((d) => [d.text, d.value]);

describe('monthDayParser', () => {
  it('finds a day without its year where there is no reference date, its value null', () => {
    const text = 'On November 14 and on 3 March 2008, but not on February 30';
    const found = (parser: typeof monthDayParser) =>
      parseWith(parser, dateContext(text, null), text).map((d) => [d.text, d.value, d.implied]);
    expect(found(monthDayParser)).toEqual([['November 14', null, ['year']]]);
    expect(found(dayMonthParser)).toEqual([['3 March 2008', '2008-03-03', []]]);
  });
  it('reads a month and a day, with or without the year', () => {
    expect(read(monthDayParser, 'signed on Aug. 3rd, 2007 and ratified June 30, 2008')).toEqual([
      ['Aug. 3rd, 2007', '2007-08-03'],
      ['June 30, 2008', '2008-06-30'],
    ]);
  });
  it('gives a year-less day the year its clause leans to', () => {
    // 2009-10-16: March 2 is nearer in 2010, but a visit reported is the one before; July 2 is
    // nearer in 2009, but a visit planned is the one after; with no tense, the nearer one.
    expect(read(monthDayParser, 'The minister visited Kabul on March 2.')).toEqual([['March 2', '2009-03-02']]);
    expect(read(monthDayParser, 'The minister will visit Kabul on July 2.')).toEqual([['July 2', '2010-07-02']]);
    expect(read(monthDayParser, 'Elections: March 2.')).toEqual([['March 2', '2010-03-02']]);
    // The simple past of an irregular verb is past; a participle after a present `be` speaks of what is to come.
    expect(read(monthDayParser, 'The minister left Kabul on March 2.')).toEqual([['March 2', '2009-03-02']]);
    expect(read(monthDayParser, 'Talks are scheduled for July 2.')).toEqual([['July 2', '2010-07-02']]);
    // `held`, `met`, `said`, `told` after `be` are participles too (`will be held`), as simple pasts they are past.
    expect(read(monthDayParser, 'The vote will be held on July 2.')).toEqual([['July 2', '2010-07-02']]);
    expect(read(monthDayParser, 'The vote was held on March 2.')).toEqual([['March 2', '2009-03-02']]);
  });
  it('leaves times and other numbers after a month alone', () => {
    expect(read(monthDayParser, 'May 5:30 and March 1,000')).toEqual([]);
  });
});

describe('dayMonthParser', () => {
  it('reads a day before its month', () => {
    expect(read(dayMonthParser, 'on 21 February 2008 and on the 3 MARCH')).toEqual([
      ['21 February 2008', '2008-02-21'],
      ['3 MARCH', '2010-03-03'],
    ]);
  });
  it('reads a day, a month and a year joined by hyphens (`18-MAY-1954`), not inside a longer code', () => {
    expect(read(dayMonthParser, 'DOB: 18-MAY-1954, born 5-Oct-1969; file 18-MAY-1954-A; 3-MAY')).toEqual([
      ['18-MAY-1954', '1954-05-18'],
      ['5-Oct-1969', '1969-10-05'],
    ]);
  });
  it('leaves an abbreviated month without a year alone (3 MAR is as often a count)', () => {
    expect(read(dayMonthParser, 'with 3 MAR units')).toEqual([]);
  });
  it('reads a military date: the day, the month abbreviated in capitals, two digits of the year', () => {
    expect(read(dayMonthParser, 'THE LETTER DATED 14 AUG 09 AND THE REPLY OF 2 NOV 75')).toEqual([
      ['14 AUG 09', '2009-08-14'],
      ['2 NOV 75', '1975-11-02'],
    ]);
    // Two digits after a month's name in another form are no year: the day and month alone.
    expect(read(dayMonthParser, 'on 3 March 08 and 4 Mar. 07')).toEqual([
      ['3 March', '2010-03-03'],
      ['4 Mar.', '2010-03-04'],
    ]);
  });
  it('leaves a DTG month and year to the month parser (DEC 08), reading a day where the digits are one', () => {
    expect(read(monthDayParser, 'NLT DEC 08, BY AUG 75, ON NOV 16 AND Dec 08')).toEqual([
      ['NOV 16', '2009-11-16'],
      ['Dec 08', '2009-12-08'],
    ]);
  });
});

describe('monthDayParser on days that name groups', () => {
  it('reads no date in a day before a noun of a political group, nor in a day in quotation marks', () => {
    expect(read(monthDayParser, 'the March 14 movement, the March 14 majority, "April 6" leaders')).toEqual([]);
    expect(read(monthDayParser, 'the March 14 meeting and the elections of April 6')).toEqual([
      ['March 14', '2010-03-14'],
      ['April 6', '2010-04-06'],
    ]);
  });
});

describe('monthDayParser across a pilcrow of an archive', () => {
  it('reads the day a pilcrow stands before as of the month', () => {
    expect(read(monthDayParser, 'met on December\n¶17. They left')).toEqual([['December\n¶17', '2009-12-17']]);
  });
});
