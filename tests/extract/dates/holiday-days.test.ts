import { describe, expect, it } from 'vitest';
import { easterSunday, holidayDays } from '../../../src/extract/dates/holiday-days.js';
import { HOLIDAYS } from '../../../src/tables/holidays.js';

const day = (time: number) => new Date(time).toISOString().slice(0, 10);
const daysOf = (name: string, year: number) => {
  const holiday = HOLIDAYS.find((h) => h.name === name);
  return (holiday ? holidayDays(holiday.rule, year) : []).map((days) => [day(days.first), day(days.last)]);
};

describe('holidayDays', () => {
  it('computes Western Easter by the Gregorian computus, early and late', () => {
    expect([2008, 2011, 2019, 2038].map((year) => day(easterSunday(year)))).toEqual([
      '2008-03-23',
      '2011-04-24',
      '2019-04-21',
      '2038-04-25',
    ]);
  });
  it('finds days of the Umm al-Qura, Persian, Hebrew and Chinese calendars', () => {
    expect(daysOf('Ramadan', 2009)).toEqual([['2009-08-22', '2009-09-19']]);
    expect(daysOf('Eid al-Adha', 2007)).toEqual([['2007-12-20', '2007-12-20']]);
    expect(daysOf('Nowruz', 2007)).toEqual([['2007-03-21', '2007-03-21']]);
    expect(daysOf('Yom Kippur', 2008)).toEqual([['2008-10-09', '2008-10-09']]);
    expect(daysOf('Chinese New Year', 2009)).toEqual([['2009-01-26', '2009-01-26']]);
  });
  it('finds a lunar day twice in a Gregorian year where it falls twice', () => {
    expect(daysOf('Ashura', 2009)).toEqual([
      ['2009-01-07', '2009-01-07'],
      ['2009-12-27', '2009-12-27'],
    ]);
  });
  it('finds a weekday of a month, the last one too', () => {
    expect(daysOf('Thanksgiving', 2009)).toEqual([['2009-11-26', '2009-11-26']]);
    expect(daysOf('Memorial Day', 2010)).toEqual([['2010-05-31', '2010-05-31']]);
  });
  it('counts a period from its first day', () => {
    expect(daysOf('Carnival', 2008)).toEqual([['2008-02-02', '2008-02-05']]);
    expect(daysOf('Hanukkah', 2008)).toEqual([['2008-12-22', '2008-12-29']]);
  });
});
