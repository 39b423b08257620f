/**
 * Names no lexicon lists, in all-capitals text: where capitals are no cue, a word that is no English
 * word (SCOWL's lists), no title, nationality, month or cable abbreviation, and no misspelling of a
 * word, is a name's word. A run of them is one name, typed by the evidence around it: a given name
 * or an initial (a person), a reporting verb after it (a person), an organization or place word
 * after it (`... UNIVERSITY`, `... RIVER`), a place preposition before it (`IN`, `NEAR`, `FROM`),
 * `THE` before a short one (an acronym: an organization); a run of two to four words with none of
 * these is a person's name, the last resort. One word with no evidence is no name.
 *
 * ```
 * MEHMET FUAT FIRAT NOTED ... NEAR GUASDUALITO ... THE KADIRI TARIKAT ... THE FARC ... ON THE CATATUMBO RIVER
 * ^^^^^^^^^^^^^^^^^            ^^^^^^^^^^^^^^^                          ^^^^^^^^        ^^^^^^^^^^^^^^^^^^^^^^
 * person (given name)          place                                    organization    place
 * ```
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../../tables/calendar.js';
import { POST_PREFIXES } from '../../../tables/posts.js';
import { isCompoundTitleWord, NAME_PARTICLES } from '../../../tables/titles.js';
import { wordsBefore } from '../../pipeline.js';
import { PLACE_BEFORE, PLACE_BEFORE_WEAK, PLACE_OF, personBefore, speakerAfter } from '../context-words.js';
import { type CapsToken, type EntityContext, entityAt, type FoundEntity } from '../found.js';
import {
  isEnglishNameWord,
  isEnglishWord,
  isGivenName,
  isMisspelledWord,
  isNationality,
  isOrganizationWord,
  isPlaceWord,
  isTitlePart,
  placeWeight,
} from '../lexicon.js';
import { memoByWord } from '../word-memo.js';

const CALENDAR = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES].map((name) => name.toUpperCase()));
/** True for a month's or weekday's name in capitals (`MARCH`, `FRIDAY`). */
export const isCalendarWord = (word: string): boolean => CALENDAR.has(word);
/**
 * Cable abbreviations by their shape (CABLE-FORMAT.md): an officer (`POLOFF`, `EMBOFF`: `OFF`, officer), a
 * telegram (`REFTEL`, `SEPTEL`: `TEL`), redacted text (`XXXXXXXX`).
 */
const CABLE_ABBREVIATION = /^(?:[A-Z]{2,6}OFFS?|[A-Z]{2,5}TELS?|X+)$/;

/**
 * English derivational endings of adjectives and doctrines that names do not have (`KURDISH`, `ISLAMIST`,
 * `BAATHISM`, `HANEFITE`): words SCOWL leaves out because they come from proper names.
 */
const ADJECTIVE_OR_DOCTRINE = /^[A-Z]{3,}(?:ISH|ISTS?|ISMS?|ITES?)$/;

/**
 * How one part (between hyphens) of a word reads as a name's: 2 for a name's, 1 for one that would be a name's but
 * is one edit from an English word (a misspelling, `GOVERMENT`, or a name such as `MORALES` or `SOARES`), 0 for none.
 */
function namePart(part: string): 0 | 1 | 2 {
  if (part.length < 2 || isEnglishWord(part) || isNationality(part) || isTitlePart(part)) return 0;
  // A nationality's plural (`KURDS`), a month or weekday, a cable abbreviation, a compound title (`POLCOUNS`).
  if (part.endsWith('S') && isNationality(part.slice(0, -1))) return 0;
  if (isCalendarWord(part) || CABLE_ABBREVIATION.test(part) || isCompoundTitleWord(part)) return 0;
  // A post's office word of an address (`AMCONSUL`, `USMISSION`) is no name.
  if (POST_PREFIXES.includes(part)) return 0;
  if (ADJECTIVE_OR_DOCTRINE.test(part)) return 0;
  // A given name is a name's word, one edit from an English word or not (`GORDON`).
  return isMisspelledWord(part) && !isGivenName(part) ? 1 : 2;
}

/** The lowest reading of a word's parts as a name's (see {@link namePart}), 0 for a word of no name's shape. */
const nameWordGrade = memoByWord((word): number => {
  if (word.length < 3 || !/^[A-Z][A-Z'’-]*[A-Z]$/.test(word)) return 0;
  return word.includes('-') ? Math.min(...word.split('-').map(namePart)) : namePart(word);
});

/**
 * True for a word of an all-capitals run that may be a word of a name no lexicon lists (`FIRAT`,
 * `MCDONNELL-DOUGLAS`), false for English words, titles and the rest (see the file's comment).
 */
export const isNameWord = (word: string): boolean => nameWordGrade(word) === 2;

/**
 * True for a word that is a name's but for being one edit from an English word (`MORALES`, `SOARES`, or a misspelled
 * `GOVERMENT`): a name's word only inside a name (`EVO MORALES`, `DELUBIO SOARES`).
 */
const isNearNameWord = (word: string): boolean => nameWordGrade(word) === 1;

/**
 * The weak place words before a name the unlisted names take: not `to` (`TALKED TO X`, `CONNECTION TO X`: a
 * person as often), nor `left`.
 */
const PLACE_BEFORE_UNLISTED = new Set([...PLACE_BEFORE_WEAK].filter((word) => word !== 'to' && word !== 'left'));
/** Words after a name that end its phrase: a preposition's name is a place only then (`IN X EFFECTIVENESS` is not). */
const ENDS_PHRASE =
  /^(?:AND|OR|BUT|THE|TO|OF|IN|ON|AT|FOR|BY|WITH|FROM|WHERE|WHICH|WHILE|WHEN|SINCE|AS|IS|WAS|ARE|WERE|HAS|HAD|THAT)$/;

// The endings of adjectives (`ISLAMIC`, `KEMALIST`): such a word before a head word names no thing of its own.
const ADJECTIVE_SHAPE = /(?:IC|ICAL|IST|IAN|ESE|ISH)$/;

/** Capitals words that follow a title or a given name without being a name: closed classes, `-ED`, `-ING`. */
export const NOT_A_NAME = new RegExp(
  '^(?:OF|THE|AND|FOR|TO|IN|ON|AT|BY|STAFF|SAID|HAS|HAD|WAS|IS|WILL|WOULD|THAT|WHO|ALSO|AS|HI' +
    'MSELF|HERSELF|WHICH|NOT|ARE|WERE|HAVE|CAN|MAY|SHOULD|COULD|MOST|MORE|VERY|ALREADY|STILL|NO' +
    'W|THEN|ONLY|EVEN|JUST|SAW|FELT|TOLD|SAYS|GAVE|MADE|TOOK|HIS|HER|ITS' +
    // English prepositions (a closed class).
    '|FROM|INTO|ONTO|UPON|OVER|UNDER|AFTER|DURING|WITHIN|WITHOUT|THROUGH|AMONG|AGAINST|BETWEEN|TOWARDS?|NEAR' +
    '|SINCE|UNTIL|THAN|LIKE|ABOUT|ACROSS|BEHIND|BEYOND|WITH' +
    // Conjunctions, pronouns, determiners, auxiliaries and question words (closed classes).
    '|OR|BUT|NOR|YET|IF|WHETHER|WHAT|WHEN|WHERE|WHY|HOW|WHOM|WHOSE|BOTH|EITHER|NEITHER|EACH|EVERY|ALL|ANY|SOME' +
    '|THIS|THESE|THOSE|THEY|THEM|THEIR|HIM|SHE|OUR|YOU|YOUR|DID|DOES|BEEN|BEING|MIGHT|MUST|SHALL)$|(?:ED|ING)$',
  '',
);
/** Function words after which the word before them is a verb (`SHAH ASKS THAT`, `SHAH SEES NO`). */
export const AFTER_A_VERB =
  /^(?:THAT|TO|NO|THE|IT|HIS|HER|A|AN|THIS|THESE|ITS|US|HIM|THEM|WHAT|WHETHER|IF|ABOUT|ANY|SOME|ALL|MUCH)$/;

/**
 * True for a word after a title that may be a surname: no function word, title part, month or word of two letters
 * (the test of an English word after a title and of a word that is neither English nor a name word, `O'NEILL`).
 */
export const mayBeSurname = (word: string) =>
  !NOT_A_NAME.test(word) && !isTitlePart(word) && !isCalendarWord(word) && word.length > 2;

const isInitial = (word: string) => word.length === 2 && word.endsWith('.');
const isParticle = (word: string) => NAME_PARTICLES.has(word.toLowerCase());

/**
 * How many tokens from `k` make one name: name words, with initials, given names (`MARK`, an English word
 * too) and particles (`DE`, `BIN`) inside; a given name or initial opens one only when a name word follows.
 * A word one edit from an English word goes on a name or opens one before a name word (`EVO MORALES`); after a
 * plain given name, an English word may end it as its surname (`OSCAR ARIAS`). A possessive ends it (`ERBAKAN'S`).
 *
 * ```
 * AHMED J. BIN TEKALDI'S OFFICE ... PRESIDENT EVO MORALES ... OSCAR ARIAS SAID
 * ^^^^^^^^^^^^^^^^^^^^^^ 4               ^^^^^^^^^^^ 2          ^^^^^^^^^^^ 2
 * ```
 */
export function nameLength(tokens: readonly CapsToken[], k: number): number {
  let n = 0;
  let last = 0;
  while (k + n < tokens.length && n < 5) {
    const token = tokens[k + n] as CapsToken;
    const next = tokens[k + n + 1];
    const inner = isInitial(token.text) || isParticle(token.text) || isGivenName(token.text);
    // A given name opens a name before a word one edit from an English word too (`JOHN PISTOLE`).
    const nextNear = !!next && isGivenName(token.text) && isNearNameWord(next.text);
    const opensMore =
      !!next &&
      !token.possessive &&
      (isNameWord(next.text) || isInitial(next.text) || isParticle(next.text) || nextNear);
    // A word one edit from an English word goes on a name, or opens one before a name's word that is no place's
    // (`REQIRES IRAN` is a misspelled verb).
    const near =
      isNearNameWord(token.text) && (n > 0 || (!!next && isNameWord(next.text) && placeWeight(next.text) === 0));
    const own = near || isNameWord(token.text);
    // After a plain given name, an English word may end the name as its surname.
    if (!own && n > 0 && isPlainGivenName(tokens[k + n - 1] as CapsToken) && englishSurnameAfter(token, next)) {
      last = ++n;
      break;
    }
    if (!own && !(inner && opensMore && (n > 0 || !isParticle(token.text)))) break;
    n++;
    if (own) last = n;
    if (token.possessive) break;
  }
  // The name ends on its last word of its own: not on an initial, a particle or a given name that is a word.
  return last;
}

/** True for a given name that is no English word (`OSCAR`, `GORDON`; not `MARK`): it opens a person's name. */
const isPlainGivenName = (token: CapsToken) => !token.possessive && isGivenName(token.text) && isNameWord(token.text);

/**
 * True for an English word after a plain given name that is the name's surname (`OSCAR ARIAS SAID`, `GORDON BROWN`):
 * a word that may be a surname after a title (see {@link mayBeSurname}), no adverb (`-LY`), kind of body or place
 * (`HASSAN MOSQUE`) or nationality, and not before a verb's object (`RODRIGO HELD THIS`). A surname of Moby's lists
 * (`BROWN`, `BAKER`) may stand anywhere else; no other verb in the past (`-ED`, `SPOKE`, `MET`: `WAYNE MET WITH`);
 * any other word only where the phrase ends (a function word, a month, a possessive or the run's end after it: not
 * `LULA PRESIDENTIAL CAMPAIGN`), in no plural's shape (`MOHAMMED CARTOONS`).
 */
function englishSurnameAfter(token: CapsToken, next: CapsToken | undefined): boolean {
  if (!mayBeSurname(token.text) || token.text.endsWith('LY')) return false;
  if (isOrganizationWord(token.text) || isPlaceWord(token.text) || isNationality(token.text)) return false;
  if (AFTER_A_VERB.test(next?.text ?? '')) return false;
  if (isEnglishNameWord(token.text)) return true;
  // A verb in the past is the sentence's (`AMR MOUSSA SPOKE.`, `DASD THOMAS MET WITH`).
  if (/..ED$/.test(token.text) || PAST_FORMS.has(token.text)) return false;
  return !/[^AEIOUS]S$/.test(token.text) && endsPhrase(token, next);
}

/**
 * The irregular past forms of common English verbs (the list of English irregular verbs of the Oxford and Collins
 * grammars), upper case: after a name they are its sentence's verb, no surname.
 */
const PAST_FORMS = new Set(
  (
    'MET SAID SPOKE TOLD LEFT WENT CAME SAW GAVE TOOK WROTE MADE HELD SAT ROSE FLEW RAN WON LOST SOUGHT THOUGHT ' +
    'BROUGHT BOUGHT KEPT FELT SENT SPENT BEGAN BECAME KNEW GREW DREW SHOWED CHOSE FOUND HEARD PAID LED READ ' +
    'SOLD STOOD UNDERSTOOD WITHDREW FORGOT HID MEANT FOUGHT TAUGHT DROVE'
  ).split(' '),
);

/** True when a name's phrase ends after `token`: a possessive, the run's end, a function word or a month after it. */
export const endsPhrase = (token: CapsToken, next: CapsToken | undefined): boolean =>
  !next || token.possessive || NOT_A_NAME.test(next.text) || isCalendarWord(next.text);

/** A word without a vowel is an acronym (`DFM`, `ZFR`): no person's name. */
export const isAcronym = (word: string) => !/[AEIOUY]/.test(word);

/**
 * Two to four name words and nothing else to go by: a person's name, the last resort, but not when a word is an
 * acronym, nor when the last ends in a consonant and `S` (a plural: `NAKSHIBENDI MURIDS`), nor an adjective first.
 */
function lastResort(name: readonly CapsToken[]): boolean {
  if (name.length < 2 || name.length > 4 || name.some((t) => isAcronym(t.text))) return false;
  // An adjective first is a phrase's (`ISLAMIC SHARI'A`, `CELLULOSIC ETHANOL`): `-IC`, `-ISH`, `-ESE`, no given name
  // (`-IAN` ends names too: `SUFIAN`).
  const first = (name[0] as CapsToken).text;
  if (/(?:IC|ISH|ESE)$/.test(first) && !isGivenName(first)) return false;
  return !/[^AEIOUS]S$/.test((name.at(-1) as CapsToken).text);
}

/** The kind the words around a name give it, and how many words after it belong to it (a head word). */
function evidenceAround(context: EntityContext, name: readonly CapsToken[], after: CapsToken | undefined) {
  const first = name[0] as CapsToken;
  const last = name.at(-1) as CapsToken;
  if (after && !last.possessive && isOrganizationWord(after.text)) return { kind: 'organization', extra: 1 } as const;
  if (after && !last.possessive && isPlaceWord(after.text)) return { kind: 'place', extra: 1 } as const;
  const people = name.length > 1 && (isGivenName(first.text) || name.some((t) => isInitial(t.text)));
  const end = last.start + last.text.length;
  const speaker =
    !isAcronym(first.text) &&
    last.text.length > 3 &&
    (speakerAfter(context.text, end) || personBefore(context.text, first.start));
  const [p1 = '', p2 = ''] = wordsBefore(context.text, first.start, 2);
  // A short word after `THE` is an acronym, a body's, even as the subject of a verb (`THE KOPRA MET`).
  const acronym = p1 === 'the' && name.length === 1 && first.text.length <= 5;
  if (people || (speaker && !acronym) || context.people.has(last.text)) return { kind: 'person', extra: 0 } as const;
  const placeBefore = PLACE_BEFORE.has(p1) || PLACE_BEFORE_UNLISTED.has(p1) || (p1 === 'of' && PLACE_OF.has(p2));
  // One word the cable typed before by the head word after it (`REFAH PARTY` ... `REFAH`), even after a place's
  // preposition (`SOURCES IN REFAH`).
  const named = name.length === 1 ? context.named.get(first.text) : undefined;
  if (named) return { kind: named, extra: 0 } as const;
  if (placeBefore && !last.possessive && (!after || ENDS_PHRASE.test(after.text)))
    return { kind: 'place', extra: 0 } as const;
  if (acronym) return { kind: 'organization', extra: 0 } as const;
  // After `THE`, no person's name (`THE NAKSHIBENDI TARIKAT`): no guess.
  return p1 !== 'the' && lastResort(name) ? ({ kind: 'person', extra: 0, guessed: true } as const) : null;
}

/**
 * The name no lexicon lists that opens at `tokens[k]`, typed, and how many tokens it takes; null when
 * there is none or nothing types it (with `untyped`, then a name of one word untyped, for the cable's other mentions
 * to type). A person's name is remembered (its last word too), so that a later
 * bare surname is that person.
 */
export function unlistedNameAt(
  context: EntityContext,
  tokens: readonly CapsToken[],
  k: number,
  untyped = false,
): { entity: FoundEntity; used: number } | null {
  const n = nameLength(tokens, k);
  if (n === 0) return null;
  const name = tokens.slice(k, k + n);
  // A nationality of two words (`COSTA RICAN`) is no one's name.
  if (n > 1 && isNationality(`${(name[0] as CapsToken).text} ${(name[1] as CapsToken).text}`)) return null;
  const evidence = evidenceAround(context, name, tokens[k + n]);
  // (One word only: the words after it may be a known name's, `THE PRT. CANADA AND`, read next.)
  if (!evidence) return untyped && n === 1 ? { entity: unlistedEntity(name), used: 1 } : null;
  const last = tokens[k + n - 1 + evidence.extra] as CapsToken;
  const entity = entityAt((name[0] as CapsToken).start, last.start + last.text.length, evidence.kind);
  // A person the evidence names is remembered; a guess is not (a later bare word would repeat the guess); one word a
  // head word types is (`REFAH PARTY`: a later `REFAH` is the party), not an adjective's shape (`ISLAMIC`).
  if ('guessed' in evidence) entity.guessed = true;
  else if (evidence.extra === 1 && n === 1 && !ADJECTIVE_SHAPE.test((name[0] as CapsToken).text))
    context.named.set((name[0] as CapsToken).text, evidence.kind);
  else if (evidence.kind === 'person') {
    context.people.add(name.map((t) => t.text).join(' '));
    context.people.add((name.at(-1) as CapsToken).text);
  }
  return { entity, used: n + evidence.extra };
}

/** The untyped entity of a name nothing around types (see `unlisted` in found.ts). */
function unlistedEntity([word]: readonly CapsToken[]): FoundEntity {
  const { start, text } = word as CapsToken;
  return { ...entityAt(start, start + text.length, null), unlisted: true };
}
