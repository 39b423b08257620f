/** The cue words of the parsers, found in one pass over a text (src/extract/cues.ts). */
import { describe, expect, it } from 'vitest';
import { cueBit, cuesOf } from '../../src/extract/cues.js';

describe('cueBit', () => {
  it('gives one list one bit, however often it is asked, and another list another', () => {
    const months = cueBit(['dec', 'december']);
    expect(cueBit(['dec', 'december'])).toBe(months);
    expect(cueBit(['noon', 'midnight'])).not.toBe(months);
  });
  it('refuses a cue word that is not lower case letters or #', () => {
    expect(() => cueBit(['Noon'])).toThrow(/lower case/);
    expect(() => cueBit(['the day'])).toThrow(/lower case/);
  });
});

describe('cuesOf', () => {
  const months = cueBit(['dec', 'december']);
  const times = cueBit(['#', 'noon', 'midnight']);
  const has = (text: string, bit: number) => (cuesOf(text) & bit) !== 0;

  it('finds a cue word in any case, as a whole run of letters', () => {
    expect(has('MET ON 12 DECEMBER 2007', months)).toBe(true);
    expect(has('met on Dec. 12', months)).toBe(true);
    expect(has('met on 12-Dec', months)).toBe(true);
    expect(has('they decided to meet', months)).toBe(false);
    expect(has('the decembrist revolt', months)).toBe(false);
  });
  it('finds a word at the end of the text and a word glued to digits (`12th` holds `th`)', () => {
    expect(has('at noon', times)).toBe(true);
    expect(has('at NOON.', times)).toBe(true);
    expect(has('until midnights', times)).toBe(false);
    const ordinals = cueBit(['st', 'nd', 'rd', 'th']);
    expect(has('on the 12th', ordinals)).toBe(true);
    expect(has('on the twelfth', ordinals)).toBe(false);
  });
  it('gives the lists that hold # to any number in digits', () => {
    expect(has('seized 40 kilos', times)).toBe(true);
    expect(has('seized forty kilos', times)).toBe(false);
    expect(has('seized 40 kilos', months)).toBe(false);
  });
  it('reads a text again once another list is registered', () => {
    const text = 'the ambassador met the minister';
    expect(cuesOf(text)).toBe(cuesOf(text));
    const titles = cueBit(['ambassador']);
    expect(has(text, titles)).toBe(true);
  });
});
