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
// A line's first word (letters, `REF(S)`), the word after it, and whether a colon follows. A paragraph number
// and portion mark may stand before `Classified By` (`1. (U) Classified By: ...`).
const HEAD = new RegExp(
  [
    /^(?<lead>(?:\d\.\s*)?(?:\([A-Z]{1,3}\)\s*)?)/.source,
    /(?<word>[A-Za-z]+(?:\([Ss]\))?)(?:[ \t]+(?<next>[A-Za-z]+))?/.source,
    /(?<gap>[ \t]*)(?<colon>:?)/.source,
  ].join(''),
);

const WORDS: ReadonlyArray<{ word: string; field: Field; meant: string }> = Object.entries(FIELD_KEYWORDS).flatMap(
  ([field, words]) =>
    words.filter((w) => !w.includes(' ')).map((word) => ({ word, field: field as Field, meant: words[0] as string })),
);
const EXACT = new Map(WORDS.map((entry) => [entry.word, entry]));
// Fuzzy targets: words of four letters or more (a misspelled three-letter word is too often another word).
const FUZZY_TARGETS = WORDS.filter((entry) => entry.word.length >= 4 && /^[A-Z]+$/.test(entry.word));

/**
 * The field keyword a trimmed line opens with, or null. A word within one edit of a keyword (of four letters or
 * more) is read as it when it has six letters or more (`SUBJET`, `UBJECT`), or three or more and a colon after it
 * (`TAGE:`, `TGS:`); the caller reports such readings (an `info` diagnostic), and for a short word asks for
 * evidence from what follows (a known TAGS code, a cable reference).
 *
 * @example
 * readFieldKeyword('TAGE: PREL, KZ') // { field: 'tags', written: 'TAGE', meant: 'TAGS', distance: 1, colon: true, ...
 * }
 */
export function readFieldKeyword(line: string): FieldKeyword | null {
  const eo = EXECUTIVE_ORDER.exec(line);
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
  const head = HEAD.exec(line);
  if (!head?.groups) return null;
  const { lead = '', word = '', next, colon } = head.groups;
  const start = lead.length;
  const classified = classifiedByOf(word, next);
  if (classified !== null) {
    const end = start + word.length + line.slice(start + word.length).indexOf(next as string) + (next as string).length;
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
  // Only `Classified By` may stand after a paragraph number or portion mark.
  if (lead) return null;
  const upper = word.toUpperCase();
  const exact = EXACT.get(upper);
  const end = word.length;
  if (exact)
    return { field: exact.field, written: word, meant: exact.meant, start: 0, end, colon: colon === ':', distance: 0 };
  if (word.length < 3 || (word.length < 6 && colon !== ':')) return null;
  const match = closestWord(
    upper,
    FUZZY_TARGETS,
    1,
    (entry) => entry.word,
    (entry) => entry.field,
  );
  if (!match) return null;
  return {
    field: match.entry.field,
    written: word,
    meant: match.entry.meant,
    start: 0,
    end,
    colon: colon === ':',
    distance: match.distance,
  };
}

/** The edits from `CLASSIFIED BY` of a first word and the word after it (`Classifed By` → 1), or null. */
function classifiedByOf(word: string, next: string | undefined): number | null {
  if (next === undefined || next.toUpperCase() !== 'BY') return null;
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
const INLINE_FIELD = new RegExp(
  [
    `\\s(?:E\\.O\\.? ?\\d{5}|EO \\d{5}|${TAGS_AND_SUBJECT})`,
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
  const match = INLINE_FIELD.exec(line.slice(1));
  return match ? match.index + 1 : -1;
}
