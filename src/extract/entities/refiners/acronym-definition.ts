/**
 * An acronym or alias in parentheses right after a name defines it: the name's mention records
 * it (`acronym`), and later mentions of it are the same entity (see the coreference refiner).
 * An alias in mixed case (`Ahmed bin Said (AbS)`) must be made of the name's initials; an acronym
 * in capitals may come from another language (`Ministry of Internal Affairs (MVD)`). A member of Congress's party
 * and state (`Ann Cole (D-CA)`) is no acronym: it makes the name a person's.
 *
 * ```
 * the Procurator General's Office (PGO) ... Ahmed bin Said (AbS)
 *     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ acronym PGO   ^^^^^^^^^^^^^^ alias AbS
 * ```
 */
import { TITLE_ABBREVIATIONS } from '../../../tables/person-titles.js';
import { US_STATE_CODES } from '../../../tables/us-states.js';
import type { Refiner } from '../../pipeline.js';
import { type EntityContext, type FoundEntity, initialsOf, isWhiteSpace, spellsAlias, wordsOfName } from '../found.js';
import {
  acronymKind,
  isEnglishNameWord,
  isEnglishWord,
  isNameOfWords,
  isNationalityLed,
  isOrganizationWord,
  isPlaceWord,
  placeWeight,
} from '../lexicon.js';

const DEFINITION = /\s*\((?<acronym>[A-Z][A-Za-z0-9&/-]{1,11})\)/y;

/** A cable's own word in parentheses, no acronym a name defines: a telegram (`(REFTEL)`, `(SEPTEL)`), a paragraph. */
const CABLE_WORD = /^(?:[A-Z]{2,5}TELS?|PARAS?|REFS?)$/;

/** The acronym in capitals that parentheses right after `end` define (`... COMPANY (NIOC)`), or null. */
export function acronymAfter(text: string, end: number): string | null {
  DEFINITION.lastIndex = end;
  const acronym = DEFINITION.exec(text)?.groups?.acronym ?? null;
  return acronym && /^[A-Z0-9&/-]+$/.test(acronym) && !CABLE_WORD.test(acronym) ? acronym : null;
}

/**
 * True when a mixed-case alias is made of the name's initials, in order, one letter each (`AbS`
 * for `Ahmed bin Said`): a name of two words or more, an alias no longer than its words.
 */
function fromInitials(alias: string, name: string): boolean {
  const initials = initialsOf(name);
  if (initials.length < 2 || alias.length > initials.length) return false;
  let k = 0;
  for (const letter of alias) {
    while (k < initials.length && (initials[k] as string).toLowerCase() !== letter.toLowerCase()) k++;
    if (k === initials.length) return false;
    k++;
  }
  return alias[0] === initials[0]?.toUpperCase();
}

/**
 * True for two to four plain capitalized words, none an English word but a name's (and no place's word: `Ene River
 * Valley (VRAE)`), that an acronym opens with no initial of and holds at most one of, in order (`Mayi Antillon (PLN)`,
 * `Raila Odinga (ODM)`): no definition of the name, which has a person's shape.
 */
function unspelledByName(words: readonly string[], acronym: string): boolean {
  if (words.length < 2 || words.length > 4 || acronym.charAt(0) === (words[0] as string).charAt(0)) return false;
  // (Two of the name's initials in the acronym, in order, may spell it: `Neptune Deepwater Port (DWP)`.)
  let at = 0;
  let spelled = 0;
  for (const word of words) {
    const found = acronym.indexOf(word.charAt(0), at);
    if (found >= 0) [at, spelled] = [found + 1, spelled + 1];
  }
  if (spelled >= 2) return false;
  const nameWord = (word: string) => !isEnglishWord(word) || (isEnglishNameWord(word) && !isPlaceWord(word));
  return words.every((word) => /^[A-Z][a-z]+$/.test(word) && nameWord(word));
}

/**
 * True when an acronym in capitals after a person's name is the person's affiliation, not an alias (`Eunicio Oliveira
 * (PMDB)`, `Marina Silva (PT-AC)`, `Burk (ISN)`): not when it spells an alias (spellsAlias), or is spelled by the title
 * and name together (`Turkish General` + `Staff (TGS)`, a body's name cut at a title word: left as it was). A person's
 * name here: typed person, after a title, of a name's words (isNameOfWords), or of a person's shape that the acronym
 * does not spell (unspelledByName).
 */
function isAffiliation(entity: FoundEntity, name: string, acronym: string): boolean {
  const words = wordsOfName(name);
  const person = entity.kind === 'person' || !!entity.title || isNameOfWords(words);
  if (!person && (entity.kind !== null || !unspelledByName(words, acronym))) return false;
  // A body's name (`Costa Rican Coast Guard (SNGC)`, `Jose Marti Foundation`) may open with a given name or a title.
  if (words.some(isOrganizationWord) || isNationalityLed(words)) return false;
  // The capitalized words' initials (`Minister of International Cooperation (MIC)`).
  const titled = entity.title ? initialsOf(`${entity.title} ${name}`).filter((c) => c >= 'A' && c <= 'Z') : [];
  const letters = acronym.replace(/[^A-Z]/g, '');
  return !spellsAlias(name, acronym) && !letters.split('').every((letter, k) => titled[k] === letter);
}

/**
 * The mention of an affiliation in all-capitals text, its first part only (`(PMDB-CEARA)`: PMDB): a known acronym's
 * kind, else an organization's (a party, a service, an agency). Null for a word (`(PROTECT)`, `(NOTETAKER)`): an
 * English word, or longer than an acronym (six letters) and no place.
 */
function affiliationAt(at: number, definition: string, acronym: string): FoundEntity | null {
  const head = acronym.split(/[-/]/)[0] as string;
  if (head.length < 2 || isEnglishWord(head) || (head.length > 6 && !placeWeight(head))) return null;
  const start = at + definition.indexOf(acronym);
  const kind = acronymKind(head, false) ?? 'organization';
  return { start, end: start + head.length, kind, title: null, acronym: null, expansion: null };
}

/**
 * The entities with the affiliations no parser read, in the order of the text; an affiliation replaces a name nothing
 * typed at its start (see `unlisted` in found.ts).
 */
function withAffiliations(found: FoundEntity[], affiliations: FoundEntity[]): FoundEntity[] {
  const starts = new Set(affiliations.map((entity) => entity.start));
  const kept = found.filter((entity) => !(entity.unlisted && starts.has(entity.start)));
  const read = new Set(kept.map((entity) => entity.start));
  const added = affiliations.filter((entity) => !read.has(entity.start));
  return added.length ? [...kept, ...added].sort((a, b) => a.start - b.start) : found;
}

/** True for a member of Congress's party and state (`D-NY`, `R-PA`, `I-VT`): no acronym, a person's mark. */
function isPartyAndState(acronym: string): boolean {
  return /^[DRI]-[A-Z]{2}$/.test(acronym) && US_STATE_CODES.has(acronym.slice(2));
}

/** An acronym in parentheses, maybe plural (`(TIP)`, `(NGOs)`). */
const PARENTHESIZED = /\((?<acronym>[A-Z][A-Z0-9&-]{1,7})s?\)/g;
/** The lower-case words before a parenthesis, up to eight (`trafficking in persons `). */
const LOWER_WORDS_BEFORE = /(?:^|[^A-Za-z-])((?:[a-z][a-z-]*\s+){1,8})$/;
/** Words an acronym may skip: English connectives, and those of Romance names (`Instituto de Defensa Legal`). */
const CONNECTIVES = new Set(['of', 'in', 'and', 'for', 'the', 'to', 'on', 'a', 'de', 'del', 'la', 'dos', 'das', 'y']);
/** True for a word, in lower case, that an acronym may skip (see {@link spelledFrom}). */
export const isConnective = (word: string): boolean => CONNECTIVES.has(word);

/**
 * Where, among the lower-case words before it, the words the acronym is made of begin (their initials in order,
 * connectives skipped or not, hyphenated parts counted apart: `trafficking in persons (TIP)`, `non-governmental
 * organization (NGO)`), or -1 when they do not spell it.
 */
export function spelledFrom(acronym: string, words: readonly string[]): number {
  const parts = words.flatMap((word, index) => word.split('-').map((part) => ({ part, index })));
  // From the last word back: the acronym's last letter is the last word's initial.
  let k = parts.length - 1;
  for (let j = acronym.length - 1; j >= 0; j--) {
    const letter = (acronym[j] as string).toLowerCase();
    while (k >= 0 && parts[k]?.part[0] !== letter && CONNECTIVES.has(parts[k]?.part ?? '')) k--;
    if (k < 0 || parts[k]?.part[0] !== letter) return -1;
    k--;
  }
  return parts[k + 1]?.index ?? -1;
}

/**
 * Records the acronyms the text defines by words in lower case (`intellectual property rights (IPR)`): a common noun's
 * acronym, kind null, which names no entity later on (an acronym nobody defined would be an organization's).
 */
function recordCommonAcronyms(context: EntityContext): void {
  const text = context.text;
  if (text.indexOf('(') < 0) return;
  PARENTHESIZED.lastIndex = 0;
  for (let m = PARENTHESIZED.exec(text); m; m = PARENTHESIZED.exec(text)) {
    const acronym = m.groups?.acronym as string;
    if (context.acronyms.has(acronym) || !/^[A-Z]+$/.test(acronym)) continue;
    const before = LOWER_WORDS_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index));
    const words = before?.[1]?.trim().split(/\s+/) ?? [];
    if (words.length >= 2 || (words.length === 1 && words[0]?.includes('-'))) {
      const from = spelledFrom(acronym, words);
      if (from >= 0) context.acronyms.set(acronym, { kind: null, expansion: words.slice(from).join(' ') });
    }
  }
}

/** Records the acronym defined after a name; a party and state after it makes it a person. */
export const acronymDefinitionRefiner: Refiner<EntityContext, FoundEntity> = {
  refine(context, found) {
    recordCommonAcronyms(context);
    // The parenthesized acronym itself is part of the defining mention, not a mention of its own.
    const definitions = new Set<number>();
    const affiliations: FoundEntity[] = [];
    for (const entity of found) {
      // A definition opens with `(` or white space before it; a word nothing typed defines nothing (`RYABKOV
      // (RUSSIA)`, `... ISLAMIC MAGREB (AQIM)`: the parenthesized name is a mention of its own).
      const next = context.text.charCodeAt(entity.end);
      if ((next !== 40 && !isWhiteSpace(next)) || entity.unlisted) continue;
      DEFINITION.lastIndex = entity.end;
      const match = DEFINITION.exec(context.text);
      const acronym = match?.groups?.acronym;
      if (!acronym) continue;
      const name = context.text.slice(entity.start, entity.end);
      const capitals = /^[A-Z0-9&/-]+s?$/.test(acronym);
      if (!capitals && !fromInitials(acronym, name)) continue;
      // (Nor a title's abbreviation with a slash: `Assistant Secretary of State (A/S)` defines the title, no name;
      // `PM`, `MP` abbreviate bodies as often: `Political-Military (PM)`.)
      const title = acronym.includes('/') && TITLE_ABBREVIATIONS.has(acronym);
      if (acronym === name || CABLE_WORD.test(acronym) || title) continue;
      if (isPartyAndState(acronym)) {
        entity.kind ??= 'person';
        continue;
      }
      // The affiliation stays a mention of its own; in all-capitals text no parser read it as one.
      if (capitals && isAffiliation(entity, name, acronym)) {
        const affiliation = context.mixedCase ? null : affiliationAt(match?.index ?? 0, match?.[0] ?? '', acronym);
        if (affiliation) affiliations.push(affiliation);
        continue;
      }
      entity.acronym = acronym;
      definitions.add((match?.index ?? 0) + (match?.[0].indexOf(acronym) ?? 0));
      // A name that defines a known organization's acronym (`World Food Program (WFP)`) is that organization.
      if (acronymKind(acronym) === 'organization') entity.kind = 'organization';
    }
    const kept = definitions.size ? found.filter((entity) => !definitions.has(entity.start)) : found;
    return affiliations.length ? withAffiliations(kept, affiliations) : kept;
  },
};
