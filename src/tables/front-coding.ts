/**
 * Front coding, how the generated tables pack a long sorted list of lower-case words (scripts/generate-tables.mjs
 * writes them): each word is one capital letter, the count of leading characters it shares with the word before
 * it (`A` none, `B` one, ... `Z` 25), then the rest of it; line breaks are left out. A list of given names packs
 * to 45% of its size joined by `|`, and unpacks in well under a millisecond.
 */

/**
 * The words of a front-coded list, in order.
 *
 * @example
 * unpackFrontCoded('AaaronBbbeyDot') // ['aaron', 'abbey', 'abbot']
 */
export function unpackFrontCoded(packed: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  for (let i = 0; i < packed.length; i++) {
    const code = packed.charCodeAt(i);
    if (code === 10) continue;
    if (code >= 65 && code <= 90) {
      if (word !== null) words.push(word);
      word = (word ?? '').slice(0, code - 65);
    } else if (word !== null) word += packed[i];
  }
  if (word !== null) words.push(word);
  return words;
}
