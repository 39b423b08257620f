import { describe, expect, it } from 'vitest';
import { holidayParser } from '../../../../src/extract/dates/parsers/holiday.js';
import { dateContext, parseWith } from '../../run-one.js';

const read = (text: string, reference: string | null = '2008-02-21') =>
  parseWith(holidayParser, dateContext(text, reference), text).map((d) => [d.text, d.kind, d.value, d.valueEnd]);

describe('holidayParser', () => {
  it('reads a fixed holiday as its day, the occurrence nearest the reference in the tense', () => {
    expect(read('the talks stalled before Christmas; he will return after Christmas Day 2008.')).toEqual([
      ['Christmas', 'date', '2007-12-25', null],
      ['Christmas Day 2008', 'date', '2008-12-25', null],
    ]);
  });
  it('reads Easter and the days counted from it, a week as a range', () => {
    expect(read('The office closes for Holy Week and reopens after Easter Monday; Good Friday 2009.')).toEqual([
      ['Holy Week', 'range', '2008-03-16', '2008-03-22'],
      ['Easter Monday', 'date', '2008-03-24', null],
      ['Good Friday 2009', 'date', '2009-04-10', null],
    ]);
  });
  it('reads feasts of the Islamic calendar in their spellings, a month as its days', () => {
    const text = 'The minister will travel after Ramadan 2008 and before Eid ul-Adha, not during Ramazan.';
    expect(read(text, '2008-06-01')).toEqual([
      ['Ramadan 2008', 'range', '2008-09-01', '2008-09-30'],
      ['Eid ul-Adha', 'date', '2008-12-08', null],
      ['Ramazan', 'range', '2008-09-01', '2008-09-30'],
    ]);
  });
  it('takes last and next from the reference, and a bare Eid as the nearer feast', () => {
    expect(read('since last Thanksgiving, by next Nowruz; the Eid was quiet.', '2008-11-01')).toEqual([
      ['last Thanksgiving', 'date', '2007-11-22', null],
      ['next Nowruz', 'date', '2009-03-21', null],
      ['Eid', 'date', '2008-10-01', null],
    ]);
  });
  it('reads capitals, and in mixed case only a capitalized name', () => {
    expect(read('DURING THE LUNAR NEW YEAR HOLIDAY; in the spring festival season')).toEqual([
      ['LUNAR NEW YEAR', 'date', '2008-02-07', null],
    ]);
  });
  it('reads no holiday inside another name or as a possessive', () => {
    const text =
      'on Christmas Island, Ramzan Kadyrov and Tariq Ramadan; the Good Friday Agreement; Ramadan’s dismissal.';
    expect(read(text)).toEqual([]);
    expect(read('TARIQ RAMADAN SPOKE; RAMZAN KADYROV SAID')).toEqual([]);
  });
  it('reads a year-less holiday only against a reference date', () => {
    expect(read('before Christmas; Easter 2007', null)).toEqual([['Easter 2007', 'date', '2007-04-08', null]]);
  });
});
