/**
 * Front coding (src/tables/front-coding.ts), the packing of the given names: lists packed here the way
 * scripts/generate-tables.mjs packs them unpack to themselves, and the packed given names are the whole list.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unpackFrontCoded } from '../../src/tables/front-coding.js';
import { givenNames } from '../../src/tables/given-names.js';

/** Packs sorted lower-case words as the generator does, with a line break every `width` characters. */
function pack(words: string[], width = 110): string {
  let packed = '';
  let previous = '';
  for (const word of words) {
    let shared = 0;
    while (shared < 25 && word[shared] !== undefined && word[shared] === previous[shared]) shared++;
    packed += String.fromCharCode(65 + shared) + word.slice(shared);
    previous = word;
  }
  return packed.replace(new RegExp(`(.{${width}})`, 'g'), '$1\n');
}

describe('front coding', () => {
  it('unpacks each word from the count of characters it shares with the one before', () => {
    expect(unpackFrontCoded('AaaronBbbeyDot')).toEqual(['aaron', 'abbey', 'abbot']);
    expect(unpackFrontCoded('AannDeD-marie')).toEqual(['ann', 'anne', 'ann-marie']);
    expect(unpackFrontCoded('Aab\ncBcd')).toEqual(['abc', 'acd']);
    expect(unpackFrontCoded('')).toEqual([]);
  });
  it('gives back any sorted list of words it packed, line breaks anywhere, shared prefixes of 25 and more', () => {
    const long = 'a'.repeat(30);
    expect(unpackFrontCoded(pack([long, `${long}b`, `${long}c`]))).toEqual([long, `${long}b`, `${long}c`]);
    const word = fc.oneof(fc.stringMatching(/^[a-z'-]{1,12}$/), fc.stringMatching(/^a{24,30}[a-c]{0,3}$/));
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 60 }), fc.integer({ min: 1, max: 120 }), (words, width) => {
        const sorted = [...words].sort();
        expect(unpackFrontCoded(pack(sorted, width))).toEqual(sorted);
      }),
      { numRuns: 300 },
    );
  });
  it('packs the whole list of given names: 9,107, sorted, each once, lower case', () => {
    const names = [...givenNames()];
    expect(names).toHaveLength(9107);
    expect(names).toEqual([...names].sort());
    expect(names.every((name) => /^[a-z][a-z'-]+$/.test(name))).toBe(true);
    for (const name of ['aada', 'ahmed', 'angela', 'ann-marie', 'john', 'zuzana']) expect(givenNames()).toContain(name);
    expect(givenNames().has('the')).toBe(false);
  });
});
