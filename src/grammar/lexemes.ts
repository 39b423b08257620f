/**
 * The lexemes several line rules share, each written once as a parsimmon parser with a `.desc()` label that
 * a diagnostic can quote as what was expected: a routing indicator, a precedence prosign, a date-time group,
 * a portion mark, a classification level, an origin and its serial.
 *
 * ```
 * R 210951Z FEB 08                      prosign, DTG
 * DE RUEHTA #0358/01 0520951            routing indicator (the station)
 * UNCLAS SECTION 01 OF 02 ASTANA 000358 classification level, origin and serial
 * 2. (SBU) Under the direction of ...   portion mark
 * ```
 */
import P from 'parsimmon';
import { LEVEL_PATTERN } from '../tables/classification.js';
import { dtgPattern } from '../tables/dtg.js';
import { runPrefix } from './shared.js';

/** A routing indicator: `R` (or another station letter) and 3-6 more capitals, as format line 2 lists them. */
export const routingIndicator: P.Parser<string> = P.regexp(/R[A-Z]{3,6}(?![A-Z0-9])/).desc(
  'a routing indicator like `RUEHAST`',
);

/** A station's routing indicator as format line 3 names it: 4-7 capitals. */
export const station: P.Parser<string> = P.regexp(/[A-Z]{4,7}/).desc('a station like `RUEHTA`');

/** A precedence prosign pair of format line 2 (`RR`, `PP`, `OO`, `ZZ`, `PR`...), and the spaces after it. */
export const prosignPair: P.Parser<string> = P.regexp(/([ZOPR]{2}) +/, 1).desc('a prosign pair like `RR`');

/** The precedence prosign of format line 5, one letter or two (`O`, `R R`), and the spaces after it. */
export const prosign: P.Parser<string> = P.regexp(/([ZOPR](?: ?[ZOPR])?) +/, 1).desc('a precedence prosign like `R`');

/**
 * The date-time group: day, hour and minute, `Z`, the month's abbreviation and the year (two digits; four in
 * some systems); a space may stand before the `Z` (`301956 Z MAY 75` in copies that spaced it out). Any three
 * capitals (or a capital and two letters: `Jun`, as partial-extract pages write it) are read as the month, so that
 * a damaged one is reported (CG101) rather than the line lost. The shape is src/tables/dtg.ts's.
 */
export const DTG: RegExp = new RegExp(`${dtgPattern({ month: '[A-Z][A-Za-z]{2}' })}(?![0-9])`);

/** A date-time group like `210951Z FEB 08`, as written. */
export const dateTimeGroup: P.Parser<string> = P.regexp(DTG).desc('a DTG like `210951Z FEB 08`');

/** A portion mark, without its parentheses: `(C)`, `(SBU)`, `(S/NF)`, `(S//NF)`. */
export const PORTION_MARK = /\(([A-Z]{1,4}(?:\/\/?[A-Z]{1,6})?)\)/;

/** A portion mark like `(C)`: the mark without its parentheses. */
export const portionMark: P.Parser<string> = P.regexp(PORTION_MARK, 1).desc('a portion mark like `(C)`');

/** A classification level as written, letters maybe spaced out, in any case (archives that lowered the text). */
export const classificationLevel: P.Parser<string> = P.regexp(new RegExp(LEVEL_PATTERN, 'i')).desc(
  'a classification level like `UNCLAS` or `C O N F I D E N T I A L`',
);

/**
 * An origin (one to four words) and its serial, as classification lines and REF entries write them
 * (`ASTANA 000358`, `PORT AU PRINCE 001234`).
 */
export const originAndSerial: P.Parser<{ origin: string; serial: string }> = P.regexp(
  /([A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,3}) +(\d{4,6})(?![0-9])/i,
)
  .desc('an origin and serial like `ASTANA 000358`')
  .map((written) => {
    const [, origin = '', serial = ''] = /^(.*\S) +(\d+)$/.exec(written) ?? [];
    return { origin, serial };
  });

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

// A paragraph number (`1.`, `¶10.`, `¶ 3.`; a decimal like `1.5` is none; glued to a capitalized word, `1.Key
// Points`, as a text that lost a space writes it) and/or a portion mark, then the gap before the text: one pattern,
// so that a line that opens with a digit and is no head fails at once.
const MARK = PORTION_MARK.source;
const GAP = '[ \\t\\u00a0]*';
const PARAGRAPH_HEAD = new RegExp(
  `(?:(?<pilcrow>¶ ?)?(?<digits>\\d{1,3})\\.(?=[\\s(\\u00a0]|$|[A-Z][A-Za-z])${GAP}(?:${MARK}${GAP})?|${MARK}${GAP})`,
);

/** A paragraph number and/or portion mark, and where the text starts (`2. (SBU) Under ...`, `(S) In a meeting`). */
export const paragraphHeadRule: P.Parser<ParagraphHead> = P.regexp(PARAGRAPH_HEAD)
  .desc('a paragraph number like `1.` or `¶10.`, or a portion mark like `(C)`')
  .map((written) => {
    const groups = PARAGRAPH_HEAD.exec(written) as RegExpExecArray;
    const digits = groups.groups?.digits ?? null;
    const number = digits === null ? null : `${groups.groups?.pilcrow ? '¶' : ''}${digits}`;
    return { written: number, digits, marking: groups[3] ?? groups[4] ?? null, text: written.length };
  });

/** The head of a trimmed line that opens a paragraph, or null. */
export function readParagraphHead(line: string): ParagraphHead | null {
  const first = line.charCodeAt(0);
  // A head opens with a digit, `¶` or `(`: other lines are not tried.
  if (!((first >= 48 && first <= 57) || first === 0xb6 || first === 40)) return null;
  return runPrefix(paragraphHeadRule, line);
}
