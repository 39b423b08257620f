/**
 * Anchored scans: a parser whose every match holds a cheap anchor (a month's name, a four-digit
 * year) is tried only at the few offsets before each anchor where a match can start, not at
 * every offset of the text. The anchors of a text are found in one scan, shared by the parsers
 * with the same anchor; the matches are those a global scan of the parser's pattern finds, in
 * the same order, since every offset a match can start at is tried, in increasing order, once.
 *
 * ```
 * 'talks in the first half of March and on 16-17 October'
 *           ├──────────────────┼─ tried here      ├───┼─ tried here
 *                              anchor (mar)           anchor (oct)
 * ```
 */

import { isWhiteSpace } from './entities/found.js';

/**
 * Where the matches of a parser can be: see {@link eachAnchoredMatch}. Its matches open a word (a
 * letter or digit with none before it).
 */
export interface Anchor {
  /** A global regexp every match of the parser's pattern holds a match of. */
  pattern: RegExp;
  /** The earliest offset a match holding the anchor found at `at` can start at (`at`: matches open with it). */
  back(text: string, at: number): number;
}

/** True for the code of an ASCII letter or digit. */
const isAlphanumeric = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
/** True when a letter or digit stands at `at` and none before it: where a word opens. */
const opensWord = (text: string, at: number) =>
  isAlphanumeric(text.charCodeAt(at)) && (at === 0 || !isAlphanumeric(text.charCodeAt(at - 1)));

// The anchors of the last text read, per anchor: the parsers sharing one read the same text in a row.
const ANCHORS = new WeakMap<RegExp, { text: string; offsets: number[] }>();

/** The offsets of the anchor's matches in `text`. */
function anchorsOf(anchor: RegExp, text: string): number[] {
  const known = ANCHORS.get(anchor);
  if (known && known.text === text) return known.offsets;
  const offsets: number[] = [];
  anchor.lastIndex = 0;
  for (let m = anchor.exec(text); m; m = anchor.exec(text)) {
    offsets.push(m.index);
    if (m[0] === '') anchor.lastIndex++;
  }
  ANCHORS.set(anchor, { text, offsets });
  return offsets;
}

const STICKY = new WeakMap<RegExp, RegExp>();

/** The sticky copy of a global regexp: it matches at its `lastIndex` or not at all. */
function stickyOf(pattern: RegExp): RegExp {
  let sticky = STICKY.get(pattern);
  if (!sticky) STICKY.set(pattern, (sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`)));
  return sticky;
}

/**
 * Calls `each` with every match of the global regexp `pattern` in `text`, in order, as an exec
 * loop from 0 would (an empty match skipped), trying the pattern only from `anchor.back` to each
 * anchor. Every offset is tried once at most, in increasing order, and a match's end is where
 * the next try starts.
 *
 * @example
 * eachAnchoredMatch(/\bmid-March\b/g, { pattern: /\bmar/gi, back: (t, at) => at - 4 }, text, (m) => ...)
 */
export function eachAnchoredMatch(
  pattern: RegExp,
  anchor: Anchor,
  text: string,
  each: (match: RegExpExecArray) => void,
): void {
  const sticky = stickyOf(pattern);
  // The first offset not tried yet (nor inside a match found).
  let next = 0;
  for (const at of anchorsOf(anchor.pattern, text)) {
    let offset = Math.max(next, anchor.back(text, at));
    while (offset <= at) {
      // A match opens a word: elsewhere the pattern is not tried.
      if (!opensWord(text, offset)) {
        offset++;
        continue;
      }
      sticky.lastIndex = offset;
      const match = sticky.exec(text);
      if (match && match[0] !== '') {
        each(match);
        offset += match[0].length;
      } else offset++;
    }
    next = Math.max(next, offset);
  }
}

/** True for the code of white space (`\s`), a hyphen or an en dash: what stands between the words of a date. */
function isGap(code: number): boolean {
  return code === 45 || code === 0x2013 || isWhiteSpace(code);
}

/**
 * The start of the `count`-th run of letters and digits before `at`, over white space, hyphens and
 * en dashes between them (`the first half of |March`: 4 runs back is `the`); it stops at any other
 * character, where no date's words go on.
 *
 * @example
 * runsBack('met on 16-17 October', 13, 3) // 4: the start of `on`
 */
export function runsBack(text: string, at: number, count: number): number {
  let start = at;
  for (let n = 0; n < count; n++) {
    let gap = start;
    while (gap > 0 && isGap(text.charCodeAt(gap - 1))) gap--;
    let run = gap;
    while (run > 0 && isAlphanumeric(text.charCodeAt(run - 1))) run--;
    if (run === gap) break;
    start = run;
  }
  return start;
}
