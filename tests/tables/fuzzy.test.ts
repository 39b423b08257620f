import { describe, expect, it } from 'vitest';
import { englishWords } from '../../src/tables/english-words.js';
import {
  closestWord,
  editDistance,
  editsAllowed,
  isOneEditFrom,
  isOneEditInTrie,
  wordTrie,
} from '../../src/tables/fuzzy.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect([
      editDistance('TAGS', 'TAGS', 1),
      editDistance('TAGE', 'TAGS', 1),
      editDistance('AFFIARS', 'AFFAIRS', 1),
    ]).toEqual([0, 1, 1]);
    expect([editDistance('SUBJET', 'SUBJECT', 1), editDistance('SUBJECTS', 'SUBJECT', 1)]).toEqual([1, 1]);
  });
  it('stops at limit + 1', () => {
    expect(editDistance('ABCDEF', 'UVWXYZ', 1)).toBe(2);
    expect(editDistance('AB', 'ABCDE', 2)).toBe(3);
  });
});

describe('closestWord', () => {
  it('finds the nearest entry within the limit, and no reading on a tie between two meanings', () => {
    expect(closestWord('SUBJET', ['SUBJECT', 'SUBJ'], 1)).toEqual({ entry: 'SUBJECT', distance: 1 });
    expect(closestWord('CAT', ['BAT', 'HAT'], 1)).toBeNull();
    expect(closestWord('CAT', ['BAT', 'HAT'], 1, String, () => 'same')).toEqual({ entry: 'BAT', distance: 1 });
  });
  it('allows one edit from six letters on', () => {
    expect([editsAllowed(5), editsAllowed(6)]).toEqual([0, 1]);
  });
});

describe('isOneEditFrom', () => {
  const known = new Set(['initial', 'fledgling', 'government']);
  const has = (word: string) => known.has(word);
  it('finds a word one edit away: a letter left out, added, changed, or two swapped', () => {
    expect(['initil', 'initiall', 'inatial', 'intial', 'feldgling'].map((w) => isOneEditFrom(w, has))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });
  it('finds none two edits away, and none for the word itself unless an edit leads back', () => {
    expect(isOneEditFrom('govrenmnet', has)).toBe(false);
    expect(isOneEditFrom('tekaldi', has)).toBe(false);
  });
});

describe('isOneEditInTrie', () => {
  it('answers as isOneEditFrom does over the same words', () => {
    const known = new Set(['initial', 'fledgling', 'government', 'committee', 'a', "don't", 'café']);
    const trie = wordTrie(known);
    const words = ['initil', 'initiall', 'intial', 'govrenmnet', 'committee', 'commitee', '', 'b', 'dont', 'cafe', 'x'];
    expect(words.map((w) => isOneEditInTrie(w, trie))).toEqual(words.map((w) => isOneEditFrom(w, (c) => known.has(c))));
  });
  it('answers as isOneEditFrom does over the English words, for words of a cable and edits of them', () => {
    const english = englishWords();
    const trie = wordTrie(english);
    const list = [...english].filter((_, k) => k % 97 === 0);
    // Each word, and each with one and two edits (a letter left out, changed, added, two swapped), as a generator
    // without randomness would make them.
    const edited = list.flatMap((w, k) => {
      const at = k % (w.length + 1);
      const one = `${w.slice(0, at)}${'zq-'[k % 3]}${w.slice(at + 1)}`;
      return [
        w,
        w.slice(0, at) + w.slice(at + 1),
        one,
        `${one}e`,
        `${w.slice(0, at)}${w.slice(at + 1, at + 2)}${w.slice(at, at + 1)}${w.slice(at + 2)}`,
      ];
    });
    const words = [...edited, 'feldgling', 'tekaldi', 'firat', 'sverrisdottir', 'interlocutors'];
    expect(words.map((w) => isOneEditInTrie(w, trie))).toEqual(
      words.map((w) => isOneEditFrom(w, (c) => english.has(c))),
    );
  });
});
