import { describe, expect, it } from 'vitest';
import { dateRangeRefiner } from '../../../../src/extract/dates/refiners/date-range.js';
import type { FoundDate } from '../../../../src/extract/dates/found.js';
import { dateAt, dateContext } from '../../run-one.js';

const joined = (text: string, dates: FoundDate[]) =>
  dateRangeRefiner
    .refine(dateContext(text), dates)
    .map((d) => [text.slice(d.start, d.end), d.kind, d.value, d.valueEnd]);
const month = (text: string, written: string, value: string) =>
  dateAt(text, written, { kind: 'month', granularity: 'month', value });

describe('dateRangeRefiner', () => {
  it('joins two dates of one granularity across to, through, until or a dash', () => {
    const text = 'from March 2006 to March 2007 and 28 AUGUST - 1 SEPTEMBER';
    expect(
      joined(text, [
        month(text, 'March 2006', '2006-03'),
        month(text, 'March 2007', '2007-03'),
        dateAt(text, '28 AUGUST', { value: '2008-08-28' }),
        dateAt(text, '1 SEPTEMBER', { value: '2008-09-01' }),
      ]),
    ).toEqual([
      ['March 2006 to March 2007', 'range', '2006-03', '2007-03'],
      ['28 AUGUST - 1 SEPTEMBER', 'range', '2008-08-28', '2008-09-01'],
    ]);
  });
  it('joins no dates of two granularities, in the wrong order, or with more between them', () => {
    const text = 'June 2008 to May 3; May 2008 to March 2007; March 2006, not in March 2007';
    expect(
      joined(text, [
        month(text, 'June 2008', '2008-06'),
        dateAt(text, 'May 3', { value: '2008-05-03' }),
        month(text, 'May 2008', '2008-05'),
        month(text, 'March 2007', '2007-03'),
        month(text, 'March 2006', '2006-03'),
      ]).map(([written, kind]) => `${written}|${kind}`),
    ).toEqual(['June 2008|month', 'May 3|date', 'May 2008|month', 'March 2007|month', 'March 2006|month']);
  });
});
