/**
 * Types the names the parsers left untyped by weighing evidence, with person the last resort:
 *
 * | evidence | for |
 * |---|---|
 * | the lexicons (countries 3, capitals and regions 2, cities 1); a place word last (`Swat Valley`) | place |
 * | `in/near/toward/from X`, `the city/province of X`, `X's government`, `government of X` | place |
 * | an organization word (`Ministry`, `Committee`, `Forces`), a known or defined acronym | organization |
 * | a word for a program or agreement (`Treaty`, `Initiative`), a storm's (`Hurricane X`) | program, other |
 * | a title before it, a given name first, initials, particles (`bin`, `von`) | person |
 * | `X said/told/stated`, `, who`; a surname named before in the cable | person |
 *
 * The kind with the most evidence wins when it has enough (2); a name with too little is left
 * untyped (and dropped unless coreference types it).
 *
 * ```
 * in Peshawar → place    the Interior Ministry → organization    Ahmad Ali said → person
 * ```
 */
import { LEGAL_FORMS, ORGANIZATION_ACRONYMS } from '../../../tables/organizations.js';
import { MONTH_PATTERN } from '../../../tables/calendar.js';
import { NAME_PARTICLES } from '../../../tables/titles.js';
import { type Refiner, wordsBefore } from '../../pipeline.js';
import type { Entity } from '../../schema.js';
import {
  citesSource,
  COMPASS_OF,
  compassAdjectiveBefore,
  lowerBefore,
  maySurnameAlone,
  bodyWordNext,
  noEvidence,
  personBefore,
  PLACE_AFTER,
  PLACE_BEFORE,
  PLACE_BEFORE_WEAK,
  PLACE_OF,
  placeByWeakCueAlone,
  programWordNext,
  SPEAKER_AFTER,
  weakCueAfter,
} from '../context-words.js';
import { type EntityContext, type FoundEntity, nameAt, spellsAlias, wordsOfName } from '../found.js';
import {
  acronymKind,
  isArmedGroup,
  isEnglishNameWord,
  isEnglishWord,
  isGivenName,
  isNationality,
  isNameOfWords,
  isNationalityLed,
  isOrganizationName,
  isOrganizationWord,
  isPlaceWord,
  isPortfolio,
  isTitleHead,
  namesPostOfficer,
  opensPlaceGeneric,
  placeWeight,
} from '../lexicon.js';

type Evidence = Record<Entity['kind'], number>;
const KINDS: ReadonlyArray<Entity['kind']> = ['place', 'organization', 'operation', 'program', 'other', 'person'];

const LEGAL_FORM_WORDS = new RegExp(`^(?:${LEGAL_FORMS.join('|')})$`);
const COMPASS =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Central|NORTH|SOUTH|EAST|WEST)$/;
const AGREEMENT =
  /^(?:treaty|agreement|accords?|convention|protocol|pact|act|law|charter|declaration|summit|resolution)$/i;
/** The words that open an agreement's complement (`Law on X`, `Treaty of X`, `Convention against X`). */
const COMPLEMENT_WORD = /^(?:on|of|for|against)$/i;
/**
 * The words before a storm's given name (the WMO's tropical cyclone names: `Hurricane Katrina`, `Cyclone Nargis`,
 * `Typhoon Morakot`): an event's name, whatever a person's shape it has.
 */
const STORM = /^(?:Hurricane|Cyclone|Typhoon|HURRICANE|CYCLONE|TYPHOON)$/;

const add = (evidence: Evidence, kind: Entity['kind'], weight: number) => {
  evidence[kind] += weight;
};
const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'von',
  'van',
  'der',
  'de',
  'du',
  'da',
  'di',
  'del',
  'ul',
  'abu',
]);
/** True for an initial (`J.`). */
const isInitial = (word: string) =>
  word.length === 2 && word.charCodeAt(1) === 46 && word.charCodeAt(0) >= 65 && word.charCodeAt(0) <= 90;
/** `Go` or `Mo` and capitals: a government's or ministry's acronym as many cables write it (`GoB`, `MoFA`). */
const MIXED_CASE_ACRONYM = /^(?:R?Go|Mo)[A-Z][A-Za-z]{0,3}$/;
/** True when an apostrophe stands at `at`, as `X's government` needs. */
const apostropheAt = (text: string, at: number) => text.charCodeAt(at) === 39 || text.charCodeAt(at) === 0x2019;

/**
 * The place weight of the words before a name of `length` words at `start` (`words`: the two nearest, then the two
 * nearest past a `the`): 2 for `in X`, `north of X`, `western X` (1 for a name of three words or more), 1 for a weak
 * cue (`from X`; `according to X` cites a source: no place's `to`), else 0.
 */
function placeCueWeight(text: string, start: number, length: number, words: readonly string[]): number {
  const [w1 = '', w2 = '', p1 = '', p2 = ''] = words;
  if (PLACE_BEFORE.has(p1) || (p1 === 'of' && COMPASS_OF.has(p2)) || compassAdjectiveBefore(text, start, w1))
    return length <= 2 ? 2 : 1;
  return PLACE_BEFORE_WEAK.has(p1) && !citesSource(w1, w2) ? 1 : 0;
}

/**
 * Adds the place evidence of the name itself (the lexicons, the cable's places, a place word last, a compass word or a
 * place's generic term first) and returns the lexicons' weight.
 */
function addPlaceNameEvidence(context: EntityContext, evidence: Evidence, name: string, words: string[]): number {
  // A city name the text also writes in lower case (`Source`, `Mission`) is that word, not the city.
  const weight = placeWeight(name);
  add(evidence, 'place', weight > 0 && weight <= 2 && context.lowerWords.has(name.toLowerCase()) ? 0 : weight);
  if (context.places.size > 0 && !name.includes(' ') && context.places.has(name.toUpperCase()))
    add(evidence, 'place', 2);
  if (words.length > 1 && isPlaceWord(words.at(-1) as string)) add(evidence, 'place', 2);
  if (words.length === 2 && COMPASS.test(words[0] as string)) add(evidence, 'place', 2);
  // `Puerto Madero`, `Isla Margarita`: a Spanish or Portuguese place's generic term first (capitalized; an
  // organization word last outweighs it: `Rio Group`, `CASA Foundation`).
  if (
    words.length > 1 &&
    words.length <= 3 &&
    /^[A-Z][a-z]+$/.test(words[0] as string) &&
    opensPlaceGeneric(words[0] as string)
  )
    add(evidence, 'place', 2);
  return weight;
}

/** A comma and a date after a name in parentheses: `, 7/19/09`, `, March 3`. */
const PRESS_DATE = new RegExp(`^,\\s*(?:\\d{1,2}/\\d{1,2}(?!\\d)|${MONTH_PATTERN}\\s+\\d)`, 'i');

/**
 * True for a name that opens a parenthesized press citation, a date after the comma (`(Al Kestrel, 7/19/09)`,
 * `(Harbor Times, March 3)`): the newspaper or agency a press round-up's item comes from. Not after a title or from
 * a given name (`(Ambassador Cole, 7/19)`, `(Ann Cole, 7/19)`: who said it, when).
 */
function opensPressCitation(text: string, entity: FoundEntity, words: readonly string[]): boolean {
  if (text.charCodeAt(entity.start - 1) !== 40 || entity.title || isGivenName(words[0] as string)) return false;
  return PRESS_DATE.test(text.slice(entity.end, entity.end + 20));
}

/** The evidence, by kind, for the name at `entity`. */
function evidenceFor(context: EntityContext, entity: FoundEntity, name: string): Evidence {
  const evidence: Evidence = { person: 0, organization: 0, place: 0, operation: 0, program: 0, other: 0 };
  const words = wordsOfName(name);
  const last = words.at(-1) as string;
  const after = context.text.slice(entity.end, entity.end + 30);
  const weight = addPlaceNameEvidence(context, evidence, name, words);
  const [w1 = '', w2 = '', w3 = ''] = wordsBefore(context.text, entity.start, 3);
  const [p1, p2] = w1 === 'the' ? [w2, w3] : [w1, w2];
  // A common English word no gazetteer knows is no place by a preposition (`Trafficking in Persons`, `in Chamber`).
  const common = words.length === 1 && weight === 0 && isEnglishWord(name);
  const cue = common ? 0 : placeCueWeight(context.text, entity.start, words.length, [w1, w2, p1, p2]);
  add(evidence, 'place', cue);
  // `to` after no word of going (`spoke to X`, `sent it to X`) counts for a place, but does not keep a name's shape
  // from making a person's (below): it stands before people as often.
  const toOnly = cue === 1 && p1 === 'to' && !weakCueAfter(p1, p2 ?? '') ? 1 : 0;
  addBodyEvidence(context, evidence, entity, [name, after], words, weight);
  if (governedPlace(context.text, entity, [p1, p2], after) && !personShaped(words, weight)) add(evidence, 'place', 2);
  if (words.some(isOrganizationWord))
    add(evidence, 'organization', words.length > 1 || isOrganizationWord(name) ? 3 : 0);
  if (namesEventOrAgreement(words)) add(evidence, 'other', 4);
  // A person's alias is an acronym too (`Andres Manuel Lopez Obrador (AMLO)`).
  const alias = entity.acronym && isNameOfWords(words) && spellsAlias(name, entity.acronym);
  if (entity.acronym && !evidence.place && !alias) add(evidence, 'organization', 2);
  // An officer's abbreviation before a place names the post's officer, no one by name (`CG Sao Paulo`, `RSO Bogota`).
  const post = namesPostOfficer(entity.title ?? w1, name);
  if (entity.title && !post) add(evidence, 'person', 3);
  // A title's head in lower case right before the name (`Libyan leader Muammar al-Qadhafi`, `the interior minister
  // Ali Ahmad`): a capitalized one would be the name's title.
  else if (
    !post &&
    isTitleHead(w1) &&
    lowerBefore(context.text, entity.start) &&
    words.length <= 4 &&
    !words.some(isOrganizationWord)
  )
    add(evidence, 'person', 3);
  // (A country's or capital's name opens with a given name now and then: `Costa Rica`, `San Marino`.)
  if (words.length > 1 && isGivenName(words[0] as string) && weight < 2 && !commonNounPhrase(context, words))
    add(evidence, 'person', 2);
  if (words.length > 1 && words.some(isInitial)) add(evidence, 'person', 2);
  if (words.length > 1 && words.some((w) => PARTICLES.has(w))) add(evidence, 'person', 1);
  if (context.people.has(last) || context.people.has(name)) add(evidence, 'person', 3);
  // A verb of saying or meeting after it, or one whose object it is before it (not a word glued to more letters:
  // `EconOffs`, `Econ/C` are officers, cut by the name's pattern).
  const glued = /[A-Za-z/]/.test(context.text.charAt(entity.end));
  if (SPEAKER_AFTER.test(after) || (!glued && personBefore(context.text, entity.start)))
    add(evidence, 'person', words.length === 1 && maySurnameAlone(context, name) ? 2 : 1);
  // Two to four plain capitalized words that no lexicon knows and the text never writes in lower
  // case: a name's shape, and a person's when nothing else speaks (the last resort).
  // (A surname after an Arabic article, `al-Qadhafi`, `el-Jahmi`, has a name's shape too.)
  const plain = (w: string) =>
    (/^(?:(?:al|el|Al|El)-)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?$|^[A-Z]\.$/.test(w) &&
      !context.lowerWords.has(w.toLowerCase()) &&
      placeWeight(w) < 2) ||
    PARTICLES.has(w);
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every(plain) &&
    !hasKindBesides(evidence, toOnly) &&
    !isPhrase(context, words)
  )
    add(evidence, 'person', 2);
  if (isTitleHead(words[0] as string)) add(evidence, 'person', -1);
  // No one's name opens with a nationality (`Costa Rican officials`, `Costa Ricans`): a given name in it
  // (`Costa`) is no evidence.
  if (isNationalityLed(words) || namesPeopleLast(words)) evidence.person = 0;
  // A name right before a title is the title's institution or place (`Central Bank President`, `Sao Paulo Mayor`).
  if (entity.beforeTitle && !context.people.has(name)) {
    evidence.person = 0;
    const place = weight > 0 || (words.length > 1 && isPlaceWord(last));
    add(evidence, place ? 'place' : 'organization', place ? 1 : 2);
  }
  return evidence;
}

/**
 * Adds the evidence of a body's or program's name: a legal form last, a listed organization, a press citation, a kind
 * of body or program in lower case after it (`the Wifaq party`, `the Blue Lantern program`), an armed group's name.
 */
function addBodyEvidence(
  context: EntityContext,
  evidence: Evidence,
  entity: FoundEntity,
  [name, after]: readonly [string, string],
  words: readonly string[],
  weight: number,
): void {
  if (LEGAL_FORM_WORDS.test(words.at(-1) as string) || isOrganizationName(name)) add(evidence, 'organization', 4);
  else if (opensPressCitation(context.text, entity, words)) add(evidence, 'organization', 4);
  else if (weight === 0 && namesBodyBefore(context, words, name, after)) add(evidence, 'organization', 3);
  // `the Blue Lantern program`: a program's name, where nothing else speaks (a leader's or body's goes there too:
  // `the Correa campaign`, `the IMF program`).
  else if (weight === 0 && !entity.acronym && programWordNext(after) && !isNationalityLed(words))
    add(evidence, 'program', 2);
  // `Hizballah`; a nationality or place before the name (`Afghan Taliban`, `Lebanese Hizballah`).
  if (isArmedGroup(name) || (words.length > 1 && isArmedGroup(words.slice(1).join(' '))))
    add(evidence, 'organization', 4);
}

/** True for a name after `government of` (`p1`, `p2`: the words before it) or before `'s government` (`after`). */
const governedPlace = (text: string, entity: FoundEntity, [p1, p2]: readonly string[], after: string) =>
  (p1 === 'of' && PLACE_OF.has(p2 as string)) || (apostropheAt(text, entity.end) && PLACE_AFTER.test(after));

/**
 * True for a person's name by its shape, no place's: a given name first and more words, no nationality (`the
 * government of Fernando Henrique Cardoso`, `Silvio Berlusconi's government`; not `the Costa Rican Red Cross`).
 */
const personShaped = (words: readonly string[], placeWeight: number) =>
  words.length > 1 && placeWeight === 0 && isGivenName(words[0] as string) && !isNationalityLed(words);

/**
 * True for a name an agreement's word ends, or opens before its complement (`Law on Political Parties`, `Treaty of
 * Rome`), or a storm's word opens (`Hurricane Katrina`).
 */
function namesEventOrAgreement(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const [first, second] = words as [string, string];
  const agreementFirst = words.length > 2 && AGREEMENT.test(first) && COMPLEMENT_WORD.test(second);
  return AGREEMENT.test(words.at(-1) as string) || agreementFirst || STORM.test(first);
}

/**
 * True for a people's name in the plural last (`North Indian Muslims`, `Lucknow Shia` is singular: no), a group's:
 * `Muslims`, `Indians`, `Kurds` (a nationality or faith of nationalities.ts, demonyms.ts, faiths-and-peoples.ts).
 */
function namesPeopleLast(words: readonly string[]): boolean {
  const last = words.at(-1) as string;
  return words.length > 1 && /[a-z]s$/.test(last) && (isNationality(last) || isNationality(last.slice(0, -1)));
}

/**
 * True for a given name that is an English word first and last an English word no name list holds that the text
 * writes in lower case too (`Law Enforcement`, `Job Skills`): a common noun's phrase, no person's name (`Mark
 * Sinclair`, `Martin Arias` are).
 */
const commonNounPhrase = (context: EntityContext, words: readonly string[]) => {
  const last = words.at(-1) as string;
  if (!isEnglishWord(words[0] as string) || !isEnglishWord(last) || isEnglishNameWord(last)) return false;
  return context.lowerWords.has(last.toLowerCase());
};

/** A compound adjective ending in a participle (`Houston-based`, `Libyan-owned`, `Labour-led`): no name. */
const PARTICIPLE_COMPOUND = /-[a-z]+(?:ed|ing)$/;
/** True when a kind of body follows the name in lower case (`the Wifaq party`), no people's or person's name. */
const namesBodyBefore = (context: EntityContext, words: readonly string[], name: string, after: string) =>
  !isNationalityLed(words) &&
  !isNationality(words.at(-1) as string) &&
  !context.people.has(name) &&
  !PARTICIPLE_COMPOUND.test(name) &&
  bodyWordNext(after);

/** True when some kind other than person has evidence (less `discounted` of the place's). */
const hasKindBesides = (evidence: Evidence, discounted = 0) =>
  evidence.place - discounted > 0 || evidence.organization > 0 || evidence.other > 0;

/**
 * True for capitalized words that are a phrase, not a person's name: portfolio words (`Economic Affairs`), a
 * nationality first (`Costa Rican Constitution`, `Russian Technologies`), an English word last that is no one's
 * name (`Nordic Baltic Network`), or English words only, none a given name (`Climate Change`, `Public Diplomacy`).
 */
function isPhrase(context: EntityContext, words: readonly string[]): boolean {
  if (words.every(isPortfolio) || isNationalityLed(words)) return true;
  // An English word last that is no one's name, with no given name first: a common noun heads the phrase (`Nordic
  // Baltic Network`, `Medvedev Questions`); a surname may be an English word (`Condoleezza Rice`, `Volker Beck`).
  const last = words.at(-1) as string;
  if (isEnglishWord(last) && !isEnglishNameWord(last) && !opensWithGivenName(words)) return true;
  if (commonNounPhrase(context, words)) return true;
  return words.every((word) => isEnglishWord(word) && !isGivenName(word));
}

/**
 * True for a person's name's opening: a given name, one joined by a hyphen (`Anne-Sophie`), or a surname's particle
 * (`Le Pen`, `van Gogh`).
 */
const opensWithGivenName = (words: readonly string[]) => {
  const first = words[0] as string;
  return isGivenName(first) || first.split('-').every(isGivenName) || NAME_PARTICLES.has(first.toLowerCase());
};

/**
 * The kind the evidence for a name says (see {@link strongest}), none for a nationality. Where none does and a
 * place's weak cue alone stands before a word of no other kind (`from Derna`, `at Rabta`, `a trip to Uruzgan`), the
 * entity is marked a place by that cue, for the coreference refiner to type where the cable names no person so.
 */
function kindByEvidence(context: EntityContext, entity: FoundEntity, name: string): Entity['kind'] | null {
  // A nationality alone is an adjective or its people (`Latin American countries`, `Ecuadorans`): no named thing.
  if (isNationality(name)) return null;
  const evidence = evidenceFor(context, entity, name);
  const kind = strongest(evidence);
  // (The weak cue's own place weight, 1, is the only evidence allowed.)
  if (kind || evidence.place > 1 || KINDS.some((other) => other !== 'place' && evidence[other] > 0)) return kind;
  if (placeByWeakCueAlone(context, entity.start, entity.end, name)) entity.placeByCue = true;
  return null;
}

/** The kind with the most evidence, if it has at least 2. */
function strongest(evidence: Evidence): Entity['kind'] | null {
  let best: Entity['kind'] | null = null;
  let weight = 1.5;
  for (const kind of KINDS)
    if (evidence[kind] > weight) {
      best = kind;
      weight = evidence[kind];
    }
  return best;
}

/**
 * True for the word of a kind of organization alone, an English common noun (`the Embassy`, `Post`, `the Ministry`,
 * `the Committees`): a generic reference, no name (the gold's conventions leave `the Embassy`, `the Department`
 * unannotated). A body's own name that is no English word (`Knesset`, `Rada`) is a name.
 */
const isKindWordAlone = (name: string) =>
  /^[A-Z][a-z]+$/.test(name) &&
  (isOrganizationWord(name) || (name.endsWith('s') && isOrganizationWord(name.slice(0, -1)))) &&
  isEnglishWord(name);

/** Types untyped names by their evidence; drops the words of a kind of organization alone. */
export const typeByEvidenceRefiner: Refiner<EntityContext, FoundEntity> = {
  refine(context, found) {
    const kept: FoundEntity[] = [];
    for (const entity of found) {
      if (entity.kind || entity.unlisted) {
        kept.push(entity);
        continue;
      }
      const name = nameAt(context.text, entity.start, entity.end);
      // Dropped here, so that no refiner after this one types it (a list's kind spread to it).
      if (!entity.acronym && !entity.title && isKindWordAlone(name)) continue;
      kept.push(entity);
      // A government's or ministry's acronym in mixed case (`GoB`, `GoSL`, `MoD`, `MoFA`), or an organization's
      // acronym written as a word (`Interpol`, `Unicef`, `Nato`): its capitals' kind.
      const asWord = /^[A-Z][a-z]{3,}$/.test(name) && ORGANIZATION_ACRONYMS.has(name.toUpperCase());
      const capitals = MIXED_CASE_ACRONYM.test(name) || asWord ? acronymKind(name.toUpperCase()) : null;
      if (capitals && !context.acronyms.has(name)) {
        entity.kind = capitals;
        continue;
      }
      // An acronym: what the cable defined, or a lexicon knows.
      if (/^(?:[A-Z][A-Z0-9&-]+|(?:[A-Z]\.){2,})$/.test(name)) {
        const defined = context.acronyms.get(name);
        // A common noun's acronym (`trafficking in persons (TIP)`) names no entity: left untyped, then dropped.
        if (defined && defined.kind === null) continue;
        entity.kind = defined?.kind ?? acronymKind(name) ?? (placeWeight(name) > 1 ? 'place' : null);
        if (entity.kind && context.acronyms.has(name)) entity.expansion = context.acronyms.get(name)?.expansion ?? null;
        if (!entity.kind && (entity.acronym || entity.beforeTitle)) entity.kind = 'organization';
        continue;
      }
      entity.kind =
        !entity.title && !entity.acronym && !entity.beforeTitle && noEvidence(context, entity.start, entity.end, name)
          ? null
          : kindByEvidence(context, entity, name);
    }
    return kept;
  },
};
