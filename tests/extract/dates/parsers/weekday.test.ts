import { describe, expect, it } from 'vitest';
import { weekdayParser } from '../../../../src/extract/dates/parsers/weekday.js';
import { dateContext, parseWith } from '../../run-one.js';

// 2009-10-16 is a Friday.
const read = (text: string) => parseWith(weekdayParser, dateContext(text), text).map((d) => [d.text, d.value]);

describe('weekdayParser', () => {
  it('resolves a lone weekday by the tense of its clause', () => {
    expect(read('The delegation arrived Tuesday.')).toEqual([['Tuesday', '2009-10-13']]);
    expect(read('The delegation will arrive Tuesday.')).toEqual([['Tuesday', '2009-10-20']]);
  });
  it('reads next and last before a weekday, and capitals with a possessive', () => {
    expect(read("next Monday; last Wednesday; MONDAY'S VOTE WAS CLOSE")).toEqual([
      ['next Monday', '2009-10-19'],
      ['last Wednesday', '2009-10-14'],
      ['MONDAY', '2009-10-12'],
    ]);
  });
});

describe('weekdayParser on the weekday of the reference date', () => {
  it('reads it as the reference date unless named next or last', () => {
    expect(read('Offices will reopen Friday. They closed last Friday and will close next Friday.')).toEqual([
      ['Friday', '2009-10-16'],
      ['last Friday', '2009-10-09'],
      ['next Friday', '2009-10-23'],
    ]);
  });
});
