import { describe, expect, it } from 'vitest';
import { multiplierParser } from '../../../../src/extract/quantities/parsers/multiplier.js';
import { parseWith, quantityContext } from '../../run-one.js';

const read = (text: string) =>
  parseWith(multiplierParser, quantityContext(text), text).map((q) => [q.text, q.value, q.unit, q.kind]);

describe('multiplierParser', () => {
  it('reads twice and thrice before what they multiply as ratios', () => {
    expect(read('Ortiz has twice the support of his rival; twice as many complaints; THRICE WHAT IT WAS')).toEqual([
      ['twice', 2, 'fold', 'ratio'],
      ['twice', 2, 'fold', 'ratio'],
      ['THRICE', 3, 'fold', 'ratio'],
    ]);
    expect(read('twice more likely, twice higher')).toHaveLength(2);
  });
  it('reads no count of times', () => {
    expect(
      read('shot twice in the head and twice more in the body; they meet twice a year; elected twice as Lima mayor'),
    ).toEqual([]);
  });
});
