/** What the entity parsers and refiners pass along: an entity without its position yet. */
import type { Span } from '../pipeline.js';
import type { Entity } from '../schema.js';

/** An entity found in the text being read, offsets into it; `kind` null until the typing refiner decides. */
export type FoundEntity = Omit<Entity, 'type' | 'text' | 'position' | 'kind'> &
  Span & {
    kind: Entity['kind'] | null;
    /** True for a kind guessed with nothing to go by (the last resort): later mentions are not typed from it. */
    guessed?: true;
    /** True for a name right before a title (`Central Bank` of `Central Bank President X`): its institution or
     * place, never a person. */
    beforeTitle?: true;
    /**
     * True for a word left untyped that a place's weak cue alone stands before (`from Derna`): a place, unless the
     * cable names a person so (see context-words.ts, `placeByWeakCueAlone`; decided by the coreference refiner).
     */
    placeByCue?: true;
    /**
     * True for a name of capitals no lexicon lists and nothing around it typed (`IF ORTEGA AGREES`): no evidence types
     * it, only what the cable names elsewhere (a list it stands in, the person the cable names so: see coreference).
     */
    unlisted?: true;
  };

/** What the entity parsers and refiners read, and what they learn as a cable is read. */
export interface EntityContext {
  text: string;
  /** True when the text has lower-case words: capitalization is a cue. */
  mixedCase: boolean;
  /** Words written in lower case somewhere in the text (a capitalized one of them opens a sentence, names nothing). */
  lowerWords: ReadonlySet<string>;
  /** Acronyms and aliases defined so far, with their kind and expansion. */
  acronyms: Map<string, { kind: Entity['kind'] | null; expansion: string }>;
  /** People named so far: surnames and full names, upper case keys for the all-caps path too. */
  people: Set<string>;
  /**
   * Words of capitals the cable typed by the head word after them (`REFAH PARTY`, `CATATUMBO RIVER`): a later bare
   * mention (`REFAH`) is of that kind.
   */
  named: Map<string, 'organization' | 'place'>;
  /** Place names known for this cable beyond the lexicons (the header's addressee cities), upper case. */
  places: ReadonlySet<string>;
  /** The acronyms of the post's country's government (`GOB` from Brasilia), read so even where they spell a word. */
  governments?: ReadonlySet<string>;
  /** Receives the names nothing typed, which the coreference refiner drops (see {@link EntityOptions.untyped}). */
  untyped?: FoundEntity[];
}

/** A word of a run of capitals in all-capitals text, a possessive `'S` cut off (and noted). */
export interface CapsToken {
  text: string;
  start: number;
  possessive: boolean;
}

/** Where a token ends in the text, its possessive `'S` included. */
export const capsTokenEnd = (token: CapsToken): number => token.start + token.text.length + (token.possessive ? 2 : 0);

/** True for the code of a white-space character as regexps' `\s` takes it. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The words of a name: `name.split(/\s+/)`, with a loop over character codes. */
export function wordsOfName(name: string): string[] {
  const words: string[] = [];
  let from = 0;
  for (let k = 0; k < name.length; k++) {
    if (!isWhiteSpace(name.charCodeAt(k))) continue;
    words.push(name.slice(from, k));
    while (k + 1 < name.length && isWhiteSpace(name.charCodeAt(k + 1))) k++;
    from = k + 1;
  }
  words.push(name.slice(from));
  return words;
}

/**
 * The shortest a line and the word after it are when a line break between them is a wrap: a shorter line, with room
 * for the next word, ended where its writer ended it (an address line, a list's item, a form's field). Cables wrap
 * prose at 60 to 80 columns (the telegram's line is 69), a few narrower: 50 leaves room for those.
 */
const WRAPPED_LINE = 50;

/**
 * True when the line break between a word ending at `end` and the next word, of `nextLength` characters, is a wrap
 * (a name may go on across it), false for a line ended short of the width or for no line break between them.
 *
 * ```
 * Reinsertion Commissioner Frank Pearl            (36 characters + `National`: ended short, no wrap)
 * National Planning Advisor Maria Eugenia Pinto
 * ```
 */
export function wrapsBetween(text: string, end: number, nextStart: number, nextLength: number): boolean {
  let gap = end;
  while (gap < nextStart && text.charCodeAt(gap) !== 10) gap++;
  if (gap === nextStart) return true;
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  return end - lineStart + 1 + nextLength >= WRAPPED_LINE;
}

/** A name's text with its white space collapsed (names may wrap lines). */
export function nameAt(text: string, start: number, end: number): string {
  const name = text.slice(start, end);
  return /\s\s|[\t\n\r]/.test(name) ? name.replace(/\s+/g, ' ') : name;
}

/** {@link nameAt} without a possessive `'s`: the name as the cable's people and acronyms key it (`Kassab's`). */
export function keyNameAt(text: string, start: number, end: number): string {
  const written = nameAt(text, start, end);
  return /['’]s$/i.test(written) ? written.slice(0, -2) : written;
}

/** A found entity at `start..end`, of a known kind (or null: untyped yet), with a title before it or none. */
export function entityAt(
  start: number,
  end: number,
  kind: FoundEntity['kind'],
  title: string | null = null,
): FoundEntity {
  return { start, end, kind, title, acronym: null, expansion: null };
}

/** The initials of a name's words and of their hyphenated parts (`el-Jahmi`: e, J), in order. */
export const initialsOf = (name: string): string[] => name.split(/[\s-]+/).map((word) => word.charAt(0));

/**
 * True when an acronym is a person's alias by its letters: it opens with the name's initial and ends with an initial of
 * the last word (`Andres Manuel Lopez Obrador (AMLO)`, `Fathi el-Jahmi (FAJ)`).
 */
export function spellsAlias(name: string, acronym: string): boolean {
  const letters = acronym.replace(/[^A-Z]/g, '');
  const last = initialsOf(wordsOfName(name).at(-1) ?? '');
  return (
    letters.charAt(0) === initialsOf(name)[0]?.toUpperCase() &&
    last.some((initial) => initial.toUpperCase() === letters.charAt(letters.length - 1))
  );
}
