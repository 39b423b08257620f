/**
 * The entity extractor's questions to the lexicons of src/tables: is a name a known place, an
 * organization word, a title part, a given name. Names are compared lower case, white space
 * collapsed, diacritics and a possessive `'s` dropped.
 */
import { MORE_NATIONALITIES } from '../../tables/demonyms.js';
import { GIVEN_NAMES } from '../../tables/given-names.js';
import { ORGANIZATION_WORDS, PLACE_WORDS } from '../../tables/head-words.js';
import { NATIONALITIES } from '../../tables/nationalities.js';
import {
  GOVERNMENT_ACRONYM,
  GOVERNMENT_WORDS,
  MINISTRY_PORTFOLIOS,
  ORGANIZATION_ACRONYMS,
} from '../../tables/organizations.js';
import { PORTFOLIOS, TITLE_ABBREVIATIONS, TITLE_HEADS, TITLE_MODIFIERS } from '../../tables/person-titles.js';
import { CAPITALS, CITIES, COUNTRIES, COUNTRY_ABBREVIATIONS, REGIONS } from '../../tables/places.js';
import { WORLD_REGIONS } from '../../tables/world-regions.js';

/** A name as the lexicons key it. */
export const keyOf = (name: string): string =>
  /[\s'’]/.test(name)
    ? name
        .replace(/['’]s$/i, '')
        .replace(/\s+/g, ' ')
        .toLowerCase()
    : name.toLowerCase();

/**
 * How sure a lexicon is that a name is a place: 3 a country or region of the world, 2 a capital or
 * region, 1 a city, 0 not.
 */
export function placeWeight(name: string): number {
  const key = keyOf(name);
  if (COUNTRIES.has(key) || WORLD_REGIONS.has(key) || COUNTRY_ABBREVIATIONS.has(name)) return 3;
  if (CAPITALS.has(key) || REGIONS.has(key)) return 2;
  return CITIES.has(key) ? 1 : 0;
}

let firstWords: Set<string> | null = null;
/**
 * True when `word` opens some place name of two or more words in the lexicons (`new` of `new
 * york`, `south` of `south africa`): only then is a longer name worth looking up.
 */
export function opensPlaceName(word: string): boolean {
  if (!firstWords) {
    firstWords = new Set();
    for (const names of [COUNTRIES, CAPITALS, REGIONS, CITIES, WORLD_REGIONS])
      for (const name of names) {
        const space = name.indexOf(' ');
        if (space > 0) firstWords.add(name.slice(0, space));
      }
  }
  return firstWords.has(word.toLowerCase());
}

/** True for the last word of a place's name (`Valley`, `Province`, `Oblast`, `District`). */
export const isPlaceWord = (word: string): boolean =>
  PLACE_WORDS.has(keyOf(word)) || ADMINISTRATIVE_AND_FEATURE.test(word);

// Administrative divisions named in ISO 3166-2 (oblast, governorate, raion, wilaya, emirate, agency
// of Pakistan's tribal areas) and GeoNames feature classes H and T (canals, passes, dams).
const ADMINISTRATIVE_AND_FEATURE =
  /^(?:oblast|oblys|agency|governorate|raion|rayon|wilaya|emirate|tehsil|canal|pass|dam|border|crossing)$/i;

/** True for a word that makes a phrase an organization (`Ministry`, `Committee`, `Forces`). */
export function isOrganizationWord(word: string): boolean {
  const key = keyOf(word);
  return ORGANIZATION_WORDS.has(key) || GOVERNMENT_WORDS.has(key);
}

let placeInitials: Set<string> | null = null;
/**
 * The initials of the lexicons' place names of three words or more (`federally administered
 * tribal areas` → FATA).
 */
function initialsOfPlaces(): Set<string> {
  if (!placeInitials) {
    placeInitials = new Set();
    for (const names of [COUNTRIES, REGIONS, WORLD_REGIONS])
      for (const name of names) {
        const words = name.split(/[\s-]+/).filter((w) => !/^(?:of|the|and|de)$/.test(w));
        if (words.length >= 3)
          placeInitials.add(
            words
              .map((w) => w[0])
              .join('')
              .toUpperCase(),
          );
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

/**
 * The kind of a known acronym (`UN`, `USG`, `GOP`, `US`), or null. With `initials`, the initials
 * of a place's name count too (`FATA`): only where capitals mark acronyms (mixed-case text), not
 * in all-capitals text, where `AND` and `WAS` are words.
 */
export function acronymKind(acronym: string, initials = true): 'organization' | 'place' | null {
  if (COUNTRY_ABBREVIATIONS.has(acronym)) return 'place';
  if (ORGANIZATION_ACRONYMS.has(acronym) || GOVERNMENT_ACRONYM.test(acronym) || isMinistryAcronym(acronym))
    return 'organization';
  return initials && initialsOfPlaces().has(acronym) ? 'place' : null;
}

// The abbreviated titles in any case, without their period (`GEN`, `Gen.`, `COL`).
const ABBREVIATION_KEYS = new Set([...TITLE_ABBREVIATIONS].map((t) => t.toLowerCase().replace(/\.$/, '')));

/** True for a given name (`Ahmed`, `Angela`). */
export const isGivenName = (word: string): boolean => GIVEN_NAMES.has(keyOf(word));
/** True for a nationality adjective (`Ghanaian`, `French`). */
export const isNationality = (word: string): boolean =>
  NATIONALITIES.has(keyOf(word)) || MORE_NATIONALITIES.has(keyOf(word));
/** True for the head of a title (`Minister`, `General`, `Ambassador`), or an abbreviated title (`Dr.`, `Gen.`). */
export function isTitleHead(word: string): boolean {
  const key = keyOf(word);
  return TITLE_HEADS.has(key) || ABBREVIATION_KEYS.has(key.endsWith('.') ? key.slice(0, -1) : key);
}
/** True for a word that may stand before a title's head (`Former`, `Deputy`, `Trade`, `Foreign`). */
export function isTitlePart(word: string): boolean {
  const key = keyOf(word);
  return (
    TITLE_MODIFIERS.has(key.endsWith('-') ? key.slice(0, -1) : key) ||
    PORTFOLIOS.has(key) ||
    NATIONALITIES.has(key) ||
    MORE_NATIONALITIES.has(key) ||
    TITLE_HEADS.has(key) ||
    ABBREVIATION_KEYS.has(key.endsWith('.') ? key.slice(0, -1) : key)
  );
}
/** True for a word of a portfolio (`Internal`, `Affairs`, `Foreign`), which may follow `Minister of`. */
export const isPortfolio = (word: string): boolean => PORTFOLIOS.has(keyOf(word));
