import { describe, expect, it } from 'vitest';
import { englishWords } from '../../src/tables/english-words.js';

describe('englishWords', () => {
  const words = englishWords();
  it('decodes the front-coded list: tens of thousands of lower-case words, in every SCOWL dialect', () => {
    expect(words.size).toBeGreaterThan(50000);
    expect(['provide', 'source', 'negotiations', 'colour', 'color', 'organisation'].every((w) => words.has(w))).toBe(
      true,
    );
    expect([...words].every((w) => /^[a-z][a-z-]*$/.test(w))).toBe(true);
  });
  it('holds no proper names: SCOWL keeps those apart', () => {
    expect(['london', 'pakistan', 'ahmed', 'monday', 'october'].filter((w) => words.has(w))).toEqual([]);
  });
  it('decodes once', () => {
    expect(englishWords()).toBe(words);
  });
});
