/**
 * The keywords that open the fields of a cable's text (format line 12), each with the variants the format
 * allows, and the reading of a line's first word(s) as one of them: exactly, or through the fuzzy matcher
 * for misspellings (`TAGE:` is TAGS, `SUBJET:` is SUBJECT, `Classifed By` is CLASSIFIED BY).
 *
 * Sources: the State Department's telegram text format (5 FAH-2 H-320 and H-440: the E.O. line, TAGS,
 * SUBJECT, REF and the classification authority line `Classified By`), as `../shared/CABLE-FORMAT.md` §2
 * describes it. Misspellings are not listed here: {@link readFieldKeyword} finds them by distance.
 */
import { closestWord, editDistance } from './fuzzy.js';

/** The fields a keyword opens. */
export type Field = 'executiveOrder' | 'tags' | 'subject' | 'references' | 'classifiedBy';

/** Each field's keywords as the format writes them (upper case); the first is the one a misspelling is read as. */
export const FIELD_KEYWORDS: Readonly<Record<Exclude<Field, 'executiveOrder'>, readonly string[]>> = {
  tags: ['TAGS', 'TAG'],
  subject: ['SUBJECT', 'SUBJ'],
  references: ['REF', 'REFS', 'REF(S)', 'REFTEL', 'REFTELS'],
  classifiedBy: ['CLASSIFIED BY'],
};

/** A field keyword read at the start of a line. */
export interface FieldKeyword {
  field: Field;
  /** The keyword as written (`TAGE`, `Classifed By`, `E.O.`). */
  written: string;
  /** The keyword it was read as (`TAGS`, `CLASSIFIED BY`). */
  meant: string;
  /** Offset in the line where the keyword starts (after a paragraph number or portion mark before `Classified By`). */
  start: number;
  /** Offset in the line just after the keyword. */
  end: number;
  /** True when a colon follows the keyword (spaces between allowed). */
  colon: boolean;
  /** Edits between the keyword as written and as meant: 0 for an exact keyword. */
  distance: number;
}

// The E.O. line opens with the executive order's number (`E.O. 12958:`, `EO 12958`) or with `DECL:` alone.
const EXECUTIVE_ORDER = /^(?:E\.? ?O\.? ?(?=\d)|EO +(?=\d)|DECL(?= *:))/i;
/** A line's head as the keyword reader sees it: a lead, the first word, the word after it, colons after each. */
interface Head {
  /** Where the first word starts (after a paragraph number and portion mark, which `Classified By` may follow). */
  start: number;
  /** Where the first word ends. */
  end: number;
  /** True when the word after the first is `by`, in any case (all the reader asks of that word). */
  by: boolean;
  /** Where the next word ends. */
  nextEnd: number;
  /** True when a colon follows the first word (spaces between allowed). */
  colon: boolean;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isBlank = (c: number) => c === 32 || c === 9;
const skipBlanks = (line: string, at: number, spaces: (c: number) => boolean) => {
  while (at < line.length && spaces(line.charCodeAt(at))) at++;
  return at;
};
const isWhite = (c: number) => isBlank(c) || c === 10 || c === 13 || c === 160 || c === 12 || c === 11;

/**
 * Reads a line's head by its characters (it runs on every line, so no regexp and no string made): an optional `1.`
 * and `(U)`, the first word (letters, or `REF(S)`), the word after it.
 */
function headOf(line: string): Head | null {
  let at = 0;
  if (line.charCodeAt(0) >= 48 && line.charCodeAt(0) <= 57 && line.charCodeAt(1) === 46)
    at = skipBlanks(line, 2, isWhite);
  if (line.charCodeAt(at) === 40) {
    let close = at + 1;
    while (close < at + 4 && line.charCodeAt(close) >= 65 && line.charCodeAt(close) <= 90) close++;
    if (close === at + 1 || line.charCodeAt(close) !== 41) return null;
    at = skipBlanks(line, close + 1, isWhite);
  }
  const start = at;
  while (at < line.length && isLetter(line.charCodeAt(at))) at++;
  if (at === start) return null;
  // `REF(S)`
  if (line.charCodeAt(at) === 40 && (line.charCodeAt(at + 1) | 32) === 115 && line.charCodeAt(at + 2) === 41) at += 3;
  const after = skipBlanks(line, at, isBlank);
  let nextEnd = after;
  while (nextEnd < line.length && isLetter(line.charCodeAt(nextEnd))) nextEnd++;
  const by =
    after > at &&
    nextEnd - after === 2 &&
    (line.charCodeAt(after) | 32) === 98 &&
    (line.charCodeAt(after + 1) | 32) === 121;
  return { start, end: at, by, nextEnd, colon: line.charCodeAt(after) === 58 };
}

const WORDS: ReadonlyArray<{ word: string; field: Field; meant: string }> = Object.entries(FIELD_KEYWORDS).flatMap(
  ([field, words]) =>
    words.filter((w) => !w.includes(' ')).map((word) => ({ word, field: field as Field, meant: words[0] as string })),
);
const EXACT = new Map(WORDS.map((entry) => [entry.word, entry]));
// The first letters of the exact keywords (upper case).
const EXACT_FIRST = new Set(WORDS.map((entry) => entry.word.charCodeAt(0)));
/** True when `line` up to `end` has no lower-case letter. */
const capitals = (line: string, end: number) => {
  for (let at = 0; at < end; at++) if (line.charCodeAt(at) >= 97 && line.charCodeAt(at) <= 122) return false;
  return true;
};
// Fuzzy targets: words of four letters or more (a misspelled three-letter word is too often another word).
const FUZZY_TARGETS = WORDS.filter((entry) => entry.word.length >= 4 && /^[A-Z]+$/.test(entry.word));

/**
 * The field keyword a trimmed line opens with, or null. A word within one edit of a keyword (of four letters or
 * more) is read as it when a colon follows it and it has three letters or more (`TAGE:`, `TGS:`), or when it is
 * written in capitals with six letters or more (`SUBJET`, `UBJECT`); the caller reports such readings (an
 * `info` diagnostic), and for a short word asks for evidence from what follows (a TAGS code, a cable reference).
 *
 * @example
 * readFieldKeyword('TAGE: PREL, KZ') // { field: 'tags', written: 'TAGE', meant: 'TAGS', distance: 1, colon: true, ...
 * }
 */
export function readFieldKeyword(line: string): FieldKeyword | null {
  const first = line.charCodeAt(0) | 32;
  const eo = first === 101 || first === 100 ? EXECUTIVE_ORDER.exec(line) : null;
  if (eo) {
    const written = eo[0].trim();
    return {
      field: 'executiveOrder',
      written,
      meant: written.toUpperCase().startsWith('D') ? 'DECL' : 'E.O.',
      start: 0,
      end: written.length,
      colon: false,
      distance: 0,
    };
  }
  const head = headOf(line);
  if (!head) return null;
  const { start, by } = head;
  const length = head.end - start;
  // `CLASSIFIED` is ten letters: a word one edit from it has nine to eleven.
  const classified = by && length >= 9 && length <= 11 ? editsFromClassified(line.slice(start, head.end)) : null;
  if (classified !== null) {
    const end = head.nextEnd;
    return {
      field: 'classifiedBy',
      written: line.slice(start, end),
      meant: 'CLASSIFIED BY',
      start,
      end,
      colon: hasColon(line, end),
      distance: classified,
    };
  }
  // Only `Classified By` may stand after a paragraph number or portion mark. Keywords have three to seven letters: a
  // word far from that is none, even misspelled.
  if (start > 0 || length < 3 || length > 8) return null;
  // Without a colon, only an exact keyword or a word in capitals can be one: most lines fail at their first letter.
  if (!head.colon && !EXACT_FIRST.has(line.charCodeAt(0) & 0xdf) && (length < 6 || !capitals(line, head.end)))
    return null;
  const word = line.slice(0, head.end);
  const upper = word.toUpperCase();
  const colon = head.colon ? ':' : '';
  const exact = exactKeyword(word, upper, colon);
  // Without a colon, a misspelled keyword is one written in capitals, as the format writes them (`UBJECT`; `Embassy`
  // is prose).
  if (exact) return exact;
  if (colon !== ':' && (length < 6 || word !== upper)) return null;
  const match = closestWord(
    upper,
    FUZZY_TARGETS,
    1,
    (entry) => entry.word,
    (entry) => entry.field,
  );
  if (!match) return null;
  const { field, meant } = match.entry;
  return { field, written: word, meant, start: 0, end: word.length, colon: colon === ':', distance: match.distance };
}

/** The keyword `word` (`upper` in capitals) is exactly (any case), or null. */
function exactKeyword(word: string, upper: string, colon: string | undefined): FieldKeyword | null {
  const exact = EXACT.get(upper);
  if (!exact) return null;
  return {
    field: exact.field,
    written: word,
    meant: exact.meant,
    start: 0,
    end: word.length,
    colon: colon === ':',
    distance: 0,
  };
}

/**
 * The edits from `CLASSIFIED` of a word before `By`, any case, within the fuzzy matcher's one edit, or null: the
 * test of the `Classified By` keyword, at a line's start and inside a text.
 *
 * @example
 * editsFromClassified('Classifed') // 1
 * editsFromClassified('Classroom') // null
 */
export function editsFromClassified(word: string): number | null {
  const distance = editDistance(word.toUpperCase(), 'CLASSIFIED', 1);
  return distance <= 1 ? distance : null;
}

const hasColon = (line: string, end: number) => /^[ \t]*:/.test(line.slice(end, end + 8));

// Where a field keyword starts inside a line that lost its line breaks: a keyword in capitals or capitalized,
// with its colon (`... PREL SUBJECT: ...`), after white space; `REF:` and `Classified By` even glued to the word
// before (`PRIMEREF:`, `CAIROClassified By:`); the E.O. line by its order number; and the caption `SENSITIVE BUT
// UNCLASSIFIED` (also `Sensitive but ...`), which opens a line of its own. Prose keeps its lower-case `subject:`.
const capitalized = (word: string) => word.charAt(0) + word.slice(1).toLowerCase();
const colonForms = (words: readonly string[]) =>
  words.flatMap((w) => [w, capitalized(w)]).map((w) => `${w.replace(/[()]/g, '\\$&')}\\s*:`);
const TAGS_AND_SUBJECT = [...colonForms(FIELD_KEYWORDS.tags), ...colonForms(FIELD_KEYWORDS.subject)].join('|');
const GLUED_TAGS_AND_SUBJECT = [...FIELD_KEYWORDS.tags, ...FIELD_KEYWORDS.subject].map((w) => `${w}:`).join('|');
const INLINE_FIELD = new RegExp(
  [
    `\\s(?:EO \\d{5}|${TAGS_AND_SUBJECT})`,
    // Glued: the E.O. by its dotted letters and order number after any word, TAGS: and SUBJECT: in capitals after a
    // digit (`SIPDISE.O. 12958`, `DECL: 02/07/2016TAGS:`).
    'E\\.O\\.? ?\\d{5}',
    `(?<=\\d)(?:${GLUED_TAGS_AND_SUBJECT})`,
    `(?:${colonForms(FIELD_KEYWORDS.references).join('|')})`,
    'CLASSIFIED BY\\b|Classified [Bb]y\\b',
    '\\sSensitive [Bb]ut\\b|\\sSENSITIVE BUT UNCLASSIFIED',
  ].join('|'),
);

/**
 * The offset in `line` (from offset 1 on) where a field keyword of another field starts, or -1.
 *
 * @example
 * inlineFieldAt('E.O. 12958: DECL: 01/07/2014 TAGS: PREL') // 29
 */
export function inlineFieldAt(line: string): number {
  // Every inline keyword has a colon, a `By`/`BY` or the E.O.'s digits, or is the SBU caption: most lines have none.
  if (!(line.includes(':') || /[Bb][Yy]|E\.?O|ENSITIVE|ensitive/.test(line))) return -1;
  const match = INLINE_FIELD.exec(line.slice(1));
  return match ? match.index + 1 : -1;
}
