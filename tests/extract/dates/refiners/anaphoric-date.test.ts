import { describe, expect, it } from 'vitest';
import { anaphoricDateRefiner } from '../../../../src/extract/dates/refiners/anaphoric-date.js';
import { dateAt, dateContext } from '../../run-one.js';

describe('anaphoricDateRefiner', () => {
  it("moves the text's last day (or month) by the shift, each resolved date the next one's anchor", () => {
    const text = 'On March 31, 2008 they met; the following day, that evening, and the following month.';
    const found = anaphoricDateRefiner.refine(dateContext(text), [
      dateAt(text, 'March 31, 2008', { kind: 'date', value: '2008-03-31', granularity: 'day' }),
      dateAt(text, 'the following day', { value: null, relativeTo: { unit: 'day', shift: 1 } }),
      dateAt(text, 'that evening', { value: null, relativeTo: { unit: 'day', shift: 0 } }),
      dateAt(text, 'the following month', {
        value: null,
        granularity: 'month',
        relativeTo: { unit: 'month', shift: 1 },
      }),
    ]);
    expect(found.map((d) => d.value)).toEqual(['2008-03-31', '2008-04-01', '2008-04-01', '2008-05']);
  });
  it('leaves the value null with no date before it, or only a range', () => {
    const text = 'From May 2 to May 5 they met; the next day they left.';
    const found = anaphoricDateRefiner.refine(dateContext(text), [
      dateAt(text, 'May 2 to May 5', { kind: 'range', value: '2008-05-02', valueEnd: '2008-05-05' }),
      dateAt(text, 'the next day', { value: null, relativeTo: { unit: 'day', shift: 1 } }),
    ]);
    expect(found.map((d) => d.value)).toEqual(['2008-05-02', null]);
  });
});
