/**
 * The entity extractor's questions to the lexicons of src/tables: is a name a known place, an
 * organization word, a title part, a given name. Names are compared lower case, white space
 * collapsed, diacritics and a possessive `'s` dropped.
 */
import { ARMED_GROUP_ACRONYMS, ARMED_GROUP_NAMES, armedGroupKey } from '../../tables/armed-groups.js';
import { MORE_NATIONALITIES } from '../../tables/demonyms.js';
import { FAITHS_AND_PEOPLES } from '../../tables/faiths-and-peoples.js';
import { englishWords } from '../../tables/english-words.js';
import { nameWords } from '../../tables/name-words.js';
import { ORGANIZATION_NAMES } from '../../tables/organization-names.js';
import { closestWord, isOneEditInTrie, type WordTrie, wordTrie } from '../../tables/fuzzy.js';
import { givenNames } from '../../tables/given-names.js';
import { ORGANIZATION_WORDS, PLACE_WORDS } from '../../tables/head-words.js';
import { NATIONALITIES } from '../../tables/nationalities.js';
import {
  GOVERNMENT_ACRONYM,
  GOVERNMENT_WORDS,
  MINISTRY_PORTFOLIOS,
  ORGANIZATION_ACRONYMS,
} from '../../tables/organizations.js';
import { PORTFOLIOS, TITLE_ABBREVIATIONS, TITLE_HEADS, TITLE_MODIFIERS } from '../../tables/person-titles.js';
import { PLACE_GENERICS } from '../../tables/place-generics.js';
import { COUNTRY_CAPITALS } from '../../tables/country-capitals.js';
import { CAPITALS, CITIES, COUNTRIES, COUNTRY_ABBREVIATIONS, REGIONS } from '../../tables/places.js';
import { OFFICER_ABBREVIATIONS } from '../../tables/titles.js';
import { WORLD_REGIONS } from '../../tables/world-regions.js';
import { isWhiteSpace, wordsOfName } from './found.js';
import { MEMO_LENGTH, MEMO_SIZE, memoByWord } from './word-memo.js';

// Administrative divisions named in ISO 3166-2 (oblast, governorate, raion, wilaya, emirate, agency
// of Pakistan's tribal areas) and GeoNames feature classes H and T (canals, passes, dams).
const ADMINISTRATIVE_AND_FEATURE =
  /^(?:oblast|oblys|agency|governorate|raion|rayon|wilaya|emirate|tehsil|canal|pass|dam|border|crossing)$/i;

// The abbreviated titles in any case, without their period (`GEN`, `Gen.`, `COL`).
const ABBREVIATION_KEYS = new Set([...TITLE_ABBREVIATIONS].map((t) => t.toLowerCase().replace(/\.$/, '')));

/** A name as the lexicons key it: lower case, a possessive `'s` dropped, white space collapsed. */
function keyOf(name: string): string {
  let key = name;
  const last = key.charCodeAt(key.length - 1);
  const apostrophe = key.charCodeAt(key.length - 2);
  if ((last === 115 || last === 83) && (apostrophe === 39 || apostrophe === 0x2019)) key = key.slice(0, -2);
  // Any white space but a lone space is collapsed to one space.
  for (let k = 0; k < key.length; k++) {
    const code = key.charCodeAt(k);
    if (isWhiteSpace(code) && (code !== 32 || isWhiteSpace(key.charCodeAt(k + 1)))) {
      key = key.replace(/\s+/g, ' ');
      break;
    }
  }
  return key.toLowerCase();
}

// What the lexicons say of a name, as bits: its place weight (0-3) in the two lowest.
const PLACE_WEIGHT = 3;
const ORGANIZATION_WORD = 4;
const TITLE_PART = 8;
const TITLE_HEAD = 16;
const GIVEN_NAME = 32;
const PORTFOLIO = 64;
const NATIONALITY = 128;
const PLACE_WORD = 256;
const ENGLISH_WORD = 512;
const ARMED_GROUP = 1024;
const PLACE_GENERIC = 2048;
const NAME_WORD = 4096;
const ORGANIZATION_NAME = 8192;

const FACTS = new Map<string, number>();
const PHRASE_FACTS = new Map<string, number>();
let lastName: string | null = null;
let lastFacts = 0;

/**
 * What the lexicons say of a name as written, all its facts looked up once and kept (see word-memo.ts): the cable's
 * names repeat, and every question the readers ask of a name (place? title? given name?) is then one Map hit. Names
 * longer than a word memo keeps (phrases: `Ministry of Foreign Affairs`) have a memo of their own, so that their many
 * kinds do not clear the words' memo.
 */
function factsOf(name: string): number {
  if (name.length > MEMO_LENGTH) return remembered(PHRASE_FACTS, name, true);
  // The readers ask several questions of one word in a row: the last answer is kept apart.
  if (name !== lastName) {
    lastFacts = remembered(FACTS, name, false);
    lastName = name;
  }
  return lastFacts;
}

/**
 * The facts of `name` from `memo`, looked up and kept on a miss (`copy`: under a copy of its own, `' ' + name` then
 * cut, no view of the text it was cut from, which the memo would keep alive).
 */
function remembered(memo: Map<string, number>, name: string, copy: boolean): number {
  let facts = memo.get(name);
  if (facts === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    facts = lookUp(name);
    memo.set(copy ? ` ${name}`.slice(1) : name, facts);
  }
  return facts;
}

/** All the facts of {@link factsOf}, from the lexicons. */
function lookUp(name: string): number {
  // Armed groups have a key of their own (see armed-groups.ts).
  let facts = ARMED_GROUP_NAMES.has(armedGroupKey(name)) ? ARMED_GROUP : 0;
  const key = keyOf(name);
  facts |= placeWeightOf(key, name);
  if (ORGANIZATION_WORDS.has(key) || GOVERNMENT_WORDS.has(key)) facts |= ORGANIZATION_WORD;
  facts |= isOfficerAbbreviation(name, key) ? TITLE_HEAD | TITLE_PART : titleFacts(key);
  if (givenNames().has(key)) facts |= GIVEN_NAME;
  if (PLACE_WORDS.has(key) || ADMINISTRATIVE_AND_FEATURE.test(name)) facts |= PLACE_WORD;
  if (englishWords().has(key)) facts |= ENGLISH_WORD;
  if (PLACE_GENERICS.has(key)) facts |= PLACE_GENERIC;
  if (nameWords().has(key)) facts |= NAME_WORD;
  if (ORGANIZATION_NAMES.has(key)) facts |= ORGANIZATION_NAME;
  return facts;
}

/** The place weight of a name and its key (see {@link placeWeight}). */
function placeWeightOf(key: string, name: string): number {
  if (COUNTRY_ABBREVIATIONS.has(name)) return 3;
  // A name of several words is looked up only when some place's name opens with its first word.
  const space = key.indexOf(' ');
  if (space > 0 && !placeFirstWords().has(key.slice(0, space))) return 0;
  if (COUNTRIES.has(key) || WORLD_REGIONS.has(key)) return 3;
  if (CAPITALS.has(key) || REGIONS.has(key)) return 2;
  return CITIES.has(key) ? 1 : 0;
}

/**
 * True for a country's or world region's name + `n`, `an` or `ern`, the commonest ways English makes a demonym,
 * singular or plural (`costa rican`, `ugandans`, `russian`, `chilean`, `latin american`, `european`, `middle eastern`):
 * a nationality the Demonym lists may lack.
 */
function isCountryDemonym(key: string): boolean {
  const singular = key.endsWith('ns') ? key.slice(0, -1) : key;
  if (singular.length <= 4 || !singular.endsWith('n')) return false;
  const place = (name: string) => COUNTRIES.has(name) || WORLD_REGIONS.has(name);
  if (singular.endsWith('ern')) return place(singular.slice(0, -3));
  return singular.endsWith('an') && (place(singular.slice(0, -1)) || place(singular.slice(0, -2)));
}

/** The title facts of a key: head, nationality, portfolio, and title part for any of them or a modifier. */
function titleFacts(key: string): number {
  let facts = 0;
  const title = key.endsWith('.') ? key.slice(0, -1) : key;
  // A head in the plural is a title too (`Deputy Secretaries`, `Foreign Ministers`).
  const singular = key.endsWith('ies') ? `${key.slice(0, -3)}y` : key.endsWith('s') ? key.slice(0, -1) : key;
  if (TITLE_HEADS.has(key) || ABBREVIATION_KEYS.has(title) || (singular !== key && TITLE_HEADS.has(singular)))
    facts |= TITLE_HEAD | TITLE_PART;
  // (A faith or a people, `Sunni`, `Kurds`, is as a nationality is: a group of people, no name on its own.)
  if (NATIONALITIES.has(key) || MORE_NATIONALITIES.has(key) || isCountryDemonym(key) || FAITHS_AND_PEOPLES.has(key))
    facts |= NATIONALITY | TITLE_PART;
  if (PORTFOLIOS.has(key)) facts |= PORTFOLIO | TITLE_PART;
  if (TITLE_MODIFIERS.has(key.endsWith('-') ? key.slice(0, -1) : key)) facts |= TITLE_PART;
  return facts || hyphenatedTitleFacts(key);
}

/**
 * True for an officer's title as cables abbreviate it (`DCM`, `CDA`, `PDAS`, `Poloff`, `A/DCM`; the header's list in
 * titles.ts), written in capitals or, six letters or more, capitalized: never the particle `das` or a word `amb`.
 */
function isOfficerAbbreviation(name: string, key: string): boolean {
  // `A/` for acting (`A/DCM`).
  if (!OFFICER_ABBREVIATIONS.has(key.startsWith('a/') ? key.slice(2) : key)) return false;
  return name === name.toUpperCase() || (key.length >= 6 && name.charCodeAt(0) <= 90);
}

/**
 * English titles' postpositive modifiers joined by hyphens (`President-elect`, `Ambassador-at-Large`):
 * Merriam-Webster's entries `-elect`, `designate` (adjective, "appointed but not yet installed"), `at-large`,
 * `in-waiting`, `in chief`.
 */
const POSTPOSITIVE = /-(?:elect|designate|at-large|in-waiting|in-chief)$/;

/**
 * A title's words joined by hyphens (`ex-defence`, `vice-president`): a title part when every part is one,
 * a head when the last part is.
 */
function hyphenatedTitleFacts(key: string): number {
  const hyphen = key.indexOf('-');
  if (hyphen <= 0 || hyphen === key.length - 1) return 0;
  // `President-elect`, `Ambassador-at-Large`: the head before the modifier is the title's head.
  const postpositive = POSTPOSITIVE.exec(key);
  if (postpositive && postpositive.index > 0)
    return titleFacts(key.slice(0, postpositive.index)) & (TITLE_HEAD | TITLE_PART);
  const parts = key.split('-').map(titleFacts);
  if (parts.some((facts) => (facts & TITLE_PART) === 0)) return 0;
  return TITLE_PART | ((parts.at(-1) as number) & TITLE_HEAD);
}

/**
 * How sure a lexicon is that a name is a place: 3 a country or region of the world, 2 a capital or
 * region, 1 a city, 0 not.
 */
export const placeWeight = (name: string): number => factsOf(name) & PLACE_WEIGHT;
/** True when the lexicons give `name` the fact `fact` (one of the bits above). */
const holds = (name: string, fact: number): boolean => (factsOf(name) & fact) !== 0;

let firstWords: Set<string> | null = null;
/** The first words of the lexicons' place names of two or more words (`new` of `new york`). */
function placeFirstWords(): Set<string> {
  if (!firstWords) {
    firstWords = new Set();
    for (const names of [COUNTRIES, CAPITALS, REGIONS, CITIES, WORLD_REGIONS])
      for (const name of names) {
        const space = name.indexOf(' ');
        if (space > 0) firstWords.add(name.slice(0, space));
      }
  }
  return firstWords;
}

let phrasePrefixes: Set<string> | null = null;
/**
 * The first two words (through the word after the first space) of the entries of several words of the lexicons
 * behind the place weight, the organizations' names and the organization words (`new york`, `united arab`).
 */
function listedPhrasePrefixes(): Set<string> {
  if (!phrasePrefixes) {
    phrasePrefixes = new Set();
    for (const names of [COUNTRIES, CAPITALS, REGIONS, CITIES, WORLD_REGIONS, ORGANIZATION_NAMES])
      for (const name of names) addPhrasePrefix(phrasePrefixes, name);
    for (const name of ORGANIZATION_WORDS) addPhrasePrefix(phrasePrefixes, name);
    for (const name of GOVERNMENT_WORDS) addPhrasePrefix(phrasePrefixes, name);
  }
  return phrasePrefixes;
}

/** Adds a key's first two words to `prefixes` (see {@link keyPrefix}), if it has a space past its start. */
function addPhrasePrefix(prefixes: Set<string>, key: string): void {
  const prefix = keyPrefix(key);
  if (prefix !== null) prefixes.add(prefix);
}

/** A key through the word after its first space (the whole key with one space), null for no space past its start. */
function keyPrefix(key: string): string | null {
  const space = key.indexOf(' ');
  if (space <= 0) return null;
  const second = key.indexOf(' ', space + 1);
  return second < 0 ? key : key.slice(0, second);
}

/**
 * {@link keyPrefix} of `name`'s key, lowering only the prefix where the key is the name lowered (no white space
 * but lone spaces; a possessive `'s` at the end is past the prefix when a second space comes before it).
 */
function namePrefixKey(name: string): string | null {
  for (let k = 0; k < name.length; k++) {
    const code = name.charCodeAt(k);
    if (isWhiteSpace(code) && (code !== 32 || isWhiteSpace(name.charCodeAt(k + 1)))) return keyPrefix(keyOf(name));
  }
  const space = name.indexOf(' ');
  if (space <= 0) return null;
  const second = name.indexOf(' ', space + 1);
  return second < 0 ? keyOf(name) : name.slice(0, second).toLowerCase();
}

/** The first hyphen or white space, where an armed group's key has its first space (see armedGroupKey). */
const ARMED_GROUP_SEPARATOR = /[-\s]/;

/**
 * False when a name of several words can have none of the facts {@link placeWeight}, {@link isArmedGroup},
 * {@link isOrganizationName} and {@link isOrganizationWord} ask of it, told from its first two words: no entry of
 * those lexicons opens with them (all of them then answer 0 or false). True when it may have one. A cheap test
 * before the lookups, for the phrases all-capitals text tries by the thousand (`THE US GOVERNMENT HAS ALSO`).
 */
export function mayBeListedPhrase(name: string): boolean {
  if (COUNTRY_ABBREVIATIONS.has(name)) return true;
  const prefix = namePrefixKey(name);
  if (prefix === null || listedPhrasePrefixes().has(prefix)) return true;
  const cut = name.search(ARMED_GROUP_SEPARATOR);
  return cut <= 0 || opensArmedGroupName(name.slice(0, cut));
}

/**
 * True when `word` opens some place name of two or more words in the lexicons (`new` of `new
 * york`, `south` of `south africa`): only then is a longer name worth looking up.
 */
export const opensPlaceName = (word: string): boolean => placeFirstWords().has(word.toLowerCase());

/** True for the last word of a place's name (`Valley`, `Province`, `Oblast`, `District`). */
export const isPlaceWord = (word: string): boolean => holds(word, PLACE_WORD);

/**
 * True for a Spanish or Portuguese generic term that opens a place's name (`Puerto`, `Isla`, `Cerro`), as the table
 * writes it, without accents (the caller asks it of plain capitalized words).
 */
export const opensPlaceGeneric = (word: string): boolean => holds(word, PLACE_GENERIC);

/** True for a word that makes a phrase an organization (`Ministry`, `Committee`, `Forces`). */
export const isOrganizationWord = (word: string): boolean => holds(word, ORGANIZATION_WORD);

/** The words of a place's name (lower case) its initials are made of: no `of`, `the`, `and`, `de`. */
const initialWords = (name: string) => name.split(/[\s-]+/).filter((word) => !/^(?:of|the|and|de)$/.test(word));
/** The initials of words, upper case (`islamic republic iran` → IRI). */
const initialsOfWords = (words: readonly string[]) => words.map((word) => word.charAt(0).toUpperCase()).join('');

let placeInitials: Set<string> | null = null;
/**
 * The initials of the lexicons' place names of three words or more: countries' and world regions' (`people's republic
 * of china` → PRC, `islamic republic of iran` → IRI); a first-level division's only of four words or more (`federally
 * administered tribal areas` → FATA): three initials of the thousands of divisions collide with the acronyms of
 * everything else (`neath port talbot`: NPT, `mid and east antrim`: MEA, `cheshire west and chester`: CWC), and no
 * cable abbreviates those divisions.
 */
function initialsOfPlaces(): Set<string> {
  if (!placeInitials) {
    placeInitials = new Set();
    for (const [names, fewest] of [
      [COUNTRIES, 3],
      [WORLD_REGIONS, 3],
      [REGIONS, 4],
    ] as const)
      for (const name of names) {
        const words = initialWords(name);
        if (words.length >= fewest) placeInitials.add(initialsOfWords(words));
      }
  }
  return placeInitials;
}

let ministryAcronyms: Set<string> | null = null;
/** `MFA`, `MOFA`, `MOD`, `MOI`...: `M` or `MO` + the initials of a ministry's portfolio. */
function isMinistryAcronym(acronym: string): boolean {
  if (!ministryAcronyms) {
    ministryAcronyms = new Set();
    for (const portfolio of MINISTRY_PORTFOLIOS) {
      const initials = portfolio
        .split(' ')
        .map((w) => w[0] as string)
        .join('')
        .toUpperCase();
      ministryAcronyms.add(`M${initials}`);
      ministryAcronyms.add(`MO${initials}`);
    }
  }
  return ministryAcronyms.has(acronym);
}

/** The words a name's initials leave out (`of`, `for`, `and`, `the`...): `Fund for Agricultural Development` → FAD. */
const UNSPELLED = /^(?:of|for|and|the|on|to|in|de|&)$/i;

/**
 * True for a name of three words or more whose initials spell a known organization's acronym (organizations.ts:
 * `International Monetary Fund` → IMF, `World Food Programme` → WFP, `International Fund for Agricultural
 * Development` → IFAD): that organization, whatever its last word says (a fund, a programme).
 */
export function spellsOrganizationAcronym(name: string): boolean {
  const words = wordsOfName(name).filter((word) => !UNSPELLED.test(word));
  if (words.length < 3 || words.some((word) => !/^[A-Z]/.test(word))) return false;
  const initials = words.map((word) => word.charAt(0)).join('');
  return ORGANIZATION_ACRONYMS.has(initials);
}

/**
 * The acronyms of the government of the country whose capital `post` is (a cable's origin as its id writes it:
 * `BRASILIA` → GOB, `SANJOSE` → GOCR): `GO` + the initials of each of the country's names in the gazetteer
 * (country-capitals.ts, places.ts). Empty for a post that is no capital (a consulate's city).
 */
export function governmentsOfPost(post: string): ReadonlySet<string> {
  const governments = new Set<string>();
  for (const [country, capital] of Object.entries(COUNTRY_CAPITALS)) {
    if (capital !== post) continue;
    for (const name of countriesBySquashedName().get(country) ?? [])
      governments.add(`GO${initialsOfWords(initialWords(name))}`);
  }
  return governments;
}

let squashedCountries: Map<string, string[]> | null = null;
/** The gazetteer's country names by their squashed capitals (`costa rica` under `COSTARICA`), as origins write them. */
function countriesBySquashedName(): Map<string, string[]> {
  if (!squashedCountries) {
    squashedCountries = new Map();
    for (const name of COUNTRIES) {
      const squashed = name.toUpperCase().replace(/[^A-Z]/g, '');
      squashedCountries.set(squashed, [...(squashedCountries.get(squashed) ?? []), name]);
    }
  }
  return squashedCountries;
}

/**
 * The kind of a known acronym (`UN`, `USG`, `GOP`, `US`), or null. With `initials`, the initials
 * of a place's name count too (`FATA`): only where capitals mark acronyms (mixed-case text), not
 * in all-capitals text, where `AND` and `WAS` are words.
 */
export function acronymKind(acronym: string, initials = true): 'organization' | 'place' | null {
  if (COUNTRY_ABBREVIATIONS.has(acronym)) return 'place';
  if (ORGANIZATION_ACRONYMS.has(acronym) || ARMED_GROUP_ACRONYMS.has(acronym)) return 'organization';
  if (GOVERNMENT_ACRONYM.test(acronym) || isMinistryAcronym(acronym)) return 'organization';
  return initials && initialsOfPlaces().has(acronym) ? 'place' : null;
}

/** True for a given name (`Ahmed`, `Angela`). */
export const isGivenName = (word: string): boolean => holds(word, GIVEN_NAME);
/** True for a nationality adjective (`Ghanaian`, `French`). */
export const isNationality = (word: string): boolean => holds(word, NATIONALITY);
/** True for words that open with a nationality of one word or two (`Russian Technologies`, `Costa Ricans`). */
export const isNationalityLed = (words: readonly string[]): boolean =>
  isNationality(words[0] as string) || (words.length > 1 && isNationality(`${words[0]} ${words[1]}`));
/**
 * True for words that read as a person's name: a given name first, and no common English word unless it is a name too
 * and no known place (`Eunicio Oliveira`, `Marina Silva`; not `Law Enforcement Affairs`, `Costa Rica`).
 */
export function isNameOfWords(words: readonly string[]): boolean {
  if (!isGivenName(words[0] as string) || placeWeight(words.join(' ')) > 0) return false;
  return words.every((word) => isGivenName(word) || isEnglishNameWord(word) || !isEnglishWord(word));
}

/**
 * True for an officer's abbreviation (titles.ts) or a Foreign Service officer's title, capitalized (`Economic
 * Officer`), before a place the gazetteer knows: the post's officer, no one by name (`CG Sao Paulo`, `DCM Bogota`,
 * `ECONCOUNS BRUSSELS`, `Economic Officer Panama`; not `noncommissioned officer Trujillo`).
 */
export const namesPostOfficer = (title: string, name: string): boolean =>
  (OFFICER_ABBREVIATIONS.has(title.toLowerCase()) || /\b(?:Officer|OFFICER)$/.test(title)) && placeWeight(name) > 0;
/** True for the head of a title (`Minister`, `General`, `Ambassador`), or an abbreviated title (`Dr.`, `Gen.`). */
export const isTitleHead = (word: string): boolean => holds(word, TITLE_HEAD);
/** True for a word that may stand before a title's head (`Former`, `Deputy`, `Trade`, `Foreign`). */
export const isTitlePart = (word: string): boolean => holds(word, TITLE_PART);
/** True for a word of a portfolio (`Internal`, `Affairs`, `Foreign`), which may follow `Minister of`. */
export const isPortfolio = (word: string): boolean => holds(word, PORTFOLIO);

/** True for a common English word in any case (`SOURCE`, `Provide`, `said`): SCOWL's lists, see english-words.ts. */
export const isEnglishWord = (word: string): boolean => holds(word, ENGLISH_WORD);
/** True for an organization's name a lexicon knows, any case (`Boeing`, `Al Jazeera`: organization-names.ts). */
export const isOrganizationName = (name: string): boolean => holds(name, ORGANIZATION_NAME);
/** True for an English word that is also a person's name (`Rice`, `Stone`, `Baker`; see name-words.ts). */
export const isEnglishNameWord = (word: string): boolean => holds(word, NAME_WORD);

/**
 * True for a word of six letters or more that is no English word but one edit from one (`FELDGLING`,
 * `SPECIICALLY`): a misspelling, not a name. Shorter words are too often names one letter from a word.
 */
export const isMisspelledWord = (word: string): boolean => word.length >= 6 && !isEnglishWord(word) && misspelled(word);
/**
 * The one-edit test of {@link isMisspelledWord}: the words one edit away walked in a trie of the English words
 * (built on the first call), and the answer kept.
 */
const misspelled = memoByWord((word) =>
  isOneEditInTrie(word.toLowerCase(), (englishTrie ??= wordTrie(englishWords()))),
);
let englishTrie: WordTrie | undefined;

/**
 * True for the name of an armed or terrorist group the public lists name (`Hizballah`, `Lashkar-e-Tayyiba`), or a
 * name of nine characters or more one edit from one (a transliteration's variant: `Al Shibaab`, `Hizbollah`).
 */
export const isArmedGroup = (name: string): boolean => holds(name, ARMED_GROUP) || nearArmedGroup(name);

const nearArmedGroups = new Map<string, boolean>();
const ARMED_GROUP_LIST = [...ARMED_GROUP_NAMES];

/** True for a name one edit from an armed group's (nine characters or more), kept per name. */
function nearArmedGroup(name: string): boolean {
  if (name.length < 9) return false;
  let near = nearArmedGroups.get(name);
  if (near === undefined) {
    near = closestWord(armedGroupKey(name), ARMED_GROUP_LIST, 1) !== null;
    if (nearArmedGroups.size < MEMO_SIZE) nearArmedGroups.set(name, near);
  }
  return near;
}

let armedFirstWords: Set<string> | null = null;
/** True for the first word of an armed group's name of two words or more (`SHINING` of `SHINING PATH`). */
export function opensArmedGroupName(word: string): boolean {
  armedFirstWords ??= new Set(
    [...ARMED_GROUP_NAMES].filter((n) => n.includes(' ')).map((n) => n.split(' ')[0] as string),
  );
  return armedFirstWords.has(armedGroupKey(word));
}

/** True for the head of a title in the plural (`Secretaries`, `Ministers`, `AMBASSADORS`). */
export const isPluralTitleHead = (word: string): boolean => /[^sS][sS]$/.test(word) && isTitleHead(word);
