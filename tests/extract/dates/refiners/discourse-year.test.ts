import { describe, expect, it } from 'vitest';
import { discourseYearRefiner } from '../../../../src/extract/dates/refiners/discourse-year.js';
import { dateAt, dateContext } from '../../run-one.js';

describe('discourseYearRefiner', () => {
  it('resolves the previous year against the last year discussed', () => {
    const text = 'Seizures in 2005 rose from the previous year.';
    const found = discourseYearRefiner.refine(dateContext(text), [
      dateAt(text, '2005', { kind: 'year', value: '2005', granularity: 'year' }),
      dateAt(text, 'the previous year', { kind: 'year', value: '2008', granularity: 'year', anaphoric: -1 }),
    ]);
    expect(found.map((d) => d.value)).toEqual(['2005', '2004']);
  });
  it('falls back on the year given by the caller, then on the reference date', () => {
    const text = 'the previous year';
    const one = () => [dateAt(text, text, { kind: 'year', value: null, granularity: 'year', anaphoric: -1 })];
    expect(discourseYearRefiner.refine(dateContext(text, '2009-10-16', 1999), one())[0]?.value).toBe('1998');
    expect(discourseYearRefiner.refine(dateContext(text, '2009-10-16'), one())[0]?.value).toBe('2008');
  });
});
