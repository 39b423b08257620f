import { describe, expect, it } from 'vitest';
import { carryCurrencyRefiner } from '../../../../src/extract/quantities/refiners/carry-currency.js';
import { quantityAt, quantityContext } from '../../run-one.js';

describe('carryCurrencyRefiner', () => {
  it('gives an elliptical amount the currency named before it', () => {
    const text = 'Tokyo pledged 3 billion dollars and another 2 billion next year';
    const found = carryCurrencyRefiner.refine(quantityContext(text), [
      quantityAt(text, '3 billion dollars', { value: 3e9, unit: 'USD', kind: 'currency' }),
      quantityAt(text, '2 billion', { value: 2e9 }),
    ]);
    expect(found[1]).toMatchObject({ unit: 'USD', kind: 'currency', implicitUnit: true });
  });
  it('leaves counts of something else alone', () => {
    const text = 'a 5 million euro grant for 2 million people';
    const found = carryCurrencyRefiner.refine(quantityContext(text), [
      quantityAt(text, '5 million euro', { value: 5e6, unit: 'EUR', kind: 'currency' }),
      quantityAt(text, '2 million', { value: 2e6, unit: 'person' }),
    ]);
    expect(found[1]).toMatchObject({ unit: 'person', kind: 'count' });
  });
});
