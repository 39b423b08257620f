/**
 * REF: the referenced cables (and emails, memos, reports), lettered or not, maybe over several
 * lines. Cable references become canonical ids; a missing year is the cable's own (from its DTG,
 * or `options.date`).
 *
 * ```
 * REF: A. STATE 12345 B. 07ASTANA 1234 C. 07 ASTANA 1298
 * REF: A) MADRID 5426, B) MADRID 5425
 * REFS: (A) BRASILIA 1839, (B) BRASILIA 1608
 * REF: SECSTATE 232089 & USUN 2336
 * └┬─┘ └┬┘└──┬──┘
 * keyword label  reference (year? origin serial), or any other text
 * ```
 */
import type { PageMarker, Reference, ReferenceKind, References } from '../ast.js';
import { cableIdOf, knownOrigin } from '../canonical-id.js';
import { inlineKeyword } from './classified-by.js';
import { ANY_ZONE, type Construct, type Reading } from './construct.js';
import { fieldEnd, keywordFor, opensWithColon, reportFuzzyKeyword } from './field.js';
import { keywordOf, type Line, restOfLine } from './lines.js';
import { isPageMarker, pageMarker } from './page-marker.js';
import { anyOf, regexpOf, trimEnd, trimStart } from './shared.js';

const isUpper = (c: number) => c >= 65 && c <= 90;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The labels opening entries: `A.`, `A)`, `(A)`, `[A]`, `¶B.`, `(1)`, at the start or after white
 * space, `;` or `,` (`(99)` is a year, not a label; `U.S.` is no label). The entry may follow
 * without a space: `(A)STATE 071143`, `D.01 BRASILIA`. Labels run in order from `previousLabel` (the last one
 * before this text, or null). A scan by hand: a REF line of a hundred
 * thousand labels must not cost a match object each.
 */
function labelsOf(
  text: string,
  from: number,
  previousLabel: string | null,
): Array<{ at: number; after: number; label: string }> {
  const labels: Array<{ at: number; after: number; label: string }> = [];
  for (let i = from; i < text.length; i++) {
    const before = i === from ? 32 : text.charCodeAt(i - 1);
    if (!(before === 32 || before === 9 || before === 10 || before === 13 || before === 59 || before === 44)) continue;
    let at = i;
    if (text.charCodeAt(at) === 0xb6) at++; // ¶
    const c0 = text.charCodeAt(at);
    const c1 = text.charCodeAt(at + 1);
    const c2 = text.charCodeAt(at + 2);
    let length = 0;
    if (c0 === 40 && (isUpper(c1) || isDigit(c1)) && c2 === 41)
      length = 3; // (A) (1)
    else if (c0 === 91 && isUpper(c1) && c2 === 93)
      length = 3; // [A]
    // A. A) (but not the `U.S.` of a name)
    else if (isUpper(c0) && (c1 === 46 || c1 === 41) && !(isUpper(c2) && text.charCodeAt(at + 3) === 46)) length = 2;
    if (!length) continue;
    const label = text.charAt(c0 === 40 || c0 === 91 ? at + 1 : at);
    // Labels run in order: after `A` comes `B` (or `C`, one skipped); `J. ROE` after `A.` is an initial.
    const previous = labels.at(-1)?.label ?? previousLabel;
    if (previous !== null && !follows(previous, label)) continue;
    labels.push({ at: i, after: at + length, label });
    i = at + length - 1;
  }
  return labels;
}

/**
 * True when label `next` may follow label `previous`: the next letter or digit, the one after it, or itself again
 * (`A. A.`).
 */
function follows(previous: string, next: string): boolean {
  // A number after letters (`1)` after `D.`) is a paragraph's the list ran into: read as a label, as before.
  if (/\d/.test(previous) !== /\d/.test(next)) return true;
  const step = next.charCodeAt(0) - previous.charCodeAt(0);
  return step >= 0 && step <= 2;
}
// A line that goes on with a REF list even after a blank line: it opens with a label (`¶B.`, `(C)`, `[D]`), a
// year or a serial, or names a post and a serial in a few words.
const REFERENCE_LINE = regexpOf([
  '^',
  anyOf([
    /¶?\(?[A-Z][.)\]]|\[[A-Z]\]|\(\d\)/, // a label: `¶B.`, `A)`, `[D]`, `(1)`
    /\d{2,4} ?[A-Z][A-Za-z]+(?: [A-Za-z]+){0,3} \d/, // a year, a post and a serial: `07 ASTANA 1234`
    /\d{1,7}\b/, // a serial alone
    /[A-Z]{3,}(?: [A-Z]+){0,3} \d{1,7}\b/, // a post and a serial: `SAN JOSE 959`
  ]),
]);
// A cable reference: an optional year (`07`, `2007`, `(99)`), origin words in any case (a known post
// among them decides), maybe a colon, the serial; the serial ends the token (`R162245Z` is a DTG).
const CABLE = regexpOf(
  [
    /(?<![A-Za-z0-9])(?:(?<year>\d{4}|\d{2})\s*|\((?<pyear>\d{2})\)\s*)?/,
    // Words of at most 40 characters: a start after each `-` or `'` of a long run (`-A-A-A...`) would walk the rest
    // of the run again, the square of its length; no post's name has a word that long.
    /(?<origin>[A-Za-z][A-Za-z'-]{0,39}(?:[ \t]+[A-Za-z][A-Za-z'-]{0,39}){0,3})/,
    // A dash before the serial is a spacing artefact of the PlusD copies (`STATE -123456`).
    /[\s:]*(?:-[ \t]*)?(?<serial>\d{1,7})(?![0-9/A-Za-z])/,
    // The year in parentheses after the serial (`LIMA 567 (99)`, `ASTANA 1234 (2006)`).
    /(?:[ \t]*\((?<ayear>(?:19|20)?\d{2})\))?/,
  ],
  'g',
);

/** The kind of a non-cable entry from its words. */
function kindOf(text: string): ReferenceKind | null {
  if (/E-?MAILS?\b|EMAILS?\b/i.test(text)) return 'email';
  if (/\bMEMO(?:RANDUM|S)?\b/i.test(text)) return 'memo';
  if (/\bREPORTS?\b|\bIIR\b/i.test(text)) return 'report';
  return null;
}

/** The known post among the trailing words of `origin` (`AND LONDON` → `LONDON`), or null. */
function postOf(origin: string): string | null {
  const words = origin.split(/[ \t]+/);
  for (let i = 0; i < words.length; i++) {
    const written = words.slice(i).join(' ');
    if (knownOrigin(written)) return written;
  }
  return null;
}

/** One reference found inside an entry: its span and id parts. */
interface CableMention {
  start: number;
  end: number;
  year: string | null;
  origin: string;
  serial: string;
}

/** The cable references inside `text` (from offset `base`), with known posts only. */
export function cableMentions(text: string, base: number): CableMention[] {
  const found: CableMention[] = [];
  const pattern = CABLE;
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) {
    const groups = match.groups as { year?: string; pyear?: string; ayear?: string; origin: string; serial: string };
    const origin = postOf(groups.origin);
    if (!origin) {
      // Not a reference here (`C 05` in `C 05 OTTAWA 2970`): look again one character on.
      pattern.lastIndex = match.index + 1;
      continue;
    }
    const year = groups.year ?? groups.pyear ?? groups.ayear ?? null;
    const start = base + match.index + (year && origin === groups.origin ? 0 : match[0].indexOf(origin));
    found.push({ start, end: base + match.index + match[0].length, year, origin, serial: groups.serial });
  }
  return found;
}

/** An entry of the list: its label and span (offsets into the list's text). */
interface EntrySpan {
  label: string | null;
  start: number;
  end: number;
}

/**
 * The entries of a REF list's text from `listStart`: between labels, and cut at semicolons (`SECDEF 122723;
 * CAIRO IIR 6 899 0149 10; 2009 CAIRO 2394`), the label on the first piece; each trimmed of white space and a
 * closing comma or semicolon; an entry of white space alone (`A. B. C.` with nothing after the labels) is none.
 */
function entrySpans(text: string, listStart: number, previousLabel: string | null): EntrySpan[] {
  const labels = labelsOf(text, listStart, previousLabel);
  const semicolons: number[] = [];
  for (let at = text.indexOf(';', listStart); at >= 0; at = text.indexOf(';', at + 1)) semicolons.push(at);
  let next = 0;
  const entries: EntrySpan[] = [];
  const push = (label: string | null, from: number, to: number) => {
    const start = trimStart(text, from, to);
    let end = trimEnd(text, start, to);
    if (end > start && (text[end - 1] === ',' || text[end - 1] === ';')) end = trimEnd(text, start, end - 1);
    if (end > start) entries.push({ label, start, end });
  };
  const addEntry = (label: string | null, from: number, end: number) => {
    while (next < semicolons.length && (semicolons[next] as number) < from) next++;
    for (; next < semicolons.length && (semicolons[next] as number) < end; next++) {
      push(label, from, semicolons[next] as number);
      label = null;
      from = (semicolons[next] as number) + 1;
    }
    push(label, from, end);
  };
  addEntry(null, listStart, labels[0]?.at ?? text.length);
  for (let k = 0; k < labels.length; k++) {
    const label = labels[k] as (typeof labels)[number];
    addEntry(label.label, label.after, labels[k + 1]?.at ?? text.length);
  }
  return entries;
}

/** The reference nodes of one entry (starting at `base` in the grammar's text): one, or one per cable it names. */
function referencesOf(
  reading: Reading,
  entry: EntrySpan,
  body: string,
  base: number,
  year: string | null,
): Reference[] {
  const start = base + entry.start;
  const end = base + entry.end;
  const kind = kindOf(body);
  const mentions = kind ? [] : cableMentions(body, start);
  if (mentions.length <= 1) {
    const m = mentions[0];
    const id = m ? cableIdOf(m.year ?? year ?? '', m.origin, m.serial) : null;
    const text = body.replace(/\s+/g, ' ');
    return [
      {
        type: 'reference',
        position: reading.position(start, end),
        label: entry.label,
        text,
        kind: kind ?? (m ? 'cable' : 'other'),
        id,
      },
    ];
  }
  // Several cables in one entry (`SECSTATE 232089 & USUN 2336`): one reference each, the label on the first.
  return mentions.map((m, k) => {
    const from = k === 0 ? start : m.start;
    const to = k === mentions.length - 1 ? end : m.end;
    return {
      type: 'reference',
      position: reading.position(from, to),
      label: k === 0 ? entry.label : null,
      text: reading.text.slice(from, to).replace(/\s+/g, ' '),
      kind: 'cable',
      id: cableIdOf(m.year ?? year ?? '', m.origin, m.serial),
    };
  });
}

/** The references of the text from `start` to `end` (entries from `listStart` on), labels going on after `previous`. */
function listOf(reading: Reading, start: number, end: number, listStart: number, previous: string | null): Reference[] {
  const text = reading.text.slice(start, end);
  const found: Reference[] = [];
  for (const entry of entrySpans(text, listStart, previous))
    found.push(...referencesOf(reading, entry, text.slice(entry.start, entry.end), start, reading.state.year));
  return found;
}

const goesOn = (line: Line) => REFERENCE_LINE.test(line.value);
// A line that opens with a label: after a page marker, only such a line goes on with the list.
const LABEL_FIRST = /^¶?(?:\(?[A-Z][.)\]]|\[[A-Z]\]|\(\d\))/;

// A paragraph's start that a list ran into: a portion mark no list uses as a label (`(U)`, `(SBU)`, `(C/NF)`), or a
// number and any portion mark (`1) (C)`, `1. (S)`), then a sentence's first word (`Summary`, `Post`).
const PROSE_START =
  /(?:^|\s)(?:(?:¶?\d{1,2}[.)]\s*)\((?:[CSU]|SBU|TS)\)|\((?:U|SBU|TS|[CS]\/\/?NF)\))\s+[A-Z][a-z]{2,}/;

/** Where a part of a list ends: its last line, the offset after its text, and the index of the next line to read. */
interface ListEnd {
  last: number;
  end: number;
  next: number;
}

/**
 * The end of a list's part read from line `from` to `last`, before a paragraph or a `Classified By` it ran into: a
 * line that opens with one is left out; one that holds one after list text is cut there, its rest left in its slot
 * for the next construct (then `next` is that slot).
 */
function endOfList(reading: Reading, from: number, last: number): ListEnd {
  const { lines } = reading;
  for (let j = from; j <= last; j++) {
    const line = lines[j] as Line;
    const match = PROSE_START.exec(line.value);
    const prose = match ? match.index + (match[0].length - match[0].trimStart().length) : -1;
    // A `Classified By` glued after the last entry (`B. CAIRO 478 Classified By: ...`) ends the list as well.
    const statement = inlineKeyword(line.value)?.start ?? -1;
    const at = prose < 0 || (statement >= 0 && statement < prose) ? statement : prose;
    if (at < 0) continue;
    if (at === 0 && j > from) return { last: j - 1, end: (lines[j - 1] as Line).end, next: j };
    const rest = at > 0 ? restOfLine(reading.text, line, at) : null;
    if (!rest) continue;
    lines[j] = rest;
    return { last: j, end: trimEnd(reading.text, line.start, line.start + at), next: j };
  }
  return { last, end: (lines[last] as Line).end, next: last + 1 };
}

/** True when the label `line` opens with may follow the last label of the list from line `i` to the line before. */
function labelGoesOn(reading: Reading, i: number, line: Line): boolean {
  const text = reading.text.slice((reading.lines[i] as Line).start, line.start);
  const labels = labelsOf(text, 0, null);
  const previous = labels.at(-1)?.label ?? null;
  const next = labelsOf(line.value, 0, null)[0]?.label;
  return previous === null || next === undefined || follows(previous, next);
}

/**
 * The children of the list whose keyword line is `i` (its entries from `listStart`) and the index of its last
 * line: the lines that go on with it, and across a page marker (a child of the list) when the line after it opens
 * with a label (`ASTANA 00000358 002 OF 002` between `C.` and `D.`).
 */
function listAcrossPages(
  reading: Reading,
  i: number,
  listStart: number,
): { children: Array<Reference | PageMarker>; end: number; next: number } {
  const { lines } = reading;
  const children: Array<Reference | PageMarker> = [];
  // After a blank line, a label must go on with the list's (`(U) Post delivered ...` after `B.` is a paragraph's
  // portion mark).
  const acrossBlank = (next: Line) => goesOn(next) && (!LABEL_FIRST.test(next.value) || labelGoesOn(reading, i, next));
  // A part of the list from line `from`: its start taken before endOfList may cut its line (the rest in that slot).
  const partFrom = (from: number) => {
    const start = (lines[from] as Line).start;
    return {
      start,
      ...endOfList(
        reading,
        from,
        fieldEnd(reading, from, () => true, 8, acrossBlank),
      ),
    };
  };
  let part = partFrom(i);
  let previous: string | null = null;
  for (let first = true; ; first = false) {
    const found = listOf(reading, part.start, part.end, first ? listStart : 0, previous);
    for (const reference of found) if (reference.label !== null) previous = reference.label;
    children.push(...found);
    const marker = lines[part.last + 1];
    const after = lines[part.last + 2];
    if (part.next === part.last || !marker || !after || !isPageMarker(marker)) break;
    if (!LABEL_FIRST.test(after.value) || keywordOf(after)) break;
    const node = pageMarker.node(reading, marker) as PageMarker;
    reading.keep(node, marker);
    children.push(node);
    part = partFrom(part.last + 2);
  }
  return { children, end: part.end, next: part.next };
}

// What may stand between the keyword and the list.
const SEPARATOR = /^(?![A-Za-z])[ \t]*[:.]?/;

/**
 * REF: the keyword and its entries, over the lines after it (a lettered list goes on across a blank line). A
 * reference written without a year takes the cable's (its DTG's, or the caller's date); CG304 when none.
 */
export const references: Construct<References> = {
  name: 'references',
  zones: ANY_ZONE,
  first: /[A-Za-z]/,
  zoneAfter: 'text',
  starts: (line) => keywordFor(line, 'references') !== null,
  interrupts: (line) => opensWithColon(line, 'references'),
  read(reading, i) {
    const line = reading.lines[i] as Line;
    const keyword = keywordFor(line, 'references');
    if (!keyword) return null;
    const listStart = keyword.end + (SEPARATOR.exec(line.value.slice(keyword.end))?.[0].length ?? 0);
    const { children, end, next } = listAcrossPages(reading, i, listStart);
    // A short keyword read by its nearest spelling (`RES:`) needs a cable reference or a label after it.
    const evidence = children.some((child) => child.type === 'reference' && (child.kind === 'cable' || child.label));
    if (keyword.distance > 0 && keyword.written.length < 6 && !evidence) return null;
    reportFuzzyKeyword(reading, line, keyword);
    if (children.length === 0) {
      const message = `Expected references like \`A. STATE 12345\` after \`${keyword.written}\`, found none`;
      reading.report('CG304', line.start, end, message, { expected: 'references' });
    }
    return {
      node: { type: 'references', position: reading.position(line.start, end), keyword: keyword.written, children },
      next,
    };
  },
};
