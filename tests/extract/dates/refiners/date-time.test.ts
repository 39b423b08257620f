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

describe('dateTimeRefiner across zones and on the day named before', () => {
  const clock = (text: string, written: string, hour: number, minute: number) =>
    dateAt(text, written, {
      kind: 'datetime',
      value: `2009-10-16T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
      granularity: 'minute',
      clock: { hour, minute },
    });
  it('joins a time to its date across a time zone, a semicolon, a parenthesis and approximately', () => {
    const text = 'at 1:21 p.m. local time on March 8; on May 2, 2009; 8:45 and June 3 at approximately 1250 hrs';
    const found = dateTimeRefiner.refine(dateContext(text), [
      clock(text, '1:21 p.m.', 13, 21),
      dateAt(text, 'March 8', { value: '2010-03-08' }),
      dateAt(text, 'May 2, 2009', { value: '2009-05-02' }),
      clock(text, '8:45', 8, 45),
      dateAt(text, 'June 3', { value: '2010-06-03' }),
      clock(text, '1250 hrs', 12, 50),
    ]);
    expect(found.map((d) => [text.slice(d.start, d.end), d.value])).toEqual([
      ['1:21 p.m. local time on March 8', '2010-03-08T13:21'],
      ['May 2, 2009; 8:45', '2009-05-02T08:45'],
      ['June 3 at approximately 1250 hrs', '2010-06-03T12:50'],
    ]);
  });
  it('gives a time alone the day named before it, not across the next day', () => {
    const text = 'On May 2 the team met. At 0900 it left. The next day at 1100 it returned.';
    const found = dateTimeRefiner.refine(dateContext(text), [
      dateAt(text, 'May 2', { value: '2010-05-02' }),
      clock(text, '0900', 9, 0),
      clock(text, '1100', 11, 0),
    ]);
    expect(found.map((d) => [text.slice(d.start, d.end), d.value])).toEqual([
      ['May 2', '2010-05-02'],
      ['0900', '2010-05-02T09:00'],
      ['1100', '2009-10-16T11:00'],
    ]);
  });
});
