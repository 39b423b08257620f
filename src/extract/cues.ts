/**
 * Cue words: the whole words a parser needs a text to hold before it scans it (see
 * `Parser.needs`), found in one pass over the text's characters. Every list of cue words that
 * parsers name gets a bit; a trie of all their words, walked letter by letter as the text is read,
 * gives each word of the text the bits of the lists it belongs to, so a text's cues are one number
 * and no word of the text is sliced, lower-cased or put in a set.
 *
 * ```
 * 'On December 12 the minister said'  → the bits of the month words' list and of every list with `#`
 *     ^^^^^^^^ ^^
 * ```
 * A word is a run of ASCII letters (`Dec.` holds `dec`, `12th` holds `th`), compared without case;
 * `#` in a list stands for any number in digits.
 */

/** The size of the trie's alphabet: the letters a to z. */
const LETTERS = 26;
/** How many lists get a bit of their own (a text's cues are a 31-bit number); any more are always scanned. */
const MAX_LISTS = 31;

/** Each registered list (its words joined by spaces) and its bit. */
const bits = new Map<string, number>();
/** The words of the registered lists and the bits of the lists holding each. */
const words = new Map<string, number>();
/** The bits of the lists that hold `#`. */
let digitBits = 0;
/** The trie: `next[node * 26 + letter]` is the child node, or -1; node 0 is the root. */
let next = new Int32Array(LETTERS).fill(-1);
/** The bits of the lists a word ending at a node belongs to (0 where no word ends). */
let ends = new Int32Array(1);
/** Bumped when a list is registered: cues read before then are stale. */
let version = 0;

/**
 * The bit of a list of cue words (lower case letters, or `#`), registered the first time it is
 * seen; 0 when there are too many lists for a bit each (a text is then always scanned).
 *
 * @example
 * cueBit(['today', 'tomorrow']) // 4 (say): set in `cuesOf(text)` when the text holds one of them
 */
export function cueBit(list: readonly string[]): number {
  const key = list.join(' ');
  const known = bits.get(key);
  if (known !== undefined) return known;
  if (bits.size >= MAX_LISTS) return 0;
  const bit = 1 << bits.size;
  bits.set(key, bit);
  for (const word of list) {
    if (word === '#') digitBits |= bit;
    else if (/^[a-z]+$/.test(word)) words.set(word, (words.get(word) ?? 0) | bit);
    else throw new Error(`cue word ${JSON.stringify(word)}: lower case letters a-z only, or #`);
  }
  buildTrie();
  return bit;
}

/** Rebuilds the trie from the words of every registered list. */
function buildTrie(): void {
  let size = 1;
  for (const word of words.keys()) size += word.length;
  next = new Int32Array(size * LETTERS).fill(-1);
  ends = new Int32Array(size);
  let nodes = 1;
  for (const [word, wordBits] of words) {
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const slot = node * LETTERS + word.charCodeAt(k) - 97;
      if ((next[slot] as number) < 0) next[slot] = nodes++;
      node = next[slot] as number;
    }
    ends[node] = (ends[node] as number) | wordBits;
  }
  version++;
}

// The cues of the last text read: the three extractors read the same text one after another.
let lastText: string | null = null;
let lastVersion = -1;
let lastCues = 0;

/**
 * The bits of the registered lists that `text` holds a word of: one pass over its characters
 * (kept for the next call on the same text).
 */
export function cuesOf(text: string): number {
  if (text === lastText && version === lastVersion) return lastCues;
  let cues = 0;
  // The trie node of the letters read so far in the current word: 0 between words, -1 when no cue word starts so.
  let node = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A to Z and a to z, and nothing else, land in 0..25.
    const letter = (code | 32) - 97;
    if (letter >= 0 && letter < LETTERS) {
      if (node >= 0) node = next[node * LETTERS + letter] as number;
      continue;
    }
    if (node > 0) cues |= ends[node] as number;
    node = 0;
    if (code >= 48 && code <= 57) cues |= digitBits;
  }
  if (node > 0) cues |= ends[node] as number;
  lastText = text;
  lastVersion = version;
  lastCues = cues;
  return cues;
}
