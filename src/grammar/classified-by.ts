/**
 * `Classified By`: the classifying officer (name as written, title) and the reasons of E.O. 12958 / 13526
 * section 1.4 (1.5 before 2003), normalized to `1.4(b)`. It may wrap, follow a REF list on the same line, or
 * stand inside one of the first paragraphs (then it is a child of that paragraph).
 *
 * ```
 * Classified By: Ambassador John Ordway for reasons 1.4 (b) and (d)
 * CLASSIFIED BY DCM EARL IRVING. REASONS: 1.5 (B) AND (D).
 * CLASSIFIED BY: Rose E. Gottemoeller, Assistant Secretary, VCI; REASON: 1.4(B), (D)
 * └─────┬─────┘  └───┬────┘ └────┬───┘          └──────┬──────┘
 * keyword        title      name                  reasons
 * ```
 */
import type { ClassifiedBy, PageMarker, Text } from '../ast.js';
import { PORTION_MARK_LEVELS } from '../tables/classification.js';
import { closestWord } from '../tables/fuzzy.js';
import { editsFromClassified } from '../tables/keywords.js';
import { isCompoundTitleWord, LONG_TITLE_WORDS, NAME_PARTICLES, NAME_SUFFIXES, TITLE_WORDS } from '../tables/titles.js';
import { ANY_ZONE, type Construct, type Reading } from './construct.js';
import { fieldEnd, keywordFor, reportFuzzyKeyword, reportMisspelledKeyword } from './field.js';
import { readParagraphHead } from './lexemes.js';
import { headOf, type Line, restOfLine } from './lines.js';
import { collapse, matchesOf, trimmed } from './shared.js';

// A reason letter after `1.4` / `1.5`: `b`, `(d)`, `B and D`.
const REASON_LETTER = /(?<![A-Za-z])([a-hA-H])(?![A-Za-z])/g;
// How much of a `Classified By` text is read for the officer's name and title (the node keeps all of it).
const OFFICER_READ = 1000;
/**
 * A portion mark that opens the body right after the reasons (`1.4 (b) and (d) (C) HMG is ...`, a text that lost its
 * line break): a level's mark, maybe with a control (`(S/NF)`), then a capitalized word other than `AND`/`OR`.
 * `(C)` is reason (c) too: it is the body's mark only where a word of text follows it.
 */
const BODY_MARK = new RegExp(
  `\\s\\((?:${PORTION_MARK_LEVELS.join('|')})(?:\\/\\/?[A-Z]{1,6})*\\)\\s+(?!(?:AND|OR)\\b)[A-Z][A-Za-z]`,
);

/**
 * The reasons of `text`, normalized to `1.4(b)`: every letter a-h after `1.4` / `1.5` (OCR'd `1,4` too), and where they
 * end.
 */
export function readReasons(text: string): { reasons: string[]; end: number } {
  const reasons: string[] = [];
  let end = -1;
  const section = /\b1\s*[.,]\s*([45])/g;
  for (let match = section.exec(text); match; match = section.exec(text)) {
    const from = match.index + match[0].length;
    const tail = text.slice(from, from + 60);
    // A word stops the reasons where it opens (`(?<![A-Za-z])`: from inside a word the same word's end is read, so a
    // match from inside it fails where its start failed).
    const word = tail.search(/\.\s+[A-Z]|\.$|(?<![A-Za-z])[A-Za-z]{3,}\b(?<!and|AND)/);
    const mark = bodyMarkAt(tail);
    const stop = word < 0 || (mark >= 0 && mark < word) ? mark : word;
    const part = stop >= 0 ? tail.slice(0, stop) : tail;
    for (const letter of matchesOf(REASON_LETTER, part)) {
      const reason = `1.${match[1]}(${(letter[1] as string).toLowerCase()})`;
      if (!reasons.includes(reason)) reasons.push(reason);
      end = Math.max(end, from + letter.index + 1 + (part.charAt(letter.index + 1) === ')' ? 1 : 0));
    }
  }
  return { reasons, end };
}

/** Where a {@link BODY_MARK} stands in the text after `1.4`, when a reason letter stands before it; else -1. */
function bodyMarkAt(tail: string): number {
  const found = BODY_MARK.exec(tail);
  return found && /(?<![A-Za-z])[a-hA-H](?![A-Za-z])/.test(tail.slice(0, found.index)) ? found.index : -1;
}

/** A word of the text with its offsets. */
interface Token {
  word: string;
  start: number;
  end: number;
}

const REASON_WORDS = ['REASON', 'REASONS'];
// Words that introduce the authority after the officer (`under E.O. 12958`, `per 1.4`, `based on`, `due to`).
const LEADS = new Set(['under', 'per', 'based', 'on', 'due', 'to', 'for', 'the', 'section', 'sections']);

/** True when `word` (and the word after it, for a word broken by a stray space) is `reason(s)` as written. */
function isReasonWord(word: string, after: string | undefined): boolean {
  // The word's leading letters (`Reason:1.5(b)` glues the section to it).
  const letters = (w: string) => (/^[A-Za-z]+/.exec(unzero(w))?.[0] ?? '').toUpperCase();
  const near = (w: string) =>
    w.length >= 5 && w.length <= 8 && closestWord(w, REASON_WORDS, 1, String, () => 'reason') !== null;
  const first = letters(word);
  if (near(first)) return true;
  // A word broken by a stray space (`R EASONS`, `rea sons`): the two pieces together.
  if (after === undefined || first.length !== word.length || near(letters(after))) return false;
  return near(first + letters(after));
}

/** True when a token opens the authority: `reasons`, `E.O.`, `1.4`, `12958`, or a reason letter `(b)`. */
function opensAuthority(tokens: Token[], k: number): boolean {
  const word = (tokens[k] as Token).word;
  if (/^\(?(?:E\.?O\.?|1\s*[.,]\s*[45]|12958|13526)|^\(?[a-hA-H]\)[.,]?$/.test(word)) return true;
  if (/^-$/.test(word)) return /^\d/.test(tokens[k + 1]?.word ?? '');
  // Line noise (`reQ#8$UQ8ML#C`): two or more such symbols in a word; no name or title has them.
  if (/[#$%@^*~|\\].*[#$%@^*~|\\]/.test(word)) return true;
  if (isReasonWord(word, tokens[k + 1]?.word)) return true;
  // The start of `reasons` after `for`, or at the end of a text cut off inside it (`for Reas (b)`, `for re...`).
  const before = tokens[k - 1]?.word.toLowerCase();
  return isReasonStart(word) && (before === 'for' || k === tokens.length - 1 || /\.\.$/.test(word));
}

/** True when a word's leading letters (two or more) begin `reasons` (`re`, `Reas`, `REA...`). */
function isReasonStart(word: string): boolean {
  const letters = /^[A-Za-z]+/.exec(unzero(word))?.[0] ?? '';
  return letters.length >= 2 && 'REASONS'.startsWith(letters.toUpperCase());
}

/** A word with the digit zero OCR'd for the letter O put right (`AMBASSAD0R`, `0N`): zeros among letters only. */
function unzero(word: string): string {
  if (!word.includes('0')) return word;
  const alphanumeric = word.replace(/[^A-Za-z0-9]/g, '');
  return /0/.test(alphanumeric) && /^[A-Za-z0]+$/.test(alphanumeric) && /[A-Za-z]/.test(alphanumeric)
    ? word.replace(/0/g, 'O')
    : word;
}

/** Where the officer part of a `Classified By` text ends: at a `;`, or where the authority begins. */
export function officerEnd(text: string): number {
  const tokens: Token[] = matchesOf(/\S+/g, text).map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (opensAuthority(tokens, k)) {
      // `for reasons`, `for the reasons`, `under E.O.`, `per 1.4`, `based on`, `due to`: the words leading to it go
      // too.
      return (tokens[leadsBefore(tokens, k)] as Token).start;
    }
    const semicolon = token.word.indexOf(';');
    if (semicolon >= 0) return token.start + semicolon;
    // `reasons` glued to the name by a hyphen (`Reed-reasons 1.4`): the authority begins at the hyphen.
    const hyphen = token.word.indexOf('-');
    if (hyphen > 0 && isReasonWord(token.word.slice(hyphen + 1), tokens[k + 1]?.word)) return token.start + hyphen;
  }
  // Words that lead to an authority the text lost (`DCM ANNA BORG BASED ON`, cut where the E.O. line began).
  const start = leadsBefore(tokens, tokens.length);
  return start < tokens.length ? (tokens[start] as Token).start : text.length;
}

/** The index of the first of the lead words (`for`, `based on`, `under`...) just before token `k`. */
function leadsBefore(tokens: Token[], k: number): number {
  const lead = (...words: Token[]) =>
    LEADS.has(
      unzero(words.map((t) => t.word).join(''))
        .toLowerCase()
        .replace(/(?<![.,:])[.,:]+$/, ''),
    );
  let start = k;
  for (;;) {
    if (start > 1 && lead(tokens[start - 1] as Token)) start--;
    // A lead word broken by a stray space (`FO R`).
    else if (start > 2 && lead(tokens[start - 2] as Token, tokens[start - 1] as Token)) start -= 2;
    else return start;
  }
}

/** True when `token` is a word of a title; `fuzzy` collects the words read by their nearest title (`Ambasador`). */
function isTitleWord(token: string, mixedCase: boolean, fuzzy: string[][]): boolean {
  const lower = token.toLowerCase();
  if (NAME_SUFFIXES.has(lower.replace(/,$/, ''))) return false;
  const bare = unzero(token)
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .replace(/(?<![.,:])[.,:]+$/, '')
    .replace(/^[dl]'(?=[a-z]{4})/, '');
  if (TITLE_WORDS.has(lower) || TITLE_WORDS.has(bare)) return true;
  // An office symbol of letters joined by `/` or `-` (`A/DCM`, `POL/ECON`, `M-C`), or punctuation alone.
  if (token.includes('/') || /^[A-Za-z](?:-[A-Za-z]+)+[.,:]?$/.test(token) || !/[A-Za-z0-9]/.test(token)) return true;
  // A hyphenated title (`Minister-Counselor`, `Ambassador-designate`, `Pol-Mil`): every part a title word.
  if (bare.includes('-') && bare.split('-').every((part) => TITLE_WORDS.has(part))) return true;
  if (isCompoundTitleWord(bare)) return true;
  // In mixed-case text an all-capitals word of two or more letters is an office symbol (DCM, PRT).
  if (mixedCase && /^[A-Z&]{2,}[.,:]?$/.test(token)) return true;
  const near = bare.length >= 6 && /^[a-zé']+$/.test(bare) ? nearestTitleWord(bare) : null;
  if (near) fuzzy.push([token.replace(/(?<![.,:])[.,:]+$/, ''), near]);
  return near !== null;
}

// The nearest title word of the words seen (names and titles recur from cable to cable), a bounded cache.
const nearest = new Map<string, string | null>();

/** The title word `word` is one edit from (`ambasador` → `ambassador`), or null. */
function nearestTitleWord(word: string): string | null {
  let found = nearest.get(word);
  if (found === undefined) {
    if (nearest.size >= 10_000) nearest.clear();
    found = closestWord(word, LONG_TITLE_WORDS, 1)?.entry ?? null;
    nearest.set(word, found);
  }
  return found;
}

/** The name and title of an officer part, and the words read by their nearest title word. */
export interface Officer {
  name: string | null;
  title: string | null;
  /** Words read as a title word by the fuzzy matcher: `[as written, as read]`. */
  fuzzy: string[][];
}

// Parts of the officer text: separated by commas (`, Jr.` stays with its name), colons, ` - ` or sentence periods.
const PART_BREAK = /,(?!\s*(?:Jr|JR|Sr|SR)\b)|:|\s[-?]\s|(?<!\b[A-Z0-9])\.\s+(?=[A-Z][a-z]{2,}|[A-Z]{3,})/;

/** The name of one part: the words after its last title word (four or more with no initial: a place, then the name). */
function nameOf(tokens: string[], last: number): string {
  let nameTokens = tokens.slice(last + 1);
  const initialOrSuffix = (t: string) =>
    /^[A-Z0-9]\.?$/.test(t) || NAME_SUFFIXES.has(t.toLowerCase().replace(/,$/, '')) || NAME_PARTICLES.has(t);
  if (nameTokens.length > 3 && !nameTokens.some(initialOrSuffix)) nameTokens = nameTokens.slice(-2);
  let name = nameTokens.join(' ').replace(/(?<![,;:])[,;:]+$/, '');
  // A sentence's period goes; an initial's, a suffix's and an ellipsis (a name the archive cut off) stay.
  if (/[^.]\.$/.test(name) && !/(?:^|\s)(?:[A-Z]|Jr|Sr|JR|SR)\.$/.test(name)) name = name.slice(0, -1);
  return name;
}

/**
 * The words of a mixed-case officer part mended: a short piece in lower case after a capitalized word is the rest
 * of it, broken by a stray space (`Jo hn` → `John`, `Do nald` → `Donald`, `Mil ls` → `Mills`), unless it is a
 * title's word, a surname's particle or the start of the authority; a lone lower-case letter is a stray one
 * (`Hoagland x`) and goes.
 */
function mended(part: string): string {
  const out: string[] = [];
  for (const token of part.split(' ')) {
    const previous = out.at(-1);
    if (/^[a-z]$/.test(token)) continue;
    // A piece of a word: no vowel (`hn`, `ls`), or it or the capitalized word before it of three letters or fewer
    // (`Do nald`, `Delga do`); two longer words with vowels are two words (`Editor note`).
    const piece = /^[a-z]{2,}$/.test(token) && !TITLE_WORDS.has(token) && !NAME_PARTICLES.has(token);
    const short = (word: string) => word.length <= 3 || !/[aeiouy]/.test(word);
    const broken = piece && previous && /^[A-Z][a-z]*$/.test(previous) && (short(token) || previous.length <= 3);
    if (broken && !isReasonStart(token)) out[out.length - 1] += token;
    else out.push(token);
  }
  return out.join(' ');
}

/** True when a name read from mixed-case text is a person's: no word in lower case but a surname's particle. */
function isPersonName(name: string): boolean {
  return name.split(' ').every((word) => !/^[a-z]/.test(word) || NAME_PARTICLES.has(word));
}

/**
 * Splits the officer part of a `Classified By` text into name and title: the name is what follows the last
 * title word. Only the first 1000 characters are read (real officer parts run to a few dozen words).
 */
export function readOfficer(text: string): Officer {
  const head = text.length > OFFICER_READ ? text.slice(0, Math.max(text.lastIndexOf(' ', OFFICER_READ), 1)) : text;
  // The officer part, without parenthesized asides and the punctuation that closed it (`AMBASSADOR. REASONS`).
  let officer = collapse(head.slice(0, officerEnd(head)).replace(/\([^)]*\)?/g, ' ')).replace(
    /(?<![\s,;:-])[\s,;:-]+$/,
    '',
  );
  // The sentence's period goes (`AMBASSADOR. REASONS`); an initial's, a suffix's and an ellipsis stay.
  if (/[^.]\.$/.test(officer) && !/(?:^|[\s.])(?:[A-Za-z]|Jr|Sr|JR|SR)\.$/.test(officer))
    officer = officer.slice(0, -1);
  // `a.i.` (ad interim) written with a space (`CHARGE D'AFFAIRES A. I. CAROL URBAN`) is one title word.
  officer = officer.replace(/(?<=\s)([Aa])\. ([Ii])\.(?=\s|,|$)/g, '$1.$2.');
  const mixedCase = /[a-z]/.test(officer);
  const parts = officer
    .split(PART_BREAK)
    .map((p) => (mixedCase ? mended(p.trim()) : p.trim()))
    .filter(Boolean);
  const titles: string[] = [];
  const fuzzy: string[][] = [];
  for (const [index, part] of parts.entries()) {
    const tokens = part.split(' ');
    let last = -1;
    // A word that is no title followed by an initial or a surname's particle (`Jane Q.`, `Jaap de`) has begun the
    // name: title words after it are the name's (`Jane Q. Public`, `Jaap de Hoop Scheffer`).
    const begun = (k: number) =>
      k - 1 > last && k >= 1 && (/^[A-Z]\.$/.test(tokens[k] as string) || NAME_PARTICLES.has(tokens[k] as string));
    for (let k = 0; k < tokens.length && !begun(k); k++)
      if (isTitleWord(tokens[k] as string, mixedCase, fuzzy)) last = k;
    const name = nameOf(tokens, last);
    if (last >= 0) titles.push(tokens.slice(0, last + 1).join(' '));
    if (/[A-Za-z]{2,}/.test(name) && (!mixedCase || isPersonName(name))) {
      const title = [...titles, ...parts.slice(index + 1)].join(', ').trim();
      return { name, title: title || null, fuzzy };
    }
  }
  return { name: null, title: titles.join(', ') || null, fuzzy };
}

/** The `classifiedBy` node of the text from `start` (the keyword) to `end`; CG305 without reasons. */
export function classifiedByOf(reading: Reading, start: number, textStart: number, end: number): ClassifiedBy {
  const text = collapse(reading.text.slice(textStart, end));
  const { reasons } = readReasons(text);
  if (reasons.length === 0) {
    reading.report(
      'CG305',
      start,
      end,
      'Expected reasons like `1.4 (b) and (d)` in the `Classified By` line, found none',
      {
        expected: '1.4 (x)',
      },
    );
  }
  const { name, title, fuzzy } = readOfficer(text);
  if (name === null) {
    const message = "Expected an officer's name in the `Classified By` line, found none (a note, a serial?)";
    reading.report('CG306', start, end, message, { expected: 'an officer', actual: text.slice(0, 60) });
  }
  for (const [written, meant] of fuzzy) {
    const at = reading.text.indexOf(written as string, textStart);
    if (at >= 0 && at < end) {
      reading.report(
        'CG300',
        at,
        at + (written as string).length,
        `Expected a title word like \`${meant}\`, found \`${written}\` (read as \`${meant}\`)`,
        { expected: meant, actual: written },
      );
    }
  }
  return { type: 'classifiedBy', position: reading.position(start, end), text, name, title, reasons };
}

// The keyword's shape inside a text (group 1): `CLASS` and four to six more capitals before `BY`, or `Class` and
// lower-case letters before `By` or `by`; its first word (group 2 or 3) is the keyword's when the fuzzy matcher puts
// it within its edits of `CLASSIFIED` (editsFromClassified: `Classfied`, `Classifed`), never by a list of misspellings.
const KEYWORD_SHAPE = '((CLASS[A-Z]{4,6})\\s+BY|(Class[a-z]{4,6})\\s+[Bb]y)';
// The keyword repeated after itself (`Classified By: CLASSIFIED BY ...`, `Classified By: 1. CLASSIFIED BY`).
const REPEATED = new RegExp(`^(?:\\d\\.\\s+)?(?:\\([A-Z]{1,3}\\)\\s*)?${KEYWORD_SHAPE}\\s*:?\\s*`);
// The keyword inside a line's text, maybe glued to the word before (`CAIROClassified By`).
const INLINE_SHAPE = new RegExp(`${KEYWORD_SHAPE}\\b`, 'g');

/** A `Classified By` keyword found in a text by {@link inlineKeyword}. */
export interface InlineKeyword {
  /** Where it starts and ends in the text. */
  start: number;
  end: number;
  /** The edits of its first word from `CLASSIFIED` (`Classfied By`: 1). */
  distance: number;
}

/** The edits from `CLASSIFIED` of the first word of a match of {@link KEYWORD_SHAPE}, or null. */
const editsOf = (m: RegExpExecArray | RegExpMatchArray) => editsFromClassified((m[2] ?? m[3]) as string);

/**
 * The first `Classified By` keyword in `text` (maybe misspelled, glued to the word before), or null.
 *
 * @example
 * inlineKeyword('B. CAIRO 478 Classifed By: DCM') // { start: 13, end: 25, distance: 1 }
 */
export function inlineKeyword(text: string): InlineKeyword | null {
  // A text seldom holds `Class`: most are passed over by one search.
  if (!text.includes('CLASS') && !text.includes('Class')) return null;
  for (const m of text.matchAll(INLINE_SHAPE)) {
    const distance = editsOf(m);
    if (distance !== null) return { start: m.index, end: m.index + m[0].length, distance };
  }
  return null;
}

/**
 * Where the text of a `Classified By` starts after its keyword at `from` (colon and repeated keyword skipped); a
 * misspelled repeat is reported (CG300), as a misspelled keyword is.
 */
function textStartAfter(reading: Reading, from: number, end: number): number {
  let at = from;
  const colon = /^\s*:?\s*/.exec(reading.text.slice(at, end));
  at += colon?.[0].length ?? 0;
  const again = REPEATED.exec(reading.text.slice(at, Math.min(end, at + 80)));
  const distance = again ? editsOf(again) : null;
  if (!again || distance === null) return at;
  const written = again[1] as string;
  const start = at + again[0].indexOf(written);
  if (distance > 0) reportMisspelledKeyword(reading, start, start + written.length, written, 'CLASSIFIED BY');
  return at + again[0].length;
}

/**
 * `Classified By` on a line of its own (maybe after a paragraph number and portion mark), wrapped onto the lines after
 * it.
 */
export const classifiedBy: Construct<ClassifiedBy> = {
  name: 'classifiedBy',
  zones: ANY_ZONE,
  first: /[A-Za-z0-9(]/,
  zoneAfter: 'text',
  starts: (line) => keywordFor(line, 'classifiedBy') !== null,
  // Any form of the keyword ends what stands open; a line without `by` near its start cannot have one.
  interrupts: (line) => /\b[Bb][Yy]\b/.test(line.value.slice(0, 40)) && keywordFor(line, 'classifiedBy') !== null,
  read(reading, i) {
    const line = reading.lines[i] as Line;
    const keyword = keywordFor(line, 'classifiedBy');
    if (!keyword) return null;
    reportFuzzyKeyword(reading, line, keyword);
    const last = fieldEnd(reading, i, (next) => !headOf(next), 4);
    const textStart = textStartAfter(reading, line.start + keyword.end, (reading.lines[last] as Line).end);
    reading.state.classifiedBy = true;
    const body = bodyAfterReasons(reading, i, last, textStart);
    if (!body) {
      const end = (reading.lines[last] as Line).end;
      return { node: classifiedByOf(reading, line.start, textStart, end), next: last + 1 };
    }
    const node = classifiedByOf(reading, line.start, textStart, body.end);
    reading.lines[body.line] = body.rest;
    return { node, next: body.line };
  },
};

/**
 * A paragraph glued after the reasons (a text that lost its line breaks: `... REASON: 1.4 (b), (d) 1. (C) Summary:
 * ...`, `... 1.4 (b) and (d) (C) HMG is ...`): the line the reasons end on (from `i` to `last`), where the statement
 * ends, and the rest of that line, which opens with a paragraph's number or portion mark and has text after it.
 *
 * ```
 * Classified By: DCM Jane Doe for reasons 1.4 (b) and (d). 1. (C) Summary: the minister ...
 * └──────────────────── the statement ────────────────────┘ └─── the rest: a paragraph ───┘
 * ```
 */
function bodyAfterReasons(reading: Reading, i: number, last: number, textStart: number) {
  for (let m = i; m <= last; m++) {
    const line = reading.lines[m] as Line;
    const from = m === i ? textStart : line.start;
    const reasons = readReasons(reading.text.slice(from, line.end)).end;
    if (reasons < 0) continue;
    const end = from + reasons + (/^[).;,]*/.exec(reading.text.slice(from + reasons, line.end))?.[0].length ?? 0);
    const rest = restOfLine(reading.text, line, end - line.start);
    const head = rest ? readParagraphHead(rest.value) : null;
    return rest && head && head.text < rest.value.length ? { line: m, end, rest } : null;
  }
  return null;
}

/**
 * A `Classified By` inside one of the first paragraphs (the text lost its line breaks): the paragraph's text
 * children with the statement taken out as a `classifiedBy` child, from its keyword to the end of its reasons
 * (or of its line); null when the texts carry none.
 */
export function inlineClassifiedBy(
  reading: Reading,
  children: Array<Text | PageMarker>,
): Array<Text | PageMarker | ClassifiedBy> | null {
  // The text lines before any page marker: where the first paragraphs carry the statement.
  const stop = children.findIndex((child) => child.type !== 'text');
  const texts = (stop < 0 ? children : children.slice(0, stop)) as Text[];
  for (let k = 0; k < texts.length; k++) {
    const span = reading.sliceOf(texts[k] as Text);
    const keyword = inlineKeyword((texts[k] as Text).value);
    if (!keyword) continue;
    const start = span.start + keyword.start;
    const keywordEnd = span.start + keyword.end;
    if (keyword.distance > 0) {
      reportMisspelledKeyword(reading, start, keywordEnd, reading.text.slice(start, keywordEnd), 'CLASSIFIED BY');
    }
    const { last, end } = statementEnd(reading, texts, k, keywordEnd);
    const node = classifiedByOf(reading, start, textStartAfter(reading, keywordEnd, end), end);
    // Its span kept, as a paragraph's children's are: a pass that shortens the paragraph (the signature) reads it.
    reading.keep(node, { start, end });
    reading.state.classifiedBy = true;
    const before = trimmedText(reading, span.start, start);
    const after = trimmedText(reading, end, reading.sliceOf(texts[last] as Text).end);
    return [...texts.slice(0, k), ...before, node, ...after, ...children.slice(last + 1)];
  }
  return null;
}

/** Where an inline statement ends: after its reasons (which may wrap onto the next two lines), else its line's end. */
function statementEnd(reading: Reading, texts: Text[], k: number, keywordEnd: number): { last: number; end: number } {
  for (let m = k; m < Math.min(texts.length, k + 3); m++) {
    const span = reading.sliceOf(texts[m] as Text);
    const from = m === k ? keywordEnd : span.start;
    const { end } = readReasons(reading.text.slice(from, span.end));
    // The statement's closing punctuation (`(d).`) is its own.
    if (end >= 0)
      return {
        last: m,
        end: from + end + (/^[).;,]*/.exec(reading.text.slice(from + end, span.end))?.[0].length ?? 0),
      };
  }
  return { last: k, end: reading.sliceOf(texts[k] as Text).end };
}

/** The text node of the span from `start` to `end`, trimmed, or nothing when it is blank. */
function trimmedText(reading: Reading, start: number, end: number): Text[] {
  const span = trimmed(reading.text, start, end);
  return span.end > span.start ? [reading.textNode(span.start, span.end)] : [];
}
