import { describe, expect, it } from 'vitest';
import { bareDayParser } from '../../../../src/extract/dates/parsers/bare-day.js';
import { dateContext, parseWith } from '../../run-one.js';

// The reference, 2009-10-16.
const read = (text: string) => parseWith(bareDayParser, dateContext(text), text).map((d) => [d.text, d.value]);

describe('bareDayParser', () => {
  it('reads an ordinal day after a preposition, in the month the tense points to', () => {
    expect(read('They met on the 21st.')).toEqual([['the 21st', '2009-09-21']]);
    expect(read('They will meet on the 3rd.')).toEqual([['the 3rd', '2009-11-03']]);
    expect(read('It opens on the 20th.')).toEqual([['the 20th', '2009-10-20']]);
  });
  it('leaves other ordinals alone', () => {
    expect(read('the 21st century; on the 3rd floor; the 5th Brigade')).toEqual([]);
  });
});
