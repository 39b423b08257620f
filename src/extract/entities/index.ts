/**
 * `extractEntities`: people, organizations, places, operations, programs and other named things,
 * chrono's way. Parsers find runs of capitalized words (mixed case), names a lexicon knows (all
 * capitals), operations and programs by their shape; refiners record acronym definitions, type
 * names by evidence (lexicons of public provenance, context words, name shape, head words), type
 * later mentions by what the cable named before, and keep the longest of overlapping readings.
 *
 * ```
 * Vice Minister of Internal Affairs Kalmukhanbet Kassymov   → person (title kept apart)
 * the Ministry of Internal Affairs (MVD) ... the MVD         → organization, its acronym, then the acronym
 * in Peshawar ... Ahmad Ali said ... Ali                     → place, person, person
 * GENERAL AZIMI TOLD US THE USG AND IRAN AGREED              → person, organization, place
 * ```
 */
import type { Position } from '../../position.js';
import { type Configuration, longestFirst, run } from '../pipeline.js';
import { positionsIn } from '../positions.js';
import type { Entity } from '../schema.js';
import { type EntityContext, type FoundEntity, keyNameAt } from './found.js';
import { allCapsParser } from './parsers/all-caps.js';
import { capitalizedNameParser } from './parsers/capitalized-name.js';
import { operationParser, programParser } from './parsers/operation.js';
import { acronymDefinitionRefiner } from './refiners/acronym-definition.js';
import { cableReferenceRefiner } from './refiners/cable-reference.js';
import { holidayNameRefiner } from './refiners/holiday-name.js';
import { coreferenceRefiner } from './refiners/coreference.js';
import { listsRefiner } from './refiners/lists.js';
import { typeByEvidenceRefiner } from './refiners/type-by-evidence.js';

/** The parsers and refiners of {@link extractEntities}, in order. */
export const ENTITY_CONFIGURATION: Configuration<EntityContext, FoundEntity> = {
  parsers: [operationParser, programParser, capitalizedNameParser, allCapsParser],
  refiners: [
    longestFirst(),
    holidayNameRefiner,
    acronymDefinitionRefiner,
    typeByEvidenceRefiner,
    listsRefiner,
    coreferenceRefiner,
    cableReferenceRefiner,
  ],
};

/** Options of {@link extractEntities}. */
export interface EntityOptions {
  /** Added to every offset (where `text` starts in a larger input). */
  offset?: number;
  /** Positions for offsets (default: line and column within `text`). */
  position?: (start: number, end: number) => Position;
  /**
   * Acronyms defined earlier in the same cable, and what they stand for (updated as new ones are read); kind null for
   * a common noun's (`trafficking in persons (TIP)`), which names no entity.
   */
  acronyms?: Map<string, { kind: Entity['kind'] | null; expansion: string }>;
  /** Names of people already named in the same cable (a later bare surname is the same person); updated. */
  people?: Set<string>;
  /** Place names known for this cable beyond the lexicons (the header's addressee cities), upper case. */
  places?: ReadonlySet<string>;
  /**
   * The acronyms of the government of the cable's post's country (`GOB` for a cable from Brasilia): organizations in
   * all-capitals text even where they spell an English word (`GOB`, `GOT`).
   */
  governments?: ReadonlySet<string>;
  /** Words of capitals typed by a head word earlier in the cable, and their kind (updated as new ones are read). */
  named?: Map<string, 'organization' | 'place'>;
  /** The words the whole document writes in lower case (default: those of `text`); see {@link lowerWordsOf}. */
  lowerWords?: ReadonlySet<string>;
  /**
   * Receives the names nothing in `text` typed, which the result leaves out: a caller reading a whole cable types them
   * by what the rest of it names (a bare surname before the full name: see {@link typeByCable}).
   */
  untyped?: UntypedName[];
}

/** A name a text left untyped: nothing around it said what it names. */
export interface UntypedName {
  /** The name, white space collapsed, a possessive `'s` cut off (as `people` and `acronyms` key names). */
  name: string;
  /** Where it starts in the caller's text (`offset` added). */
  start: number;
  /** Where it ends (exclusive). */
  end: number;
}

// Three letters in lower case, one of them no `x`: a text in mixed case (an archive's redaction, `xxxxxxxxxxxx`,
// stands in text of either case and says nothing of it).
const MIXED_CASE = /[a-wyz][a-z]{2}|[a-z][a-wyz][a-z]|[a-z]{2}[a-wyz]/;

/** True for the code of a character of `\w`: a letter a-z or A-Z, a digit, `_`. */
const isWordCode = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
/** True for the code of a character that goes on a lower-case word: a-z, an apostrophe, a hyphen. */
const continuesLower = (code: number) => (code >= 97 && code <= 122) || code === 39 || code === 45;

/**
 * The words a text writes in lower case (`\b[a-z][a-z'-]+`, read with a loop over character
 * codes): a capitalized one of them opens a sentence and names nothing. `extract` gathers them
 * once for a whole cable.
 */
export function lowerWordsOf(text: string, into: Set<string> = new Set()): Set<string> {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 97 || code > 122 || (i > 0 && isWordCode(text.charCodeAt(i - 1)))) continue;
    let end = i + 1;
    while (end < text.length && continuesLower(text.charCodeAt(end))) end++;
    if (end - i < 2) continue;
    into.add(text.slice(i, end));
    i = end - 1;
  }
  return into;
}

/**
 * The named entities of a text, in order.
 *
 * @example
 * extractEntities('the Ministry of Internal Affairs (MVD) stated')[0] // { kind: 'organization', text:
 * 'Ministry of Internal Affairs', acronym: 'MVD', ... }
 */
export function extractEntities(text: string, options: EntityOptions = {}): Entity[] {
  const base = options.offset ?? 0;
  const position = positionsIn(text, base, options.position);
  const mixedCase = MIXED_CASE.test(text);
  const context: EntityContext = {
    text,
    mixedCase,
    lowerWords: options.lowerWords ?? (mixedCase ? lowerWordsOf(text) : new Set()),
    acronyms: options.acronyms ?? new Map(),
    people: options.people ?? new Set(),
    named: options.named ?? new Map(),
    places: options.places ?? new Set(),
    governments: options.governments,
    untyped: options.untyped ? [] : undefined,
  };
  const kept = run(ENTITY_CONFIGURATION, context, text);
  for (const name of context.untyped ?? []) options.untyped?.push(untypedName(text, name, base));
  return kept.map((found) => ({
    type: 'entity' as const,
    text: text.slice(found.start, found.end),
    position: position(base + found.start, base + found.end),
    kind: found.kind ?? 'other',
    title: found.title,
    acronym: found.acronym,
    expansion: found.expansion,
  }));
}

/** An untyped found name as {@link UntypedName}: its name as the lexicons key it, its offsets moved by `base`. */
function untypedName(text: string, found: FoundEntity, base: number): UntypedName {
  return { name: keyNameAt(text, found.start, found.end), start: base + found.start, end: base + found.end };
}
