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
import P from 'parsimmon';
import type { Reference, ReferenceKind, References } from '../ast.js';
import { cableIdOf, knownOrigin } from '../canonical-id.js';
import type { GrammarContext, Slice } from './context.js';
import { offset, run } from './shared.js';

/** Reads the keyword (`REF`, `REFS`, `REF(S)`, `REFTEL`) and returns the offset where the list starts. */
export const referencesKeywordRule: P.Parser<{ keyword: string; rest: number }> = P.seqMap(
  P.regexp(/REF(?:\(S\)|S|TELS?)?/i).desc('`REF`'),
  P.regexp(/(?![A-Za-z])[ \t]*[:.]?/).desc('`:`'),
  offset,
  (keyword, _colon, rest) => ({ keyword, rest }),
);

// A label opening an entry: `A.`, `A)`, `(A)`, `[A]`, `¶B.`, `(1)`, at the start or after a separator
// (`(99)` is a year, not a label). The entry may follow without a space: `(A)STATE 071143`, `D.01 BRASILIA`.
const LABEL = /(?:^|(?<=[\s;,]))¶?(?:\((?<paren>[A-Z]|\d)\)|\[(?<bracket>[A-Z])\]|(?<bare>[A-Z])[.)](?![A-Z]\.))/g;
// A cable reference: an optional year (`07`, `2007`, `(99)`), origin words in any case (a known post
// among them decides), maybe a colon, the serial; the serial ends the token (`R162245Z` is a DTG).
const CABLE =
  /(?<![A-Za-z0-9])(?:(?<year>\d{4}|\d{2})\s*|\((?<pyear>\d{2})\)\s*)?(?<origin>[A-Za-z][A-Za-z'-]*(?:[ \t]+[A-Za-z][A-Za-z'-]*){0,3})[\s:]*(?<serial>\d{1,7})(?![0-9/A-Za-z])/g;

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
  const pattern = new RegExp(CABLE.source, 'g');
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

/**
 * The `references` node of a slice whose first line opens with the keyword, or null. `year` is
 * the two-digit year for references written without one (null when unknown).
 */
export function readReferences(ctx: GrammarContext, slice: Slice, year: string | null): References | null {
  const text = ctx.text.slice(slice.start, slice.end);
  const head = run(referencesKeywordRule.skip(P.all), text);
  if (!head) return null;
  const listStart = head.rest;
  const labels = [...text.slice(listStart).matchAll(LABEL)].map((m) => ({
    at: listStart + m.index,
    after: listStart + m.index + m[0].length,
    label: (m.groups?.paren ?? m.groups?.bracket ?? m.groups?.bare) as string,
  }));
  const labelled: Array<{ label: string | null; start: number; end: number }> = [];
  if (labels.length === 0 || text.slice(listStart, labels[0]?.at).trim()) {
    labelled.push({ label: null, start: listStart, end: labels[0]?.at ?? text.length });
  }
  labels.forEach((l, k) => labelled.push({ label: l.label, start: l.after, end: labels[k + 1]?.at ?? text.length }));
  // Semicolons separate entries too (`SECDEF 122723; CAIRO IIR 6 899 0149 10; 2009 CAIRO 2394`).
  const entries = labelled.flatMap((entry) => {
    const pieces: Array<{ label: string | null; start: number; end: number }> = [];
    let from = entry.start;
    for (let at = text.indexOf(';', from); at >= 0 && at < entry.end; at = text.indexOf(';', at + 1)) {
      pieces.push({ label: pieces.length === 0 ? entry.label : null, start: from, end: at });
      from = at + 1;
    }
    pieces.push({ label: pieces.length === 0 ? entry.label : null, start: from, end: entry.end });
    return pieces;
  });
  const children: Reference[] = [];
  for (const entry of entries) {
    const raw = text.slice(entry.start, entry.end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim().replace(/[;,]$/, '').trimEnd();
    if (!body) continue;
    const start = slice.start + entry.start + lead;
    const end = start + body.length;
    const kind = kindOf(body);
    const mentions = kind ? [] : cableMentions(body, start);
    if (mentions.length <= 1) {
      const m = mentions[0];
      const id = m ? cableIdOf(m.year ?? year ?? '', m.origin, m.serial) : null;
      children.push({ type: 'reference', position: ctx.position(start, end), label: entry.label, text: body.replace(/\s+/g, ' '), kind: kind ?? (m ? 'cable' : 'other'), id });
      continue;
    }
    // Several cables in one entry (`SECSTATE 232089 & USUN 2336`): one reference each, the label on the first.
    mentions.forEach((m, k) => {
      const from = k === 0 ? start : m.start;
      const to = k === mentions.length - 1 ? end : m.end;
      children.push({
        type: 'reference',
        position: ctx.position(from, to),
        label: k === 0 ? entry.label : null,
        text: ctx.text.slice(from, to).replace(/\s+/g, ' '),
        kind: 'cable',
        id: cableIdOf(m.year ?? year ?? '', m.origin, m.serial),
      });
    });
  }
  if (children.length === 0) ctx.report('CG304', slice.start, slice.end, `Expected references like \`A. STATE 12345\` after \`${head.keyword}\`, found none`, { expected: 'references' });
  return { type: 'references', position: ctx.position(slice.start, slice.end), keyword: head.keyword, children };
}
