/**
 * One sense per discourse (Gale, Church and Yarowsky 1992, "One sense per discourse"): a name a cable writes many
 * times names one thing in it. Where the mentions of one surface disagree on the kind and one kind has most of them by
 * far (at least {@link MIN_MAJORITY} mentions and {@link MAJORITY_RATIO} times all the others), the few others take
 * it: they are the readings a weak cue misled (`to Dirceu` as a place among forty mentions of the person). A mention
 * after a title counts {@link TITLED_VOTES} votes and keeps its kind (`Director Zamora`), as does one that defines an
 * acronym (`Government of Iceland (GOI)`: Iceland, the government); a place the gazetteer knows
 * or after a place's preposition (`in Sinai`, not `in Barre's view`), an acronym or name a lexicon knows (`NATO`), an
 * English word (`Forum`) and, in mixed-case text, an acronym no one's alias (`COMEX`, not `FAJ` after `Fathi el-Jahmi
 * (FAJ)`), in all-capitals text any organization (a person is the last resort there), never turn into a person by
 * the vote.
 *
 * ```
 * Dirceu said ... Dirceu ... (x40) ... sent it to Dirceu   → person for all (was: place for the last)
 * Costa Rica ... (x29 place) ... Costa Rica (x11 person)  → place for all
 * ```
 */
import type { Entity } from '../schema.js';
import { wordsBefore } from '../pipeline.js';
import { PLACE_BEFORE } from './context-words.js';
import { acronymKind, isEnglishWord, isOrganizationName, placeWeight } from './lexicon.js';

/** The fewest mentions of the majority kind that outvote the others. */
export const MIN_MAJORITY = 3;
/** How many times the others' mentions the majority kind's must be. */
export const MAJORITY_RATIO = 3;

/** The votes of a mention after a title (the strongest cue a person's name has). */
export const TITLED_VOTES = 3;

/** The surface of a mention: its text, white space collapsed. */
export const surfaceOf = (entity: Entity): string => entity.text.replace(/\s+/g, ' ');

/** The kinds of the mentions of each surface, their votes counted. */
function kindsBySurface(
  entities: readonly Entity[],
  surfaces: readonly string[],
): Map<string, Map<Entity['kind'], number>> {
  const bySurface = new Map<string, Map<Entity['kind'], number>>();
  for (const [k, entity] of entities.entries()) {
    const surface = surfaces[k] as string;
    let kinds = bySurface.get(surface);
    if (!kinds) bySurface.set(surface, (kinds = new Map()));
    kinds.set(entity.kind, (kinds.get(entity.kind) ?? 0) + (entity.title ? TITLED_VOTES : 1));
  }
  return bySurface;
}

/** True for a place's preposition right before the mention and no possessive after it (`in Sinai`). */
function afterPlacePreposition(input: string, entity: Entity): boolean {
  const [start, end] = [entity.position.start.offset, entity.position.end.offset];
  const apostrophe = input.charCodeAt(end) === 39 || input.charCodeAt(end) === 0x2019;
  return !apostrophe && PLACE_BEFORE.has(wordsBefore(input, start, 1)[0] ?? '');
}

/** What the vote may not change: the cable's text and the people's aliases it defines (null in all-capitals text). */
interface Vetoes {
  input: string;
  aliases: ReadonlySet<string> | null;
}

/** True where the vote may not give a surface's mention that kind (see the header). */
function keepsKind(vetoes: Vetoes, entity: Entity, surface: string, kind: Entity['kind']): boolean {
  if (entity.title || entity.acronym) return true;
  if (kind !== 'person') return false;
  if (entity.kind === 'place' && (placeWeight(surface) > 0 || afterPlacePreposition(vetoes.input, entity))) return true;
  if (vetoes.aliases && /^[A-Z]{2,6}$/.test(surface) && !vetoes.aliases.has(surface)) return true;
  if (!vetoes.aliases && entity.kind === 'organization') return true;
  if (acronymKind(surface, false) || isOrganizationName(surface)) return true;
  return !surface.includes(' ') && isEnglishWord(surface);
}

/** The kind that outvotes the others by {@link MIN_MAJORITY} and {@link MAJORITY_RATIO}, or null. */
function majorityKind(kinds: ReadonlyMap<Entity['kind'], number>): Entity['kind'] | null {
  if (kinds.size < 2) return null;
  let top: Entity['kind'] | null = null;
  let most = 0;
  let total = 0;
  for (const [kind, count] of kinds) {
    total += count;
    if (count > most) [top, most] = [kind, count];
  }
  return most >= MIN_MAJORITY && most >= MAJORITY_RATIO * (total - most) ? top : null;
}

/**
 * Gives each mention of a surface the kind most of its mentions in the cable have, where they outvote the rest;
 * `input` is the text the mentions' offsets point into.
 */
export function oneSensePerCable(entities: Entity[], input: string): Entity[] {
  const surfaces = entities.map(surfaceOf);
  const bySurface = kindsBySurface(entities, surfaces);
  const majority = new Map<string, Entity['kind']>();
  for (const [surface, kinds] of bySurface) {
    const kind = majorityKind(kinds);
    if (kind) majority.set(surface, kind);
  }
  if (majority.size === 0) return entities;
  const people = entities.filter((entity) => entity.kind === 'person' && entity.acronym);
  const aliases = /[a-z]{3}/.test(input) ? new Set(people.map((entity) => entity.acronym as string)) : null;
  for (const [k, entity] of entities.entries()) {
    const surface = surfaces[k] as string;
    const kind = majority.get(surface);
    if (kind && !keepsKind({ input, aliases }, entity, surface, kind)) entity.kind = kind;
  }
  return entities;
}
