import { describe, expect, it } from 'vitest';
import { clockTimeParser } from '../../../../src/extract/dates/parsers/clock-time.js';
import { dateContext, parseWith } from '../../run-one.js';

const read = (text: string) =>
  parseWith(clockTimeParser, dateContext(text), text).map((d) => [d.text, d.value, d.granularity, d.mod ?? null]);

describe('clockTimeParser', () => {
  it('reads prose and military clock times', () => {
    expect(read('at 9 P.M., at 2:45 p.m., at 0430, before 1100, 2130 hours, at noon')).toEqual([
      ['9 P.M.', '2009-10-16T21', 'hour', null],
      ['2:45 p.m.', '2009-10-16T14:45', 'minute', null],
      ['0430', '2009-10-16T04:30', 'minute', null],
      ['before 1100', '2009-10-16T11:00', 'minute', 'before'],
      ['2130 hours', '2009-10-16T21:30', 'minute', null],
      ['noon', '2009-10-16T12:00', 'minute', null],
    ]);
  });
  it('leaves counts and years in four digits alone', () => {
    expect(read('1500 troops at 1500 people; before 2008; 2400 hours; 1275 tons')).toEqual([]);
  });
});

describe('clockTimeParser beside amounts', () => {
  it('reads four digits before a currency code or a plural noun as no time, before a time zone as one', () => {
    expect(read('paid approximately 1600 USD a month, funded by 1207 funds; the 2008 local council elections')).toEqual(
      [],
    );
    expect(read('the call is at 1530 EST, the strike at 0430 local time')).toEqual([
      ['1530', '2009-10-16T15:30', 'minute', null],
      ['0430 local', '2009-10-16T04:30', 'minute', null],
    ]);
  });
});
