import { describe, expect, it } from 'vitest';
import { relativeDayParser } from '../../../../src/extract/dates/parsers/relative-day.js';
import { dateContext, parseWith } from '../../run-one.js';

const read = (text: string, reference: string | null = '2009-10-16') =>
  parseWith(relativeDayParser, dateContext(text, reference), text).map((d) => [d.text, d.value]);

describe('relativeDayParser', () => {
  it('reads days and day parts from the reference date', () => {
    expect(read('This evening, after talks yesterday and before tomorrow morning; last night')).toEqual([
      ['This evening', '2009-10-16'],
      ['yesterday', '2009-10-15'],
      ['tomorrow morning', '2009-10-17'],
      ['last night', '2009-10-15'],
    ]);
  });
  it('reads a day part alone', () => {
    expect(read('They meet this afternoon.')).toEqual([['this afternoon', '2009-10-16']]);
  });
  it('needs a reference date', () => {
    expect(read('today', null)).toEqual([]);
  });
});
