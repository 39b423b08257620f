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
