import { describe, expect, it } from 'vitest';
import { spelledParser } from '../../../../src/extract/quantities/parsers/spelled.js';
import { parseWith, quantityContext } from '../../run-one.js';

const read = (text: string) =>
  parseWith(spelledParser, quantityContext(text), text).map((q) => [q.text, q.value, q.unit, q.kind]);

describe('spelledParser', () => {
  it('reads numbers spelled out, with hundreds and scale words', () => {
    expect(read('Forty-two kilos, two hundred and fifty guards and three billion dollars')).toEqual([
      ['Forty-two kilos', 42, 'kg', 'mass'],
      ['two hundred and fifty', 250, 'guard', 'count'],
      ['three billion dollars', 3e9, 'USD', 'currency'],
    ]);
  });
  it('reads a/an only with a unit or a scale', () => {
    expect(read('a metric ton of hashish, a million refugees, a report')).toEqual([
      ['a metric ton', 1, 't', 'mass'],
      ['a million', 1e6, 'refugee', 'count'],
    ]);
  });
  it('reads one only before a unit or a noun on the same line', () => {
    expect(read('one battalion left; one of the guards; on the one hand; one\nsaid')).toEqual([
      ['one', 1, 'battalion', 'count'],
    ]);
  });
  it('reads capitals as well (1970s telegrams)', () => {
    expect(read('IN LOTS OF FOUR')).toEqual([['FOUR', 4, null, 'count']]);
  });
});

describe('spelledParser on the pronoun one', () => {
  it('reads one before a noun, not as a pronoun or in an idiom', () => {
    const text =
      'No one was hurt; one cannot say; a one-on-one talk; a positive one; the one to blame; only one buyer, one son.';
    expect(read(text)).toEqual([
      ['one', 1, 'buyer', 'count'],
      ['one', 1, 'son', 'count'],
    ]);
  });
});

describe('spelledParser on dozens', () => {
  it('reads a dozen, two dozen and half a dozen as twelve times, not dozens of', () => {
    expect(read('about a dozen members, two dozen centrifuges, dozens of people')).toEqual([
      ['a dozen', 12, 'member', 'count'],
      ['two dozen', 24, 'centrifuge', 'count'],
    ]);
  });
  it('reads N times before a comparison or what is multiplied as a ratio, not a count of times', () => {
    const text =
      'four times the number of bases, three times what it exports, five times higher; met three times in May';
    expect(read(text).map((q) => q.slice(0, 3))).toEqual([
      ['four times', 4, 'fold'],
      ['three times', 3, 'fold'],
      ['five times', 5, 'fold'],
      ['three', 3, 'time'],
    ]);
  });
});
