import { describe, expect, it } from 'vitest';
import { anaphoricDayParser } from '../../../../src/extract/dates/parsers/anaphoric-day.js';
import { dateContext, parseWith } from '../../run-one.js';

const read = (text: string) =>
  parseWith(anaphoricDayParser, dateContext(text, '2009-10-16'), text).map((d) => [
    d.text,
    d.granularity,
    d.value,
    d.relativeTo,
  ]);

describe('anaphoricDayParser', () => {
  it('reads days and months named from the last date, with their shift and no value of their own', () => {
    expect(read('The same day, that evening, the following day, the next morning, the previous month.')).toEqual([
      ['The same day', 'day', null, { unit: 'day', shift: 0 }],
      ['that evening', 'day', null, { unit: 'day', shift: 0 }],
      ['the following day', 'day', null, { unit: 'day', shift: 1 }],
      ['the next morning', 'day', null, { unit: 'day', shift: 1 }],
      ['the previous month', 'month', null, { unit: 'month', shift: -1 }],
    ]);
  });
  it('reads the day before at a clause end; not the next month, a compound, nor the day before an event', () => {
    expect(read('He had left the day before. Within the next month, day-to-day work: that day-to-day grind.')).toEqual([
      ['the day before', 'day', null, { unit: 'day', shift: -1 }],
    ]);
    expect(read('They met the day before the vote.')).toEqual([]);
  });
  it('reads a part of the day or month named from the last date', () => {
    expect(read('later that day, Earlier that month').map(([text]) => text)).toEqual([
      'later that day',
      'Earlier that month',
    ]);
    expect(
      parseWith(anaphoricDayParser, dateContext('later that month', '2009-10-16'), 'later that month')[0]?.mod,
    ).toBe('late');
  });
});
