/**
 * Coreference over the whole cable, both ways: a name a paragraph left untyped is typed by what the cable names
 * anywhere else, after it as well as before it (the coreference refiner looks back only, text by text). A bare
 * surname in a summary before the paragraph that names the person in full is that person; an acronym written before
 * the paragraph that defines it is what the definition says; a name the cable's typed mentions agree on is of that
 * kind (one sense per discourse for the mentions no evidence typed: `the Sacyr group` ... `Sacyr,s ability`).
 *
 * ```
 * 1. (C) Summary: Kassymov warned ...   3. ... Minister Kalmukhanbet Kassymov said ...
 *                 ^^^^^^^^ person (was: untyped, dropped)
 * ```
 */
import type { Position } from '../../position.js';
import type { Entity } from '../schema.js';
import type { EntityOptions, UntypedName } from './index.js';
import { isEnglishWord, isNationality, placeWeight } from './lexicon.js';
import { surfaceOf } from './one-sense-per-cable.js';

/** What the whole cable named: its people, acronyms and words written in lower case (see {@link EntityOptions}). */
export type CableNames = Required<Pick<EntityOptions, 'people' | 'acronyms' | 'lowerWords'>> & {
  /** The kind of each surface the cable's mentions typed, null where they disagree (see {@link kindsBySurface}). */
  kinds?: ReadonlyMap<string, Entity['kind'] | null>;
};

/**
 * The kind the typed mentions of each surface (white space collapsed) agree on, null where two kinds were given: a
 * name the cable types the same wherever it types it, for its untyped mentions (`the Sacyr group` ... `Sacyr,s`).
 */
export function kindsBySurface(entities: readonly Entity[]): Map<string, Entity['kind'] | null> {
  const kinds = new Map<string, Entity['kind'] | null>();
  for (const entity of entities) {
    const surface = surfaceOf(entity);
    const known = kinds.get(surface);
    kinds.set(surface, known === undefined || known === entity.kind ? entity.kind : null);
  }
  return kinds;
}

/**
 * The kind the cable's other mentions give a name (see {@link kindsBySurface}), or null: a name of a word or more that
 * is no English word or word written in lower case, no nationality, no part of a longer word.
 */
function kindElsewhere(named: CableNames, input: string, untyped: UntypedName): Entity['kind'] | null {
  const { name } = untyped;
  const kind = named.kinds?.get(name) ?? null;
  if (!kind || !standsAlone(input, untyped)) return null;
  if (!name.includes(' ') && (isEnglishWord(name) || named.lowerWords.has(name.toLowerCase()))) return null;
  return kind;
}

/** True for a name that is no nationality and no part of a longer word (`Pol` of `PolCouns`). */
const standsAlone = (input: string, { name, start, end }: UntypedName) =>
  !isNationality(name) && !isLetter(input.charCodeAt(start - 1)) && !isLetter(input.charCodeAt(end));

/**
 * True for a name at `start..end` that may stand for a person the cable names: several words, or one word that is no
 * nationality (`Indian` is no one's surname, even where a misread `... Indian` put it among the cable's people), no
 * word the text writes in lower case (`What`), no part of a longer word (`Pol` of `PolCouns`); in capitals, no English
 * word or place either.
 */
function mayNamePerson(named: CableNames, input: string, untyped: UntypedName): boolean {
  const { name } = untyped;
  if (name.includes(' ')) return true;
  if (!standsAlone(input, untyped)) return false;
  if (/[a-z]/.test(name)) return !named.lowerWords.has(name.toLowerCase());
  return !isEnglishWord(name) && placeWeight(name) === 0;
}

/** True for the code of a letter a-z or A-Z. */
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * The entities of the `untyped` names that `named` types: a person's name or surname the cable names, an acronym it
 * defines as a thing's (not a common noun's), a name its other mentions type alike. `input` is the text the offsets
 * point into.
 */
export function typeByCable(
  untyped: readonly UntypedName[],
  named: CableNames,
  input: string,
  position: (start: number, end: number) => Position,
): Entity[] {
  const typed: Entity[] = [];
  for (const untypedName of untyped) {
    const { name, start, end } = untypedName;
    const defined = named.acronyms.get(name);
    const kind = defined
      ? defined.kind
      : named.people.has(name) && mayNamePerson(named, input, untypedName)
        ? 'person'
        : kindElsewhere(named, input, untypedName);
    if (!kind) continue;
    typed.push({
      type: 'entity',
      text: input.slice(start, end),
      position: position(start, end),
      kind,
      title: null,
      acronym: null,
      expansion: defined?.expansion ?? null,
    });
  }
  return typed;
}
