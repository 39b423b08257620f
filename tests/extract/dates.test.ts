import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/index.js';

const pick = (text: string, reference = '2008-02-21') =>
  extractDates(text, { reference }).map((d) => ({
    text: d.text,
    kind: d.kind,
    value: d.value,
    valueEnd: d.valueEnd,
    duration: d.duration,
    implied: d.implied,
  }));

describe('extractDates', () => {
  it('reads DTGs and declassification dates', () => {
    expect(pick('R 210951Z FEB 08 and DECL: 02/21/2018')).toEqual([
      {
        text: '210951Z FEB 08',
        kind: 'datetime',
        value: '2008-02-21T09:51Z',
        valueEnd: null,
        duration: null,
        implied: [],
      },
      { text: '02/21/2018', kind: 'date', value: '2018-02-21', valueEnd: null, duration: null, implied: [] },
    ]);
  });
  it('fills in years nearest the reference date, and ranges together', () => {
    expect(pick('On December 12, from November 20 to December 15, and on November 1, 2007')).toEqual([
      { text: 'December 12', kind: 'date', value: '2007-12-12', valueEnd: null, duration: null, implied: ['year'] },
      {
        text: 'November 20 to December 15',
        kind: 'range',
        value: '2007-11-20',
        valueEnd: '2007-12-15',
        duration: null,
        implied: ['year'],
      },
      { text: 'November 1, 2007', kind: 'date', value: '2007-11-01', valueEnd: null, duration: null, implied: [] },
    ]);
    expect(pick('by November 2', '2009-10-16')[0]?.value).toBe('2009-11-02');
  });
  it('reads bare years, the previous year of the discussion, and durations ending now', () => {
    expect(pick('seizures in 2007 decreased from the previous year; a rise in the last 15 years')).toEqual([
      { text: '2007', kind: 'year', value: '2007', valueEnd: null, duration: null, implied: [] },
      { text: 'the previous year', kind: 'year', value: '2006', valueEnd: null, duration: null, implied: [] },
      {
        text: 'the last 15 years',
        kind: 'duration',
        value: '1993-02-21',
        valueEnd: '2008-02-21',
        duration: 'P15Y',
        implied: [],
      },
    ]);
  });
  it('finds every date without a reference date, its value null where only the reference could give it', () => {
    const text = 'In October 2007 and in December, last week, on Thursday, and on May 12-20 they met.';
    expect(extractDates(text).map((d) => [d.text, d.kind, d.value, d.valueEnd, d.implied.includes('year')])).toEqual([
      ['October 2007', 'month', '2007-10', null, false],
      ['December', 'month', null, null, true],
      ['last week', 'range', null, null, true],
      ['Thursday', 'date', null, null, true],
      ['May 12-20', 'range', null, null, true],
    ]);
  });
  it('reads relative days and weeks against the reference date', () => {
    expect(pick('TODAY, FRIDAY and THIS WEEKEND', '1986-05-12').map((d) => [d.text, d.value, d.valueEnd])).toEqual([
      ['TODAY', '1986-05-12', null],
      ['FRIDAY', '1986-05-09', null],
      ['THIS WEEKEND', '1986-05-10', '1986-05-11'],
    ]);
  });
  it('lists more days of a month (October 21, 22 and 23) and leaves names with years alone', () => {
    expect(pick('on October 21, 22 and 23 during Barrier-2007', '2009-10-16').map((d) => d.value)).toEqual([
      '2009-10-21',
      '2009-10-22',
      '2009-10-23',
    ]);
  });
});
