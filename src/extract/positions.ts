/** Positions of the mentions an extractor finds: the caller's, or lines and columns within the text it read. */
import { lineIndex, pointAt, type Position } from '../position.js';

/**
 * The position function for offsets (`base` added) of `text`: `given` when the caller has one
 * (offsets into a larger input), else line and column counted within `text`.
 */
export function positionsIn(
  text: string,
  base: number,
  given?: (start: number, end: number) => Position,
): (start: number, end: number) => Position {
  if (given) return given;
  const index = lineIndex(text);
  return (start, end) => ({ start: pointAt(index, start - base), end: pointAt(index, end - base) });
}
