/**
 * Later mentions of what the cable named before: a bare surname of a person (`Kassymov` after
 * `Kalmukhanbet Kassymov`, `Chavez` after `President Chavez`), an acronym or alias after its definition (`PGO`
 * after `Procurator General's Office (PGO)`), in this text or an earlier one of the same cable. An acronym nobody
 * defined is an organization's (most acronyms in cables are), unless it is a caption, a portion
 * mark or a word the text also writes in lower case. A word a place's weak cue alone stands before (`from Derna`)
 * is a place where the cable names no person so. Registers what this text names for the texts after it; drops what
 * is still untyped (handing it to `context.untyped`, where a caller reading the whole cable asks for it).
 *
 * ```
 * Angela Merkel ... Merkel said     → person, person
 * the Federal Investigation Agency (FIA) ... the FIA  → organization, organization (expansion)
 * ```
 */
import { MONTH_ABBREVIATIONS } from '../../../tables/calendar.js';
import { CAVEATS } from '../../../tables/caveats.js';
import { PORTION_MARK_LEVELS, classificationLevel } from '../../../tables/classification.js';
import { CURRENCY_CODES } from '../../../tables/currency-codes.js';
import { OFFICER_ABBREVIATIONS } from '../../../tables/titles.js';
import type { Refiner } from '../../pipeline.js';

// Capitals that are no organization: a classification level as written (src/tables/classification.ts: `SECRET`,
// `UNCLAS`) or a portion mark's (`TS`, `SBU`), a handling caveat (src/tables/caveats.ts: `NOFORN`, `SIPDIS`, `NF`),
// the release marking `REL`; abbreviations of times, units and common nouns (`AM`, `KM`, `GDP`, `PS`).
const NOT_ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  ...PORTION_MARK_LEVELS,
  ...Object.keys(CAVEATS),
  'REL',
  ...['AM', 'PM', 'OK', 'TV', 'ID', 'KM', 'KG', 'MT', 'GDP', 'GNP', 'HIV', 'AIDS', 'NB', 'PS', 'CV'],
]);
// Roman numerals and compass points (`IV`, `NW`).
const NUMERAL_OR_COMPASS = /^(?:[IVXLC]+|[NSEW]{1,3})$/;

/** True for capitals that are no organization: a marking of the cable's, a numeral, a compass point. */
const isNoOrganization = (name: string) =>
  NOT_ORGANIZATION_WORDS.has(name) || NUMERAL_OR_COMPASS.test(name) || classificationLevel(name) !== null;

/** True for an acronym of unknown kind that is most likely an organization's (`FDP`, `TTP`). */
function likelyOrganization(context: EntityContext, name: string): boolean {
  // A plural (`IDPs`, `LOCs`) is a common noun; a currency code is money; a month's abbreviation a date; an
  // officer's title (`DCM`, `POLCOUNS`) a person's title; a long English word a word.
  return (
    !MONTH_ABBREVIATIONS.includes(name) &&
    !OFFICER_ABBREVIATIONS.has(name.toLowerCase()) &&
    /^[A-Z][A-Z&]{1,6}$/.test(name) &&
    !isNoOrganization(name) &&
    !CURRENCY_CODES.has(name) &&
    !context.lowerWords.has(name.toLowerCase()) &&
    // An English word of five letters or more in capitals is that word, stressed (`MEDIUM`, `URGENT`).
    !(name.length >= 5 && isEnglishWord(name))
  );
}
import { type EntityContext, type FoundEntity, keyNameAt } from '../found.js';
import { isEnglishWord, isGivenName, isNationality, placeWeight } from '../lexicon.js';

/** True for a surname whose capitals are no other word: no English word, place or nationality. */
const mayBeCapitalsSurname = (surname: string) =>
  !isEnglishWord(surname) && placeWeight(surname) === 0 && !isNationality(surname);

/** The Arabic article opening a word (`al-Islam`, `el-Jahmi`, `Al-Qadhafi`). */
const ARABIC_ARTICLE = /^(?:al|el|Al|El)-(?=[A-Z])/;

/**
 * A surname as cables write it with the Arabic article and without (`al-Qadhafi`, `Al-Qadhafi`, `Qadhafi`): the
 * same person's, whichever the text wrote first.
 */
function articleForms(surname: string): string[] {
  const article = ARABIC_ARTICLE.exec(surname);
  const bare = article ? surname.slice(article[0].length) : surname;
  if (!/^[A-Z][a-z]{2,}$/.test(bare)) return [surname];
  const prefix = article ? article[0].slice(0, 2).toLowerCase() : 'al';
  const capital = `${prefix[0]?.toUpperCase()}${prefix[1]}`;
  return [surname, bare, `${prefix}-${bare}`, `${capital}-${bare}`];
}

const PLAIN_WORD = /^[A-Z][a-z]+$/;
// The particles before a Spanish or Portuguese surname (`da Silva`, `de la Rosa`, `dos Santos`).
const SURNAME_PARTICLE = /^(?:da|de|do|dos|das|del|la)$/;

/**
 * The surnames inside a person's full name that a later mention may use alone, as Spanish and Portuguese names
 * write two (`Alvaro Uribe Velez` ... `Uribe`, `Luiz Inacio Lula da Silva` ... `Lula`): the word before a particle
 * (`da`, `de`, `dos`), the middle of three plain words after a given name, and the first word before an Arabic
 * article (`Saif al-Islam`); none an English word, a place or a nationality.
 */
function innerSurnames(words: readonly string[]): string[] {
  const inner: string[] = [];
  for (let k = 1; k < words.length - 1; k++) {
    const next = words[k + 1] as string;
    if (SURNAME_PARTICLE.test(next)) inner.push(words[k] as string);
  }
  // (Three words that open with a place or end in an English word are no one's name: `Costa Rica Consensus`.)
  const [first = '', middle = '', last = ''] = words;
  const three = words.length === 3 && words.every((w) => PLAIN_WORD.test(w)) && isGivenName(first);
  if (three && placeWeight(`${first} ${middle}`) === 0 && !isEnglishWord(last)) inner.push(middle);
  // An Arabic name is named by its first word too (`Saif al-Islam al-Qadhafi` ... `Saif`, `Muammar al-Qadhafi` ...
  // `Muammar`): the word before the first article.
  if (words.length > 1 && ARABIC_ARTICLE.test(middle)) inner.push(first);
  return inner.filter((word) => PLAIN_WORD.test(word) && mayBeCapitalsSurname(word));
}

/** Types later mentions from earlier ones and drops the untyped. */
export const coreferenceRefiner: Refiner<EntityContext, FoundEntity> = {
  refine(context, found) {
    const kept: FoundEntity[] = [];
    for (const entity of found.sort((a, b) => a.start - b.start)) {
      const name = keyNameAt(context.text, entity.start, entity.end);
      if (!entity.kind) {
        const defined = context.acronyms.get(name);
        if (defined?.kind) {
          entity.kind = defined.kind;
          entity.expansion = defined.expansion;
        } else if (defined) continue;
        else if (context.people.has(name)) entity.kind = 'person';
        else if (context.mixedCase && likelyOrganization(context, name)) entity.kind = 'organization';
        else if (entity.placeByCue) entity.kind = 'place';
        else {
          context.untyped?.push(entity);
          continue;
        }
      }
      if (entity.acronym) context.acronyms.set(entity.acronym, { kind: entity.kind, expansion: name });
      // A person named in full, or by a surname after a title (`President Chavez`), is who a later bare surname
      // names; an acronym after a title (`Director of CAT`) is no surname.
      const titled = entity.title !== null && !(context.mixedCase && /^[A-Z0-9&]+$/.test(name));
      if (entity.kind === 'person' && !entity.guessed && (name.includes(' ') || titled)) {
        const words = name.split(' ');
        const surname = words.at(-1) as string;
        context.people.add(name);
        for (const inner of innerSurnames(words)) context.people.add(inner);
        for (const form of articleForms(surname)) context.people.add(form);
        // In capitals too, as a subject in capitals writes it (`CHAVEZ`), when the capitals can be nothing else: no
        // English word, place or nationality (`THE`, `BROWN`, `LIBYA` stay what they are).
        if (/^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/.test(surname) && mayBeCapitalsSurname(surname))
          context.people.add(surname.toUpperCase());
      }
      kept.push(entity);
    }
    return kept;
  },
};
