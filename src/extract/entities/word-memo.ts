/**
 * A memo of a question asked of single words (`isNameWord('FIRAT')`): a cable's words repeat, and the lexicons
 * do not change, so each word's answer is computed once and kept, within bounds on the memo's memory over a
 * whole archive.
 */

/** How many words' answers a memo keeps before it starts afresh. */
export const MEMO_SIZE = 1 << 16;
/**
 * The longest word kept: V8 copies a slice shorter than 13 characters, but a longer one may be a view of the
 * whole text it was cut from, which the memo would then keep alive. Longer words are answered afresh.
 */
export const MEMO_LENGTH = 12;

/**
 * `answer`, memoized by word (words of up to {@link MEMO_LENGTH} characters, at most {@link MEMO_SIZE} of them).
 *
 * @example
 * const isNameWord = memoByWord((word) => expensiveTest(word));
 */
export function memoByWord<T>(answer: (word: string) => T): (word: string) => T {
  const memo = new Map<string, T>();
  return (word) => {
    if (word.length > MEMO_LENGTH) return answer(word);
    let known = memo.get(word);
    if (known === undefined) {
      if (memo.size >= MEMO_SIZE) memo.clear();
      known = answer(word);
      memo.set(word, known);
    }
    return known;
  };
}
