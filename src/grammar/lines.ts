/**
 * The lines of a cable as the grammar reads them: trimmed, blank lines left out (each line knows whether a
 * blank line stood before it), and what several constructs ask of a line (its text, its field keyword,
 * control characters) found once, on the line.
 *
 * ```
 * E.O. 12958: DECL: 01/07/2014 TAGS: PREL        a line that lost its line breaks is cut where the next
 * └──────── one line ────────┘ └─ cut ──┘        field's keyword starts (cutAtInlineField)
 * ```
 */
import { type FieldKeyword, inlineFieldAt, readFieldKeyword } from '../tables/keywords.js';
import { type ParagraphHead, readParagraphHead } from './lexemes.js';
import { trimEnd, trimStart } from './shared.js';

/** A trimmed, non-blank line of the text (or the part of one after an inline field keyword). */
export interface Line {
  /** Offset of the first non-blank character in the grammar's text. */
  start: number;
  /** Offset after the last non-blank character. */
  end: number;
  /** The line's text, `text.slice(start, end)`. */
  value: string;
  /** True when a blank line stands before this one. */
  blankBefore: boolean;
  /** True for the rest of a line that was cut where a field keyword started inside it. */
  cut: boolean;
  /** True when the line holds C0 control characters (other than tab, line feed, vertical tab, form feed, CR). */
  control: boolean;
  /** The field keyword the line opens with: undefined until asked ({@link keywordOf}), null when none. */
  keyword: FieldKeyword | null | undefined;
  /** The paragraph head the line opens with: undefined until asked ({@link headOf}), null when none. */
  head: ParagraphHead | null | undefined;
  /** Whether the line is a page marker: undefined until asked (`isPageMarker`). */
  marker: boolean | undefined;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;

// The line breaks other than the line feed: carriage return, and Unicode's next line, line separator and
// paragraph separator (the mandatory breaks of UAX #14, which conversions of archive pages leave in the text).
const OTHER_BREAKS = /[\r\u0085\u2028\u2029]/;
// Either of the two: most texts have neither. The characters below U+0020 are scanned for by one class of two ranges,
// the four others by the native search for one character: a class of them all scans at about half the speed.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among what this pattern finds
const LOW_CONTROL_OR_CR = /[\u0000-\u0008\r-\u001f]/;
const controlOrBreak = (text: string) =>
  LOW_CONTROL_OR_CR.test(text) ||
  text.includes('\u007f') ||
  text.includes('\u0085') ||
  text.includes('\u2028') ||
  text.includes('\u2029');
const isBreak = (code: number) => code === 10 || code === 13 || code === 0x85 || code === 0x2028 || code === 0x2029;

/**
 * Splits `text` into trimmed non-blank lines; a line ends at `\n`, `\r\n`, a lone `\r`, or Unicode's NEL,
 * LINE SEPARATOR or PARAGRAPH SEPARATOR.
 */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  // Control characters are looked for line by line only in a text that has some; line ends without
  // other breaks than line feeds are found by the native search.
  const either = controlOrBreak(text);
  const hasControl = either && CONTROL.test(text);
  const lineFeedsOnly = !either || !OTHER_BREAKS.test(text);
  const n = text.length;
  let blank = false;
  for (let start = 0; start <= n; ) {
    let end = lineFeedsOnly ? text.indexOf('\n', start) : start;
    if (end < 0) end = n;
    if (!lineFeedsOnly) {
      while (end < n && !isBreak(text.charCodeAt(end))) end++;
    }
    const from = trimStart(text, start, end);
    const to = trimEnd(text, from, end);
    if (to > from) {
      lines.push(lineOf(text, from, to, blank, false, hasControl));
      blank = false;
    } else if (lines.length > 0) blank = true;
    if (end >= n) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return lines;
}

function lineOf(
  text: string,
  start: number,
  end: number,
  blankBefore: boolean,
  cut: boolean,
  maybeControl: boolean,
): Line {
  const value = text.slice(start, end);
  const control = maybeControl && CONTROL.test(value);
  return { start, end, value, blankBefore, cut, control, keyword: undefined, head: undefined, marker: undefined };
}

/**
 * The rest of `line` after its first `at` characters (white space before it skipped), a line of its own marked
 * `cut`: what a construct that read the start of a line leaves for the next (the driver reads it in the line's
 * slot), or null when only white space follows.
 */
export function restOfLine(text: string, line: Line, at: number): Line | null {
  const start = trimStart(text, line.start + at, line.end);
  return start < line.end ? lineOf(text, start, line.end, false, true, line.control) : null;
}

/** The paragraph head (number, portion mark) `line` opens with, or null; read once per line. */
export function headOf(line: Line): ParagraphHead | null {
  if (line.head === undefined) line.head = readParagraphHead(line.value);
  return line.head;
}

/** The field keyword `line` opens with, or null; read once per line. */
export function keywordOf(line: Line): FieldKeyword | null {
  if (line.keyword === undefined) line.keyword = readFieldKeyword(line.value);
  return line.keyword;
}

// A dashed heading glued to the end of a line that lost its line break before it (`... RADICALIZATION ------- Summary
// -------`): dashes, a title, dashes, at the end; the match opens on the character before the white space. The title's
// first letter is its first (`[^-A-Za-z]*[A-Za-z]`, not `[^-]*[A-Za-z]`: one way to read a title).
const INLINE_HEADING = /\S\s+-{3,}[^-A-Za-z]*[A-Za-z][^-]*-{3,}$/;

/** Where the white space before a dashed heading glued to the end of `value` starts, or -1. */
function inlineHeadingAt(value: string): number {
  const found = value.endsWith('---') ? INLINE_HEADING.exec(value) : null;
  return found ? found.index + 1 : -1;
}

/**
 * Cuts line `i` where a field keyword (or a dashed heading) starts inside it (a text that lost its line breaks), the
 * rest becoming
 * a line of its own after it; returns the index the line now stands at. Lines before `i` are never read
 * again: the line moves one slot back and its rest takes its slot, so that a text of a hundred thousand such
 * lines is cut in linear time (no splice per cut).
 */
export function cutAtInlineField(text: string, lines: Line[], i: number): number {
  const line = lines[i] as Line;
  const field = inlineFieldAt(line.value);
  const heading = inlineHeadingAt(line.value);
  const at = field < 0 ? heading : heading < 0 ? field : Math.min(field, heading);
  if (at < 0) return i;
  const cutEnd = trimEnd(text, line.start, line.start + at);
  const restStart = trimStart(text, line.start + at, line.end);
  if (cutEnd <= line.start || restStart >= line.end) return i;
  // A keyword repeated (`Classified By: CLASSIFIED BY ...`) opens no field of its own.
  const head = text.slice(line.start, cutEnd);
  const keyword = readFieldKeyword(head);
  if (!/[A-Za-z]/.test(keyword ? head.slice(keyword.end) : head)) return i;
  const shortened = lineOf(text, line.start, cutEnd, line.blankBefore, line.cut, line.control);
  const rest = lineOf(text, restStart, line.end, false, true, line.control);
  if (i === 0) {
    lines.splice(0, 1, shortened, rest);
    return 0;
  }
  lines[i - 1] = shortened;
  lines[i] = rest;
  return i - 1;
}
