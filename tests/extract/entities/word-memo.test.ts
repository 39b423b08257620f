import { describe, expect, it } from 'vitest';
import { MEMO_LENGTH, MEMO_SIZE, memoByWord } from '../../../src/extract/entities/word-memo.js';

/** A memoized test that counts how often its answer is computed. */
function counted() {
  const asked: string[] = [];
  const isLong = memoByWord((word) => {
    asked.push(word);
    return word.length > 4;
  });
  return { asked, isLong };
}

describe('memoByWord', () => {
  it('computes a word once, however often it is asked', () => {
    const { asked, isLong } = counted();
    expect([isLong('FIRAT'), isLong('FIRAT'), isLong('USG'), isLong('FIRAT')]).toEqual([true, true, false, true]);
    expect(asked).toEqual(['FIRAT', 'USG']);
  });

  it('answers a word longer than MEMO_LENGTH afresh each time (a long slice could hold its whole text alive)', () => {
    const { asked, isLong } = counted();
    const word = 'A'.repeat(MEMO_LENGTH + 1);
    isLong(word);
    isLong(word);
    expect(asked).toEqual([word, word]);
  });

  it('starts afresh after MEMO_SIZE words, so its memory stays bounded over an archive', () => {
    const { asked, isLong } = counted();
    for (let k = 0; k < MEMO_SIZE; k++) isLong(`W${k}`);
    isLong('W0');
    expect(asked.length).toBe(MEMO_SIZE);
    isLong(`W${MEMO_SIZE}`); // the memo is full: cleared, then this word kept
    isLong('W0');
    expect(asked.slice(-2)).toEqual([`W${MEMO_SIZE}`, 'W0']);
  });
});
