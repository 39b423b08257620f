/**
 * TAGS: subject, country, organization and person codes. Separated by commas or spaces (one line
 * may use commas, the next spaces), may wrap, keyword misspelled (`TAG`, `TAGE`, `TGS`) or
 * without a colon; person tags stand in parentheses after `OVIP`.
 *
 * ```
 * TAGS: SNAR, ASEC, PREL, KCOR, KCRM, PREL, KZ
 * TAGS: [SNAR](#) [ASEC](#) [KZ](#)                 (markdown rendition; links undone before)
 * TAGS OVIP (CLINTON, HILLARY), PGOV, PREL, KDEV,
 *      NL, IS, SR                                   (wrapped after a comma)
 * └┬─┘ └───────────┬──────────┘
 * keyword   entries
 * ```
 */
import type { Tag, Tags } from '../ast.js';
import { ANY_ZONE, type Construct, type Reading } from './construct.js';
import { fieldEnd, keywordFor, opensWithColon, reportFuzzyKeyword } from './field.js';
import type { Line } from './lines.js';
import { LEVEL_PATTERN } from '../tables/classification.js';
import { dtgTimePattern } from '../tables/dtg.js';
import { givenNames } from '../tables/given-names.js';
import { TAG_KINDS, type TagKind } from '../tables/tags.js';
import { isSpace, matchesOf, regexpOf } from './shared.js';

/** True for a given name in any case (`JOHN`, `Angela`). */
const isGivenName = (word: string): boolean => givenNames().has(word.toLowerCase());

/** The code a tag entry means: upper case, white space collapsed, person tags as `SURNAME, GIVEN`. */
export function tagCode(written: string): string {
  if (/^[A-Z0-9/-]+$/.test(written)) return written;
  return written.replace(/\s+/g, ' ').replace(/ ?, ?/g, ', ').trim().toUpperCase();
}

/** One entry read from a TAGS line: its span, code and kind. */
interface Entry {
  start: number;
  end: number;
  code: string;
  kind: TagKind | null;
}

// White space as `\s` reads it: the common characters by code, others (rare) by the pattern.
const isBlank = (code: number) => isSpace(code) || (code > 127 && /\s/.test(String.fromCharCode(code)));
// `,` `;` `:` `.`: trimmed off an entry's start (and, but for `.`, its end).
const isPunctuation = (code: number) => code === 44 || code === 59 || code === 58 || code === 46;
// A word of a TAGS entry.
const WORD = /\S+/g;
// A page header that an archive glued into the TAGS line (`IT   SECRET   PAGE 02   ROME 03067 211833Z`). Its white
// space opens after a non-space (a match never starts inside a run, as one there would start a space earlier): a
// long run of spaces is walked once, not from each of its spaces.
const GLUED_PAGE_HEADER = regexpOf(
  [
    `(?:${LEVEL_PATTERN})?`,
    /(?<!\s)\s+PAGE\s+\d{2,3}\s+[A-Z]+\s+\d{4,6}(?:\s+\d{2}\s+OF\s+\d{2})?\s+/,
    dtgTimePattern({ spacedZone: false }),
  ],
  'g',
);

/**
 * `text` without its parenthesized asides, as `text.replace(/\([^)]*\)/g, '')` (a `(` with no `)` after it stays),
 * in one pass: that regexp walks to the end of the text from every `(` of a run with no `)`.
 */
function withoutParentheses(text: string): string {
  let out = '';
  let at = 0;
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', at)) {
    const close = text.indexOf(')', open + 1);
    if (close < 0) break;
    out += text.slice(at, open);
    at = close + 1;
  }
  return at === 0 ? text : out + text.slice(at);
}

const kindOf = (code: string): TagKind | null => TAG_KINDS.get(code) ?? null;

/**
 * Splits a run-together token into known codes (`AMEDCASCKFLO` → AMED CASC KFLO, `VEPREL` → VE
 * PREL): every piece a subject, organization or program code of three letters or more, with at most one
 * two-letter geographic code. Null when no such split covers the whole token.
 */
export function splitRunTogether(token: string): string[] | null {
  // Real run-together TAGS lines are a few dozen letters; longer words are no tag lists.
  if (token.length < 6 || token.length > 64 || !/^[A-Z]+$/.test(token)) return null;
  const piece = (word: string) => {
    const kind = TAG_KINDS.get(word);
    return kind !== undefined && kind !== 'country' && word.length >= 3;
  };
  // For each prefix length: the fewest pieces covering it, where the last piece starts, and
  // whether a two-letter geographic code is used (one at most).
  const count: number[] = [0];
  const from: number[] = [0];
  const country: boolean[] = [false];
  for (let i = 1; i <= token.length; i++) {
    count[i] = Infinity;
    for (let j = Math.max(0, i - 16); j < i; j++) {
      if (!Number.isFinite(count[j] as number)) continue;
      const word = token.slice(j, i);
      const isPiece = piece(word);
      const isCountry = !isPiece && word.length === 2 && TAG_KINDS.get(word) === 'country';
      if (!isPiece && !(isCountry && !country[j])) continue;
      if ((count[j] as number) + 1 < (count[i] as number)) {
        count[i] = (count[j] as number) + 1;
        from[i] = j;
        country[i] = (country[j] as boolean) || isCountry;
      }
    }
  }
  if (!Number.isFinite(count[token.length] as number) || (count[token.length] as number) < 2) return null;
  const pieces: string[] = [];
  for (let i = token.length; i > 0; i = from[i] as number) pieces.unshift(token.slice(from[i] as number, i));
  return pieces;
}

/** The word spans of `text` between `from` and `to`, cut at `cuts` (glued page headers). */
function spansOf(text: string, from: number, to: number, bySpaces: boolean): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = -1;
  // Character tests by code, not by regex: this loop sees every character of every TAGS line.
  const close = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && (isBlank(text.charCodeAt(s)) || isPunctuation(text.charCodeAt(s)))) s++;
    while (
      e > s &&
      (isBlank(text.charCodeAt(e - 1)) || (isPunctuation(text.charCodeAt(e - 1)) && text.charCodeAt(e - 1) !== 46))
    )
      e--;
    if (e > s) spans.push({ start: s, end: e });
    start = -1;
  };
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) {
      if (depth === 0) {
        if (start >= 0) close(i);
        start = i + 1;
      }
      depth++;
      continue;
    }
    if (depth > 0) {
      if (c === 41 && --depth === 0) close(i);
      continue;
    }
    if (c === 44 || c === 59 || (bySpaces && isBlank(c))) {
      if (start >= 0) close(i);
    } else if (start < 0 && !isBlank(c)) start = i;
  }
  if (start >= 0) close(to);
  return spans;
}

/**
 * The entries of one TAGS line. A parenthesized group is one entry (a person after `OVIP`). When
 * the line has commas outside parentheses, entries are separated by commas; otherwise by spaces,
 * and runs of words are read as free-text tags from the phrase table, person tags (`OVIP BIDEN
 * JOSEPH`, `NOVO GUILLERMO`) or run-together codes.
 */
export function tagEntries(text: string, from: number, to: number): Entry[] {
  const line = text.slice(from, to);
  const cuts = matchesOf(GLUED_PAGE_HEADER, line).map((m) => ({
    start: from + m.index,
    end: from + m.index + m[0].length,
  }));
  const pieces: Array<{ start: number; end: number }> = [];
  let at = from;
  for (const cut of cuts) {
    pieces.push({ start: at, end: cut.start });
    at = cut.end;
  }
  pieces.push({ start: at, end: to });
  const entries: Entry[] = [];
  for (const piece of pieces) {
    const body = withoutParentheses(text.slice(piece.start, piece.end));
    const commas = body.includes(',');
    const spans = spansOf(text, piece.start, piece.end, !commas);
    if (commas) {
      for (const span of spans) entries.push(...wordsOf(text, span.start, span.end));
    } else entries.push(...groupWords(text, spans));
  }
  return personsOf(text, entries);
}

/**
 * The entries with persons made by rule: a group written `SURNAME, GIVEN` (in parentheses, or two entries of a
 * comma list) is a person after OVIP, when the tag table knows it, or when its given part is a given name
 * (`KERRY, JOHN`); else its parts are entries of their own (`ETRD, WTRO` are two codes).
 */
function personsOf(text: string, entries: Entry[]): Entry[] {
  const out: Entry[] = [];
  for (const entry of entries) {
    const previous = out.at(-1);
    const afterVisit = previous?.code === 'OVIP';
    if (entry.kind === 'person' && entry.code.includes(',') && !afterVisit && !isPerson(entry.code)) {
      out.push(...partsOf(text, entry));
      continue;
    }
    // Two entries of a comma list, `KERRY, JOHN`: a surname the table does not know, then a given name.
    const given = entry.kind === null && /^[A-Z]+$/.test(entry.code) && isGivenName(entry.code);
    if (given && previous?.kind === null && /^[A-Z]+$/.test(previous.code) && out.at(-2)?.code !== 'OVIP') {
      out[out.length - 1] = {
        start: previous.start,
        end: entry.end,
        code: `${previous.code}, ${entry.code}`,
        kind: 'person',
      };
      continue;
    }
    out.push(entry);
  }
  return out;
}

/** True when a `SURNAME, GIVEN` code is a person: its given part opens with a given name. */
function isPerson(code: string): boolean {
  const given =
    code
      .slice(code.indexOf(',') + 1)
      .trim()
      .split(/[\s.]+/)[0] ?? '';
  return isGivenName(given);
}

/** The comma-separated parts of an entry that is no person, each an entry of its own. */
function partsOf(text: string, entry: Entry): Entry[] {
  const parts: Entry[] = [];
  let from = entry.start;
  for (const piece of text.slice(entry.start, entry.end).split(',')) {
    const at = from + (piece.length - piece.trimStart().length);
    const end = at + piece.trim().length;
    if (end > at) parts.push(...wordsOf(text, at, end));
    from += piece.length + 1;
  }
  return parts;
}

/**
 * An entry of a comma list: kept whole when it is one code, a phrase or a person; split when all its words are codes.
 */
function wordsOf(text: string, start: number, end: number): Entry[] {
  const written = text.slice(start, end);
  const code = tagCode(written);
  if (code.includes(',')) return [{ start, end, code, kind: 'person' }];
  if (kindOf(code)) return [{ start, end, code, kind: kindOf(code) }];
  const words = matchesOf(WORD, written).map((m) => ({ start: start + m.index, end: start + m.index + m[0].length }));
  const known = words.filter((w) => TAG_KINDS.has(tagCode(text.slice(w.start, w.end)))).length;
  // All codes (`PREL PGOV`), or a code and a word beside the list's comma (`PREL KERRY, JOHN KZ`: a list by spaces
  // whose one comma is a person's): word by word.
  if (words.length > 1 && (known === words.length || (words.length === 2 && known === 1)))
    return groupWords(text, words);
  const split = words.length === 1 ? splitRunTogether(code) : null;
  if (split) return piecesOf(start, split);
  return [{ start, end, code, kind: null }];
}

/** Entries for the pieces of a run-together token starting at `start`. */
function piecesOf(start: number, pieces: string[]): Entry[] {
  let at = start;
  return pieces.map((code) => {
    const entry = { start: at, end: at + code.length, code, kind: kindOf(code) };
    at += code.length;
    return entry;
  });
}

/** The words of a space-separated list, run-together tokens split into their codes. */
function expandWords(text: string, spans: Array<{ start: number; end: number }>): Entry[] {
  const words: Entry[] = [];
  for (const span of spans) {
    const written = text.slice(span.start, span.end);
    const code = tagCode(written);
    const kind = kindOf(code);
    if (kind !== null || written.includes(',') || /\s/.test(written)) {
      words.push({ start: span.start, end: span.end, code, kind: code.includes(',') ? 'person' : kind });
      continue;
    }
    const split = splitRunTogether(code) ?? splitGlued(code);
    if (split) words.push(...piecesOf(span.start, split));
    else words.push({ start: span.start, end: span.end, code, kind: null });
  }
  return words;
}

/** A word glued to two codes or more after it (`RIGHTSPOLMIL` → RIGHTS POL MIL), or null. */
function splitGlued(token: string): string[] | null {
  for (let at = 3; at <= token.length - 6; at++) {
    const codes = splitRunTogether(token.slice(at));
    if (codes && codes.length >= 2) return [token.slice(0, at), ...codes];
  }
  return null;
}

/** True when a word is shaped like a code (two or four capitals): it stands alone even when the table lacks it. */
const codeShaped = (code: string) => /^(?:[A-Z]{2}|[A-Z]{4})$/.test(code);
const unknownWord = (word: Entry | undefined) => word !== undefined && word.kind === null && !word.code.includes(',');

/** The one entry of words `k` to `end` (exclusive) of a list. */
function spanning(words: Entry[], k: number, end: number, code: string, kind: TagKind | null): Entry {
  return { start: (words[k] as Entry).start, end: (words[end - 1] as Entry).end, code, kind };
}

/**
 * Groups space-separated words into entries: codes stand alone; two words the table does not know, after OVIP
 * or before a given name, are a person (`OVIP BIDEN JOSEPH`, `NOVO GUILLERMO`, `BUSH GEORGE W`); a run of other
 * unknown words is one free-text tag (`GOI EXTERNAL`, `HUMAN RIGHTS`), unless they are shaped like codes.
 */
function groupWords(text: string, spans: Array<{ start: number; end: number }>): Entry[] {
  const words = expandWords(text, spans);
  const entries: Entry[] = [];
  for (let k = 0; k < words.length; ) {
    const word = words[k] as Entry;
    if (!unknownWord(word)) {
      entries.push(word);
      k++;
      continue;
    }
    const codes = (n: number) =>
      words
        .slice(k, k + n)
        .map((w) => w.code)
        .join(' ');
    const next = words[k + 1];
    if (unknownWord(next) && (entries.at(-1)?.code === 'OVIP' || isGivenName((next as Entry).code))) {
      // A single letter after the given name is its middle initial (`BUSH GEORGE W` is `BUSH, GEORGE W.`).
      const initial = /^[A-Z]\.?$/.test(words[k + 2]?.code ?? '') ? (words[k + 2] as Entry) : null;
      const given = initial ? `${(next as Entry).code} ${initial.code.replace(/\.?$/, '.')}` : (next as Entry).code;
      const n = initial ? 3 : 2;
      entries.push(spanning(words, k, k + n, `${word.code}, ${given}`, 'person'));
      k += n;
      continue;
    }
    let end = k + 1;
    while (!codeShaped(word.code) && unknownWord(words[end]) && !codeShaped((words[end] as Entry).code)) end++;
    entries.push(end > k + 1 ? spanning(words, k, end, codes(end - k), null) : word);
    k = end;
  }
  return entries;
}

// What may stand between the keyword and the entries.
const SEPARATOR = /^(?![A-Za-z])[ \t]*[:;,.]?/;
// A line of codes alone (capitals, commas and spaces): a wrapped TAGS line.
const CODES_ONLY = /^[A-Z]{2,6}(?:[ ,]+[A-Z]{2,6})*,?$/;

/** The tag nodes of the text from `from` to `to` (wrapped lines read one by one). */
function tagsOf(reading: Reading, from: number, to: number): Tag[] {
  const children: Tag[] = [];
  for (let lineStart = from; lineStart < to; ) {
    let lineEnd = reading.text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    for (const entry of tagEntries(reading.text, lineStart, lineEnd)) {
      // Punctuation alone (`TAGS: --`, `TAGS: N/A` is a code) is no tag: the node keeps it, CG302 says none.
      if (!/[A-Za-z0-9]/.test(entry.code)) continue;
      const position = reading.position(entry.start, entry.end);
      const written = reading.text.slice(entry.start, entry.end);
      children.push({ type: 'tag', position, written, code: entry.code, kind: entry.kind });
    }
    lineStart = lineEnd + 1;
  }
  return children;
}

/**
 * TAGS: the keyword and its entries, wrapped onto the next lines after a trailing comma or as lines of codes
 * alone. A keyword read by its nearest spelling (`TAGE:`) of fewer than six letters is taken only when an
 * entry is a code of the TAGS table (`TASS: MOSCOW REPORTED` is no TAGS line); CG302 when the line carries no tag.
 */
export const tags: Construct<Tags> = {
  name: 'tags',
  zones: ANY_ZONE,
  first: /[A-Za-z]/,
  zoneAfter: 'text',
  starts: (line) => keywordFor(line, 'tags') !== null,
  interrupts: (line) => opensWithColon(line, 'tags'),
  read(reading, i) {
    const line = reading.lines[i] as Line;
    const keyword = keywordFor(line, 'tags');
    if (!keyword) return null;
    const last = fieldEnd(
      reading,
      i,
      (next, previous) => /,\s*$/.test(previous.value) || CODES_ONLY.test(next.value),
      4,
    );
    const end = (reading.lines[last] as Line).end;
    const rest = line.start + keyword.end + (SEPARATOR.exec(line.value.slice(keyword.end))?.[0].length ?? 0);
    const children = tagsOf(reading, rest, end);
    if (
      keyword.distance > 0 &&
      keyword.written.length < 6 &&
      !children.some((tag) => tag.kind !== null && tag.kind !== 'person')
    )
      return null;
    reportFuzzyKeyword(reading, line, keyword);
    if (children.length === 0) {
      reading.report(
        'CG302',
        line.start,
        end,
        `Expected TAGS codes like \`PREL, KZ\` after \`${keyword.written}\`, found none`,
        {
          expected: 'TAGS codes',
        },
      );
    }
    return {
      node: { type: 'tags', position: reading.position(line.start, end), keyword: keyword.written, children },
      next: last + 1,
    };
  },
};
