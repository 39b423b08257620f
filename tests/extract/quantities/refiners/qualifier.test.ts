import { describe, expect, it } from 'vitest';
import { qualifierRefiner } from '../../../../src/extract/quantities/refiners/qualifier.js';
import { quantityAt, quantityContext } from '../../run-one.js';

const qualified = (text: string, written: string) =>
  qualifierRefiner.refine(quantityContext(text), [quantityAt(text, written)])[0]?.qualifier ?? null;

describe('qualifierRefiner', () => {
  it('reads the qualifier before a quantity and its meaning', () => {
    expect(qualified('more than 30 arrests', '30')).toEqual({ text: 'more than', op: 'gt' });
    expect(qualified('at least 12 boats', '12')).toEqual({ text: 'at least', op: 'ge' });
    expect(qualified('no more than 5 officers', '5')).toEqual({ text: 'no more than', op: 'le' });
    expect(qualified('roughly 40 percent', '40')).toEqual({ text: 'roughly', op: 'approx' });
  });
  it('reads a qualifier broken over a line', () => {
    expect(qualified('they sent up\nto 400 troops', '400')).toEqual({ text: 'up to', op: 'le' });
  });
  it('leaves a quantity without one alone', () => {
    expect(qualified('the 30 arrests', '30')).toBeNull();
  });
});
