/**
 * The one fuzzy matcher of the library: misspelled keywords (`TAGE`, `SUBJET`, `Classifed By`), titles
 * (`Ambasador`, `Cousnelor`) and post names (`WELLINGOTN`) are found by their Damerau-Levenshtein distance
 * (optimal string alignment: insertions, deletions, substitutions and swaps of two neighbours, one edit each)
 * to the words of a lexicon, never by lists of misspellings.
 */

// Three rows of the distance table, reused: a word of a cable is short (a lexicon entry seldom exceeds 30).
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * The Damerau-Levenshtein (optimal string alignment) distance of `a` and `b`, or `limit + 1` as soon as it
 * must exceed `limit`.
 *
 * @example
 * editDistance('TAGE', 'TAGS', 1) // 1
 * editDistance('AFFIARS', 'AFFAIRS', 1) // 1 (two letters swapped)
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (b.length + 1 > rows[0].length)
    rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let [before, previous, row] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      const swapped =
        i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1);
      if (swapped) d = Math.min(d, (before[j - 2] as number) + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    [before, previous, row] = [previous, row, before];
  }
  return previous[b.length] as number;
}

/**
 * False when `a` and `b` cannot be one edit apart: one edit leaves at least one of the first two letters of one
 * word at one of the first two places of the other (a substitution, insertion, deletion or swap at the start
 * moves the first letter by one place at most). A test that never rules out a true match, and most words fail it.
 */
function mayBeOneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const a0 = a.charCodeAt(0);
  const a1 = a.charCodeAt(1);
  const b0 = b.charCodeAt(0);
  const b1 = b.charCodeAt(1);
  return a0 === b0 || a0 === b1 || a1 === b0 || a1 === b1;
}

/** How many edits a word of `length` letters may be away from a lexicon entry: one from six letters on, else none. */
export function editsAllowed(length: number): number {
  return length >= 6 ? 1 : 0;
}

/** What {@link closestWord} found: the entry, and how many edits away the word was. */
export interface FuzzyMatch<T> {
  entry: T;
  distance: number;
}

/**
 * The entry of `lexicon` that `word` is nearest to, within `limit` edits, or null when none is, or when two
 * entries that mean different things are equally near (a tie is no reading). `meaning` says what an entry
 * means, so that two spellings of one thing do not tie.
 *
 * @example
 * closestWord('SUBJET', ['SUBJECT', 'SUBJ'], 1) // { entry: 'SUBJECT', distance: 1 }
 */
export function closestWord<T>(
  word: string,
  lexicon: readonly T[],
  limit: number,
  spelling: (entry: T) => string = String,
  meaning: (entry: T) => unknown = spelling,
): FuzzyMatch<T> | null {
  let best: FuzzyMatch<T> | null = null;
  let tie = false;
  for (const entry of lexicon) {
    const target = spelling(entry);
    if (limit === 1 && !mayBeOneEditApart(word, target)) continue;
    const d = editDistance(word, target, limit);
    if (d > limit) continue;
    if (!best || d < best.distance) {
      best = { entry, distance: d };
      tie = false;
    } else if (d === best.distance && meaning(entry) !== meaning(best.entry)) tie = true;
  }
  return best && !tie ? best : null;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * True when a lower-case `word` is one edit (a letter left out, added, changed, or two neighbours swapped) from
 * a word that `known` holds: the words one edit away are generated and looked up, for a lexicon too large to
 * scan (a misspelled common word, `feldgling` for `fledgling`, `intial` for `initial`).
 *
 * @example
 * isOneEditFrom('intial', (w) => w === 'initial') // true
 */
export function isOneEditFrom(word: string, known: (candidate: string) => boolean): boolean {
  for (let at = 0; at <= word.length; at++) {
    const head = word.slice(0, at);
    const tail = word.slice(at);
    if (tail && known(head + tail.slice(1))) return true;
    if (tail.length > 1 && known(head + tail[1] + tail[0] + tail.slice(2))) return true;
    for (const letter of LETTERS) {
      if (known(head + letter + tail)) return true;
      if (tail && letter !== tail[0] && known(head + letter + tail.slice(1))) return true;
    }
  }
  return false;
}

/**
 * A lexicon as a trie of character codes in flat arrays (first child, next sibling), for {@link isOneEditInTrie}:
 * the words one edit from a word are walked in the trie instead of each being built and looked up.
 */
export interface WordTrie {
  /** The character code on the edge into each node (node 1 is the root; node 0 stands for none). */
  code: Uint16Array;
  /** Each node's first child, 0 for none. */
  child: Int32Array;
  /** Each node's next sibling, 0 for none. */
  sibling: Int32Array;
  /** 1 where a word ends at the node. */
  end: Uint8Array;
}

/** The root's node: 0 is none. */
const ROOT = 1;

/** The child of `node` along `code`, 0 for none (and for node 0). */
function childAlong(trie: WordTrie, node: number, code: number): number {
  for (let c = trie.child[node] as number; c !== 0; c = trie.sibling[c] as number) if (trie.code[c] === code) return c;
  return 0;
}

/** The trie of `words` (any order), see {@link WordTrie}. */
export function wordTrie(words: Iterable<string>): WordTrie {
  let size = 2;
  let capacity = 1 << 16;
  let trie: WordTrie = {
    code: new Uint16Array(capacity),
    child: new Int32Array(capacity),
    sibling: new Int32Array(capacity),
    end: new Uint8Array(capacity),
  };
  for (const word of words) {
    let node = ROOT;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let next = childAlong(trie, node, code);
      if (next === 0) {
        if (size === capacity) trie = grown(trie, (capacity *= 2));
        next = size++;
        trie.code[next] = code;
        trie.sibling[next] = trie.child[node] as number;
        trie.child[node] = next;
      }
      node = next;
    }
    trie.end[node] = 1;
  }
  return trie;
}

/** A copy of `trie` in arrays of `capacity` nodes. */
function grown(trie: WordTrie, capacity: number): WordTrie {
  const copy: WordTrie = {
    code: new Uint16Array(capacity),
    child: new Int32Array(capacity),
    sibling: new Int32Array(capacity),
    end: new Uint8Array(capacity),
  };
  copy.code.set(trie.code);
  copy.child.set(trie.child);
  copy.sibling.set(trie.sibling);
  copy.end.set(trie.end);
  return copy;
}

/** True when the trie holds, from `node`, the rest of `word` from `from` on exactly. */
function holdsRest(trie: WordTrie, node: number, word: string, from: number): boolean {
  let at = node;
  for (let i = from; i < word.length && at !== 0; i++) at = childAlong(trie, at, word.charCodeAt(i));
  return at !== 0 && trie.end[at] === 1;
}

/** True for the code of a letter a-z, the letters {@link isOneEditFrom} inserts and substitutes. */
const isLowerLetter = (code: number) => code >= 97 && code <= 122;

/**
 * What {@link isOneEditFrom} answers with a lookup in `trie`'s words, the same candidates (a letter left out, two
 * neighbours swapped, a letter a-z added or changed), found by walking the trie along `word`: at each prefix the
 * trie holds, each edit there and then the rest of the word exactly.
 *
 * @example
 * isOneEditInTrie('intial', wordTrie(['initial'])) // true
 */
export function isOneEditInTrie(word: string, trie: WordTrie): boolean {
  let node = ROOT;
  for (let at = 0; at <= word.length; at++) {
    const code = word.charCodeAt(at);
    // A letter left out, two neighbours swapped (the word itself where they are the same).
    if (at < word.length && holdsRest(trie, node, word, at + 1)) return true;
    if (at + 1 < word.length) {
      const swapped = childAlong(trie, childAlong(trie, node, word.charCodeAt(at + 1)), code);
      if (swapped !== 0 && holdsRest(trie, swapped, word, at + 2)) return true;
    }
    // A letter added before `at`, or the letter at `at` changed.
    for (let c = trie.child[node] as number; c !== 0; c = trie.sibling[c] as number) {
      const letter = trie.code[c] as number;
      if (!isLowerLetter(letter)) continue;
      if (holdsRest(trie, c, word, at)) return true;
      if (at < word.length && letter !== code && holdsRest(trie, c, word, at + 1)) return true;
    }
    if (at === word.length) break;
    node = childAlong(trie, node, code);
    if (node === 0) break;
  }
  return false;
}
