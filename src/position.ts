/**
 * Source positions, unist style: every node carries `{ start, end }` points into the caller's
 * original input. Offsets count UTF-16 code units (what `String.prototype.slice` counts) and
 * `end` is the first unit after the node. Lines and columns start at 1.
 *
 * Grammar rules only ever produce offsets; a {@link LineIndex} built once per input turns them
 * into points with a binary search over line starts. The zod schemas of `Point` and `Position` are in
 * schemas/position.ts.
 */
import type { Point, Position } from './schemas/position.js';

export type { Point, Position };

/** The start offset of every line of a text, for offset → line/column lookups. */
export interface LineIndex {
  /** `starts[k]` is the offset of the first character of line `k + 1`. */
  readonly starts: readonly number[];
  /** The line of the last lookup: nodes are made in text order, so the next lookup is mostly on it or the next one. */
  last: number;
}

/**
 * Builds the line-start table of `text`. A line ends at `\n`, `\r\n` or a lone `\r`.
 *
 * @example
 * lineIndex('a\nbc').starts // [0, 2]
 */
export function lineIndex(text: string): LineIndex {
  const starts = [0];
  if (!text.includes('\r')) {
    // Line feeds only (most inputs): found by the native search.
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    return { starts, last: 0 };
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return { starts, last: 0 };
}

/**
 * The point at `offset` (clamped to the text). Offsets past a line's end but before the next
 * line's start (the line break itself) stay on that line.
 */
export function pointAt(index: LineIndex, offset: number): Point {
  const { starts } = index;
  const count = starts.length;
  let lo = index.last;
  // The line of the last lookup or the one after it; else a binary search.
  if (!((starts[lo] as number) <= offset && (lo + 1 >= count || (starts[lo + 1] as number) > offset))) {
    lo++;
    if (!(lo < count && (starts[lo] as number) <= offset && (lo + 1 >= count || (starts[lo + 1] as number) > offset))) {
      lo = 0;
      let hi = count - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] as number) <= offset) lo = mid;
        else hi = mid - 1;
      }
    }
  }
  index.last = lo;
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1, offset };
}

/**
 * The offset where line `lines + 1` of `text` starts (lines end at `\n`, `\r\n` or a lone `\r`), or null when
 * the text has no more than `lines` lines. Counts without storing anything: a text is measured before any table
 * of it is built.
 *
 * @example
 * lineStartAfter('a\nb\nc', 2) // 4
 */
export function lineStartAfter(text: string, lines: number): number | null {
  // The breaks found by the native search, the next line feed and the next carriage return apart: a text of few
  // lines (one line of megabytes) is read at the search's speed, not a character at a time.
  let seen = 1;
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    let end: number;
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      end = lf === cr + 1 ? cr + 2 : cr + 1;
      if (lf === cr + 1) lf = text.indexOf('\n', end);
      cr = text.indexOf('\r', end);
    } else {
      end = lf + 1;
      lf = text.indexOf('\n', end);
    }
    if (seen++ === lines) return end < text.length ? end : null;
  }
  return null;
}

/** The start of the line that holds `offset` (the line break itself belongs to the line it ends). */
export function lineStartAt(text: string, offset: number): number {
  let at = Math.min(offset, text.length);
  while (at > 0) {
    const c = text.charCodeAt(at - 1);
    if (c === 10 || (c === 13 && text.charCodeAt(at) !== 10)) break;
    at--;
  }
  return at;
}

/** The point at the end of `text`, counted without a {@link LineIndex}. */
export function endPoint(text: string): Point {
  let line = 1;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    line++;
    start = i + 1;
  }
  return { line, column: text.length - start + 1, offset: text.length };
}
