/** What the entity parsers and refiners pass along: an entity without its position yet. */
import type { Span } from '../pipeline.js';
import type { Entity } from '../schema.js';

/** An entity found in the text being read, offsets into it; `kind` null until the typing refiner decides. */
export type FoundEntity = Omit<Entity, 'type' | 'text' | 'position' | 'kind'> & Span & { kind: Entity['kind'] | null };

/** What the entity parsers and refiners read, and what they learn as a cable is read. */
export interface EntityContext {
  text: string;
  /** True when the text has lower-case words: capitalization is a cue. */
  mixedCase: boolean;
  /** Words written in lower case somewhere in the text (a capitalized one of them opens a sentence, names nothing). */
  lowerWords: ReadonlySet<string>;
  /** Acronyms and aliases defined so far, with their kind and expansion. */
  acronyms: Map<string, { kind: Entity['kind']; expansion: string }>;
  /** People named so far: surnames and full names, upper case keys for the all-caps path too. */
  people: Set<string>;
  /** Place names known for this cable beyond the lexicons (the header's addressee cities), upper case. */
  places: ReadonlySet<string>;
}

/** A name's text with its white space collapsed (names may wrap lines). */
export function nameAt(text: string, start: number, end: number): string {
  const name = text.slice(start, end);
  return /\s\s|[\t\n\r]/.test(name) ? name.replace(/\s+/g, ' ') : name;
}

/** A found entity of a known kind. */
export function entityAt(
  start: number,
  end: number,
  kind: Entity['kind'],
  extra: Partial<FoundEntity> = {},
): FoundEntity {
  return { start, end, kind, title: null, acronym: null, expansion: null, ...extra };
}
