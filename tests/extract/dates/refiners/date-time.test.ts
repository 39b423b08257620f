import { describe, expect, it } from 'vitest';
import { dateTimeRefiner } from '../../../../src/extract/dates/refiners/date-time.js';
import { dateAt, dateContext } from '../../run-one.js';

describe('dateTimeRefiner', () => {
  it('joins a clock time to the date after or before it', () => {
    const text = 'at 0430 on March 3 and March 9 at 9 p.m.';
    const found = dateTimeRefiner.refine(dateContext(text), [
      dateAt(text, '0430', {
        kind: 'datetime',
        value: '2009-10-16T04:30',
        granularity: 'minute',
        clock: { hour: 4, minute: 30 },
      }),
      dateAt(text, 'March 3', { value: '2010-03-03' }),
      dateAt(text, 'March 9', { value: '2010-03-09' }),
      dateAt(text, '9 p.m.', {
        kind: 'datetime',
        value: '2009-10-16T21',
        granularity: 'hour',
        clock: { hour: 21, minute: null },
      }),
    ]);
    expect(found.map((d) => [text.slice(d.start, d.end), d.kind, d.value])).toEqual([
      ['0430 on March 3', 'datetime', '2010-03-03T04:30'],
      ['March 9 at 9 p.m.', 'datetime', '2010-03-09T21'],
    ]);
  });
  it('joins a weekday to the date right after it', () => {
    const text = 'on Wednesday, March 4, the talks';
    const found = dateTimeRefiner.refine(dateContext(text), [
      dateAt(text, 'Wednesday', { value: '2009-10-14', weekdayOnly: true }),
      dateAt(text, 'March 4', { value: '2010-03-04' }),
    ]);
    expect(found.map((d) => [text.slice(d.start, d.end), d.value])).toEqual([['Wednesday, March 4', '2010-03-04']]);
  });
  it('takes the part of the day written before a date into it', () => {
    const text = 'on the night of June 14 and the evening, of March 3';
    const found = dateTimeRefiner.refine(dateContext(text), [
      dateAt(text, 'June 14', { value: '2009-06-14' }),
      dateAt(text, 'March 3', { value: '2009-03-03' }),
    ]);
    expect(found.map((d) => [text.slice(d.start, d.end), d.value])).toEqual([
      ['the night of June 14', '2009-06-14'],
      ['March 3', '2009-03-03'],
    ]);
  });
  it('leaves apart what words separate', () => {
    const text = 'on Monday the minister said that March 4';
    const found = dateTimeRefiner.refine(dateContext(text), [
      dateAt(text, 'Monday', { value: '2009-10-12', weekdayOnly: true }),
      dateAt(text, 'March 4', { value: '2010-03-04' }),
    ]);
    expect(found).toHaveLength(2);
  });
});
