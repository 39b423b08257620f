import { describe, expect, it } from 'vitest';
import { mixedNumberParser } from '../../../../src/extract/quantities/parsers/mixed-number.js';
import { parseWith, quantityContext } from '../../run-one.js';

const read = (text: string) =>
  parseWith(mixedNumberParser, quantityContext(text), text).map((q) => [q.text, q.value, q.unit, q.kind]);

describe('mixedNumberParser', () => {
  it('reads a whole number and a half, a third or a quarter, in words, as one amount with its unit', () => {
    expect(
      read('talks took two and a\nhalf years; a one and a half hour meeting; four and three quarters tons'),
    ).toEqual([
      ['two and a\nhalf years', 2.5, 'year', 'duration'],
      ['one and a half hour', 1.5, 'hour', 'duration'],
      ['four and three quarters tons', 4.75, 't', 'mass'],
    ]);
  });
  it('reads a slash fraction and a vulgar fraction after a whole number', () => {
    expect(read('rates of 2 1/2 percent, a 3½ ton load')).toEqual([
      ['2 1/2 percent', 2.5, '%', 'percent'],
      ['3½ ton', 3.5, 't', 'mass'],
    ]);
  });
  it('reads a half or a quarter of a scale', () => {
    expect(read('some half a million refugees and a quarter of a million dollars')).toEqual([
      ['half a million', 500000, 'refugee', 'count'],
      ['a quarter of a million dollars', 250000, 'USD', 'currency'],
    ]);
  });
  it('leaves improper fractions, dates and fractions without a whole number alone', () => {
    expect(read('on 4/22, 12 5/3 of them, 1/2 of the budget, half of them, half a day')).toEqual([]);
  });
});
