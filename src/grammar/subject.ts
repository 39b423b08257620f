/**
 * SUBJECT (or SUBJ): the cable's title, maybe wrapped over several lines, maybe opened by a portion mark.
 *
 * ```
 * SUBJECT: KAZAKHSTAN: DRUG AND CRIME REPORT FOR 2007
 * SUBJECT: (C) GERMANY TAKING ACTION ON SHIPMENT OF
 *      WEAPONS                                        wrapped: an all-capitals subject goes on in capitals
 * SUBJ: TERRORIST KILL FOUR POLICEMEN IN ANTALYA
 * └──┬──┘  └┬┘ └──────────┬────────────┘
 * keyword  portion mark   text (lines joined; one `text` child per line)
 * ```
 */
import { decodeHTMLStrict } from 'entities';
import type { Subject, Text } from '../ast.js';
import { ANY_ZONE, type Construct, type Reading } from './construct.js';
import { fieldEnd, keywordFor, opensConstruct, opensWithColon, reportFuzzyKeyword } from './field.js';
import { PORTION_MARK } from './lexemes.js';
import type { Line } from './lines.js';
import { inlinePageMarkers } from './page-marker.js';
import { collapse, trimEnd, trimStart } from './shared.js';

// What may stand between the keyword and the text: a colon or period, then a portion mark.
const SEPARATOR = /^(?![A-Za-z])\s*[:.]?\s*/;
const MARK = new RegExp(`^${PORTION_MARK.source}\\s*`);

/** The index of the subject's last line: wrapped lines, or the next line when the keyword stands alone. */
function lastLine(reading: Reading, i: number): number {
  const line = reading.lines[i] as Line;
  const upper = !/[a-z]/.test(line.value);
  // A subject in capitals goes on over lines in capitals; a mixed-case one over any line.
  const last = fieldEnd(reading, i, (next) => !upper || !/[a-z]/.test(next.value), 4);
  const next = reading.lines[i + 1];
  // `SUBJECT:` alone on its line: its text is the next line, when that opens nothing else.
  if (last === i && /^\S+\s*:?$/.test(line.value) && next && !next.control && !opensConstruct(reading, next))
    return i + 1;
  return last;
}

/**
 * The text children of the subject: the part of each of its lines from offset `from` on, cut around a page marker
 * or page header glued inside (`... DIFFICULTIES LONDON 00002525 001.2 OF 002`), which is no part of the title, and
 * without a line's escaping backslash.
 */
function textsOf(reading: Reading, from: number, i: number, last: number): Text[] {
  const texts: Text[] = [];
  const push = (start: number, end: number) => {
    const s = trimStart(reading.text, start, end);
    const e = withoutEscape(reading.text, s, trimEnd(reading.text, s, end));
    if (e > s) texts.push({ type: 'text', position: reading.position(s, e), value: reading.text.slice(s, e) });
  };
  for (let k = i; k <= last; k++) {
    const line = reading.lines[k] as Line;
    let start = Math.max(from, line.start);
    for (const marker of inlinePageMarkers(line.value)) {
      if (line.start + marker.start < start) continue;
      push(start, line.start + marker.start);
      start = line.start + marker.end;
    }
    push(start, line.end);
  }
  return texts;
}

/**
 * The end of a subject line's text before a backslash that ends it after white space (`... REPORT \\`): the escape
 * of a line break that a copy of a database dump kept, no part of the title (the node still covers it).
 */
function withoutEscape(text: string, from: number, to: number): number {
  if (to - 1 <= from || text.charCodeAt(to - 1) !== 92 || !/\s/.test(text.charAt(to - 2))) return to;
  return trimEnd(text, from, to - 1);
}

/** The subject's text: lines joined, white space collapsed, HTML entities a conversion left undone (`&#8217;`). */
function textOf(children: Text[]): string {
  const text = collapse(children.map((child) => child.value).join(' '));
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}

/** SUBJECT: the keyword, an optional portion mark and the text; CG303 when no text follows. */
export const subject: Construct<Subject> = {
  name: 'subject',
  zones: ANY_ZONE,
  first: /[A-Za-z]/,
  zoneAfter: 'text',
  starts: (line) => keywordFor(line, 'subject') !== null,
  interrupts: (line) => opensWithColon(line, 'subject'),
  read(reading, i) {
    const line = reading.lines[i] as Line;
    const keyword = keywordFor(line, 'subject');
    if (!keyword) return null;
    reportFuzzyKeyword(reading, line, keyword);
    const last = lastLine(reading, i);
    const end = (reading.lines[last] as Line).end;
    // The separator and the portion mark may stand on the next line when the keyword stands alone.
    const after = reading.text.slice(line.start + keyword.end, end);
    let from = line.start + keyword.end + (SEPARATOR.exec(after)?.[0].length ?? 0);
    const mark = MARK.exec(reading.text.slice(from, end));
    if (mark) from += mark[0].length;
    const children = textsOf(reading, from, i, last);
    const text = textOf(children);
    if (!text)
      reading.report('CG303', line.start, end, `Expected a subject after \`${keyword.written}\`, found none`, {
        expected: 'subject text',
      });
    const position = reading.position(line.start, end);
    const node: Subject = {
      type: 'subject',
      position,
      keyword: keyword.written,
      portionMark: mark?.[1] ?? null,
      text,
      children,
    };
    return { node, next: last + 1 };
  },
};
