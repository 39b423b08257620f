/**
 * A body paragraph: its number (as written and as meant), its portion mark and its lines, page markers that
 * fall inside it included. Every text line that nothing else reads is paragraph text: the paragraph is the
 * last construct of the table (in a routing header, where prose cannot stand, only a numbered line is one).
 *
 * ```
 * 1. According to the Statistics Committee ...
 * ¶10. The pilot phase of the Central Asian ...
 * 2. (SBU) Under the direction of ...
 * (S) In a meeting on ...                      unnumbered, with a portion mark
 * └┬┘└─┬┘
 * number (¶ optional)  portion mark
 * the drug trade.  ASTANA 00000358 002 OF 002  a page marker mid-sentence stays in the paragraph
 * ```
 * Conversions mangle `¶6.` into `16.`: after paragraph 5, `16.` is read as 6 (CG401).
 */
import type { Paragraph, PageMarker, Text, WrittenNumber } from '../ast.js';
import { inlineClassifiedBy } from './classified-by.js';
import { ANY_ZONE, type Construct, type Reading } from './construct.js';
import { opensConstruct } from './field.js';
import type { ParagraphHead } from './lexemes.js';
import { cutAtInlineField, headOf, keywordOf, type Line } from './lines.js';
import { inlineFieldAt } from '../tables/keywords.js';
import { inlinePageMarkers, isPageMarker, pageMarker } from './page-marker.js';
import { collapse, trimEnd, trimStart } from './shared.js';
import { MONTH_NAMES } from '../tables/calendar.js';

/**
 * The number a paragraph means, given the one before it: as written, unless it is `1` + the expected number
 * (a pilcrow mangled into `1`: `16.` after 5 means 6).
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

/** The paragraph's number as written and meant; CG401 for a mangled pilcrow, CG402 for a break in the sequence. */
function numberOf(reading: Reading, line: Line, head: ParagraphHead): WrittenNumber | null {
  if (!head.digits || head.written === null) return null;
  const previous = reading.state.paragraphNumber;
  const meant = meantNumber(head.digits, previous);
  const numberEnd = line.start + line.value.indexOf(head.digits) + head.digits.length + 1;
  if (meant.mangled) {
    const message = `Paragraph number \`${head.written}\` read as ${meant.number}: the \`1\` is a mangled pilcrow`;
    reading.report('CG401', line.start, numberEnd, message, { expected: String(meant.number), actual: head.written });
  } else if (previous !== null && meant.number !== previous + 1) {
    const message = `Expected paragraph ${previous + 1} after paragraph ${previous}, found \`${head.written}\``;
    reading.report('CG402', line.start, numberEnd, message, { expected: String(previous + 1), actual: head.written });
  }
  reading.state.paragraphNumber = meant.number;
  return { written: head.written, meant: meant.number };
}

// Terminal punctuation: a paragraph line ending in it is a finished sentence.
const SENTENCE_END = /[.:;?!"')\]]$/;

/** True when the page marker at line `i` falls inside the paragraph: the text after it continues the sentence. */
function markerContinues(reading: Reading, i: number, lastText: string): boolean {
  const next = reading.lines[i + 1];
  if (!next || next.control || opensConstruct(reading, next) || headOf(next)) return false;
  return /^[a-z]/.test(next.value) || !SENTENCE_END.test(lastText);
}

// A month's name ending a line, no punctuation after it: the date goes on on the next line.
const MONTH_LAST = new RegExp(`\\b(?:${MONTH_NAMES.join('|')})$`, 'i');

/**
 * True when `line` opens with a pilcrow an archive made of the digits that opened it, and they are the day or year
 * of the month that ends the line before (`... withdrawn on Friday, December` / `¶17.`, `since August` / `¶2008`):
 * no paragraph's number (that would be the one after the last), but the date's, and the paragraph goes on.
 */
function continuesDate(reading: Reading, line: Line, lastText: string): boolean {
  const head = headOf(line);
  if (!head?.written?.startsWith('¶') || head.marking !== null || !MONTH_LAST.test(lastText)) return false;
  const n = Number(head.digits);
  if (n === (reading.state.paragraphNumber ?? 0) + 1) return false;
  return (n >= 1 && n <= 31) || (n >= 1900 && n <= 2099);
}

/**
 * True when line `i` goes on with the paragraph: not a head of its own, nothing interrupts it, and no blank
 * line before it unless it goes on in lower case (or after a page marker, unless it is a line of capitals).
 */
function continues(reading: Reading, line: Line, afterMarker: boolean): boolean {
  // The rest of a cut line opens a construct of its own (a field, a heading).
  if (line.control || line.cut || headOf(line) || reading.interrupted(line)) return false;
  if (!line.blankBefore || /^[a-z]/.test(line.value)) return true;
  return afterMarker && !/^[A-Z0-9 ]+$/.test(line.value);
}

/**
 * Appends a paragraph line's text from `from` on, cut around the page markers an archive glued inside it, each a
 * child of its own (the text either side stays the paragraph's):
 *
 * ```
 * ... mechanism for proliferation BEIJING 00002305 002 OF 003 regulations and export controls ...
 *                                 └──────────── pageMarker ─┘
 * ```
 */
function pushLine(reading: Reading, children: Array<Text | PageMarker>, line: Line, from: number): void {
  let start = from;
  // A glued marker holds an 8-digit serial: most lines have none, and are not looked into.
  for (const span of line.value.length > 24 ? inlinePageMarkers(line.value) : []) {
    const markerStart = line.start + span.start;
    const markerEnd = line.start + span.end;
    if (markerStart < start || (markerStart === line.start && markerEnd === line.end)) continue;
    const part: Line = {
      ...line,
      start: markerStart,
      end: markerEnd,
      value: reading.text.slice(markerStart, markerEnd),
    };
    const marker = pageMarker.node(reading, part) as PageMarker | null;
    // (A page header of the message system, `00000231 P CO 04-MAR-08`, is no marker of either style: left as text.)
    if (!marker) continue;
    const textEnd = trimEnd(reading.text, start, markerStart);
    if (textEnd > start) children.push(reading.textNode(start, textEnd));
    reading.keep(marker, part);
    children.push(marker);
    start = trimStart(reading.text, markerEnd, line.end);
  }
  if (start < line.end) children.push(reading.textNode(start, line.end));
}

/** The children of the paragraph opening at line `i`, its text from `textStart`, and the index after its last line. */
function bodyOf(
  reading: Reading,
  i: number,
  textStart: number,
): { children: Array<Text | PageMarker>; next: number; end: number } {
  const { lines } = reading;
  const first = lines[i] as Line;
  const children: Array<Text | PageMarker> = [];
  if (textStart < first.end) pushLine(reading, children, first, textStart);
  let end = children.length > 0 ? first.end : trimEnd(reading.text, first.start, textStart);
  let next = i + 1;
  for (; next < lines.length; next++) {
    // Before the body, a line that lost its line breaks is cut where a field starts in it, as the driver cuts
    // a line it reads (`... PASS TO USFWS E.O. 12958: N/A TAGS: ...`): the field ends the paragraph.
    if (!reading.state.seenBody) next = cutAtInlineField(reading.text, lines, next);
    const line = lines[next] as Line;
    // Most lines of a paragraph open with a letter that starts no construct: taken at once.
    if (!line.blankBefore && !line.control && /^[a-z"'$%&,;]/.test(line.value)) {
      pushLine(reading, children, line, line.start);
      end = line.end;
      continue;
    }
    if (isPageMarker(line) && !headOf(line)) {
      const last = children.at(-1);
      if (!markerContinues(reading, next, last?.type === 'text' ? last.value : '')) break;
      const marker = pageMarker.node(reading, line) as PageMarker;
      reading.keep(marker, line);
      children.push(marker);
      end = line.end;
      continue;
    }
    const last = children.at(-1);
    const dateGoesOn = continuesDate(reading, line, last?.type === 'text' ? last.value : '');
    if (!dateGoesOn && !continues(reading, line, last?.type === 'pageMarker')) break;
    pushLine(reading, children, line, line.start);
    end = line.end;
  }
  return { children, next, end };
}

// How far an unnumbered line before the body looks for the opening's fields after it.
const FIELDS_AHEAD = 8;

/**
 * True when an unnumbered paragraph begins the body (a numbered or marked one always does): it does unless a field
 * of the opening (E.O., TAGS, SUBJECT, REF, `Classified By`) follows it before a numbered paragraph, within
 * {@link FIELDS_AHEAD} lines: then it is a note of the opening (`C O R R E C T E D C O P Y`, a passing line
 * that lost its shape), and the field lines after it are still read, and cut, as the opening's.
 */
function beginsBody(reading: Reading, next: number): boolean {
  const { lines } = reading;
  for (let j = next; j < lines.length && j < next + FIELDS_AHEAD; j++) {
    const line = lines[j] as Line;
    if (headOf(line)?.written != null) return true;
    if (keywordOf(line) !== null || inlineFieldAt(line.value) >= 0) return false;
  }
  return true;
}

/** A paragraph: a numbered or marked head, or any text line, and the lines that go on with it. */
export const paragraph: Construct<Paragraph> = {
  name: 'paragraph',
  zones: ANY_ZONE,
  zoneAfter: 'text',
  // In a routing header only a numbered line is a paragraph (the text began without a classification line).
  starts: (line, state) => state.zone !== 'routing' || headOf(line)?.written != null,
  // A numbered head ends what stands open (a marked one only ends a paragraph: `(A) STATE 1234` goes on with a REF
  // list).
  interrupts: (line) => headOf(line)?.written != null,
  read(reading, i) {
    const line = reading.lines[i] as Line;
    const head = headOf(line);
    const number = head ? numberOf(reading, line, head) : null;
    const textStart = line.start + (head?.text ?? 0);
    const { state } = reading;
    // A numbered or marked paragraph begins the body before its lines are read (its prose is not cut at fields).
    if (head?.written != null || head?.marking) state.seenBody = true;
    const { children, next, end } = bodyOf(reading, i, textStart);
    const inline = !state.classifiedBy && state.paragraphs < 3 ? inlineClassifiedBy(reading, children) : null;
    if (!state.seenBody) state.seenBody = beginsBody(reading, next);
    state.paragraphs++;
    const node: Paragraph = {
      type: 'paragraph',
      position: reading.position(line.start, end),
      number,
      marking: head?.marking ?? null,
      children: inline ?? children,
    };
    reading.keep(node, { start: line.start, end: trimEnd(reading.text, line.start, textStart) });
    return { node, next };
  },
};

/** A paragraph's text: its lines joined, white space collapsed, page markers (and a `Classified By`) left out. */
export function paragraphText(node: Paragraph): string {
  const lines: string[] = [];
  for (const child of node.children) if (child.type === 'text') lines.push(child.value);
  return collapse(lines.join(' '));
}
