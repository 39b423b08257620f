import { describe, expect, it } from 'vitest';
import { fractionParser } from '../../../../src/extract/quantities/parsers/fraction.js';
import { parseWith, quantityContext } from '../../run-one.js';

const read = (text: string) =>
  parseWith(fractionParser, quantityContext(text), text).map((q) => [q.text, q.value, q.unit, q.kind]);

describe('fractionParser', () => {
  it('reads halves and fractions as ratios', () => {
    expect(read('nearly half of the vessels, a third of the budget, two\nthirds, three-quarters of them')).toEqual([
      ['half', 0.5, 'fraction', 'ratio'],
      ['a third', 0.333333, 'fraction', 'ratio'],
      ['two\nthirds', 0.666667, 'fraction', 'ratio'],
      ['three-quarters', 0.75, 'fraction', 'ratio'],
    ]);
  });
  it('leaves halves of periods and idioms alone', () => {
    expect(read('in the second half of 2009, on behalf of the minister, a half-hearted reply, a third party')).toEqual(
      [],
    );
  });
});

describe('fractionParser in figures', () => {
  it('reads a proper fraction in figures before of, not a date or an improper one', () => {
    expect(read('1/4 to 1/3 of the population, 2/3 of the vote, on 4/22, 5/3 of them')).toEqual([
      ['1/4', 0.25, 'fraction', 'ratio'],
      ['1/3', 0.333333, 'fraction', 'ratio'],
      ['2/3', 0.666667, 'fraction', 'ratio'],
    ]);
  });
});
