import { describe, expect, it } from 'vitest';
import { coordinatedDaysRefiner } from '../../../../src/extract/dates/refiners/coordinated-days.js';
import { dateAt, dateContext } from '../../run-one.js';

const more = (text: string, first: string, value: string) =>
  coordinatedDaysRefiner
    .refine(dateContext(text), [dateAt(text, first, { value, implied: ['year'] })])
    .map((d) => [text.slice(d.start, d.end), d.value]);

describe('coordinatedDaysRefiner', () => {
  it('adds the days listed after a date, each a mention', () => {
    expect(more('on March 3 and 17 in Vienna', 'March 3', '2010-03-03')).toEqual([
      ['March 3', '2010-03-03'],
      ['17', '2010-03-17'],
    ]);
    expect(more('on October 21, 22 and 23', 'October 21', '2009-10-21')).toEqual([
      ['October 21', '2009-10-21'],
      ['22', '2009-10-22'],
      ['23', '2009-10-23'],
    ]);
  });
  it('stops at numbers that are no later day of the month', () => {
    expect(more('on March 3, 2 officials and 40 percent', 'March 3', '2010-03-03')).toEqual([
      ['March 3', '2010-03-03'],
    ]);
  });
});
