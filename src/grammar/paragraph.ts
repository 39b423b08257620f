/**
 * The start of a body paragraph: its number (as written and as meant) and portion mark. The
 * paragraph's lines, page markers inside it included, are gathered by the cable rule.
 *
 * ```
 * 1. According to the Statistics Committee ...
 * ¶10. The pilot phase of the Central Asian ...
 * 2. (SBU) Under the direction of ...
 * (S) In a meeting on ...                      unnumbered, with a portion mark
 * └┬┘└─┬┘
 * number (¶ optional)  portion mark
 * ```
 * Conversions mangle `¶6.` into `16.`: after paragraph 5, `16.` is read as 6 (CG401).
 */
import P from 'parsimmon';
import type { WrittenNumber } from '../ast.js';
import { offset, runPrefix } from './shared.js';

/** What the first line of a paragraph says before its text. */
export interface ParagraphHead {
  /** The number as written, with a pilcrow if there is one (`¶10`), or null. */
  written: string | null;
  /** The number's digits. */
  digits: string | null;
  /** The portion mark without parentheses (`C`, `SBU`, `S/NF`), or null. */
  marking: string | null;
  /** Offset (relative to the line) where the paragraph's text starts. */
  text: number;
}

const number = P.regexp(/(¶ ?)?(\d{1,3})\.(?=[\s(\u00a0]|$)/).desc('a paragraph number like `1.` or `¶10.`');
const marking = P.regexp(/\(([A-Z]{1,4}(?:\/\/?[A-Z]{1,6})?)\)/, 1).desc('a portion mark like `(C)`');
const gap = P.regexp(/[ \t\u00a0]*/);

/** Reads a paragraph number and/or portion mark, and where the text starts. */
export const paragraphHeadRule: P.Parser<ParagraphHead> = P.alt(
  P.seqMap(number, gap, P.seq(marking, gap).atMost(1), offset, (written, _g, mark, text) => {
    const digits = /\d+/.exec(written)?.[0] ?? null;
    return { written: written.replace(/\.$/, '').replace(' ', ''), digits, marking: mark[0]?.[0] ?? null, text };
  }),
  P.seqMap(marking, gap, offset, (mark, _g, text) => ({ written: null, digits: null, marking: mark, text })),
);

/** The head of a trimmed line that opens a paragraph, or null (the text must follow the head). */
export function readParagraphHead(line: string): ParagraphHead | null {
  const first = line.charCodeAt(0);
  // A head opens with a digit, `¶` or `(`: other lines are not tried.
  if (!((first >= 48 && first <= 57) || first === 0xb6 || first === 40)) return null;
  return runPrefix(paragraphHeadRule, line);
}

/**
 * The number a paragraph means, given the one before it: as written, unless it is `1` + the
 * expected number (a pilcrow mangled into `1`: `16.` after 5 means 6).
 */
export function meantNumber(
  digits: string,
  previous: number | null,
): { number: WrittenNumber['meant']; mangled: boolean } {
  const written = Number(digits);
  const expected = (previous ?? 0) + 1;
  if (written !== expected && digits.length >= 2 && digits.startsWith('1') && Number(digits.slice(1)) === expected) {
    return { number: expected, mangled: true };
  }
  return { number: written, mangled: false };
}
