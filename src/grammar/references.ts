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
import type { Reference, ReferenceKind, References } from '../ast.js';
import { cableIdOf, knownOrigin } from '../canonical-id.js';
import { ANY_ZONE, type Construct, type Reading } from './construct.js';
import { fieldEnd, keywordFor, opensWithColon, reportFuzzyKeyword } from './field.js';
import type { Line } from './lines.js';
import { anyOf, regexpOf, trimEnd, trimStart } from './shared.js';

const isUpper = (c: number) => c >= 65 && c <= 90;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The labels opening entries: `A.`, `A)`, `(A)`, `[A]`, `¶B.`, `(1)`, at the start or after white
 * space, `;` or `,` (`(99)` is a year, not a label; `U.S.` is no label). The entry may follow
 * without a space: `(A)STATE 071143`, `D.01 BRASILIA`. A scan by hand: a REF line of a hundred
 * thousand labels must not cost a match object each.
 */
function labelsOf(text: string, from: number): Array<{ at: number; after: number; label: string }> {
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
    labels.push({ at: i, after: at + length, label: text.charAt(c0 === 40 || c0 === 91 ? at + 1 : at) });
    i = at + length - 1;
  }
  return labels;
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
    /(?<origin>[A-Za-z][A-Za-z'-]*(?:[ \t]+[A-Za-z][A-Za-z'-]*){0,3})/,
    /[\s:]*(?<serial>\d{1,7})(?![0-9/A-Za-z])/,
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
    const groups = match.groups as { year?: string; pyear?: string; origin: string; serial: string };
    const origin = postOf(groups.origin);
    if (!origin) {
      // Not a reference here (`C 05` in `C 05 OTTAWA 2970`): look again one character on.
      pattern.lastIndex = match.index + 1;
      continue;
    }
    const year = groups.year ?? groups.pyear ?? null;
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
function entrySpans(text: string, listStart: number): EntrySpan[] {
  const labels = labelsOf(text, listStart);
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
    const last = fieldEnd(
      reading,
      i,
      () => true,
      8,
      (next) => REFERENCE_LINE.test(next.value),
    );
    const end = (reading.lines[last] as Line).end;
    const text = reading.text.slice(line.start, end);
    const listStart = keyword.end + (SEPARATOR.exec(text.slice(keyword.end))?.[0].length ?? 0);
    const children: Reference[] = [];
    for (const entry of entrySpans(text, listStart)) {
      const body = text.slice(entry.start, entry.end);
      children.push(...referencesOf(reading, entry, body, line.start, reading.state.year));
    }
    // A short keyword read by its nearest spelling (`RES:`) needs a cable reference or a label after it.
    const evidence = children.some((reference) => reference.kind === 'cable' || reference.label !== null);
    if (keyword.distance > 0 && keyword.written.length < 6 && !evidence) return null;
    reportFuzzyKeyword(reading, line, keyword);
    if (children.length === 0) {
      const message = `Expected references like \`A. STATE 12345\` after \`${keyword.written}\`, found none`;
      reading.report('CG304', line.start, end, message, { expected: 'references' });
    }
    return {
      node: { type: 'references', position: reading.position(line.start, end), keyword: keyword.written, children },
      next: last + 1,
    };
  },
};
