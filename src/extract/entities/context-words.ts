/**
 * The words around a name that make it a place or a person, and the test that a single word has no evidence
 * at all (no lexicon, no context word, no earlier mention), for the typing refiner.
 *
 * ```
 * in X, near X, toward X, western X → place (strong)   from X, to X, at X  → place (weak; alone, of a word of
 * the city of X, the port of X      → place            X's government      → place        no other kind: place)
 * X said, told X, according to X    → person
 * ```
 */
import { MONTH_ABBREVIATIONS } from '../../tables/calendar.js';
import { isCompassWord } from '../../tables/compass.js';
import { isCompoundTitleWord } from '../../tables/titles.js';
import { wordsBefore } from '../pipeline.js';
import { type EntityContext, isWhiteSpace } from './found.js';
import {
  isArmedGroup,
  isEnglishWord,
  isGivenName,
  isNationality,
  isOrganizationName,
  isOrganizationWord,
  isTitlePart,
  placeWeight,
} from './lexicon.js';

// The words before a name that make it a place (`in X`, `north of X`), strongly or weakly.
/** Words right before a name that make it a place (`in X`). */
export const PLACE_BEFORE = new Set('in near toward towards across throughout outside inside into around'.split(' '));
/** Compass words before `of` (`north of X`). */
export const COMPASS_OF = new Set('north south east west northeast northwest southeast southwest'.split(' '));
/** Words right before a name that make it a place, weakly (`from X`). */
export const PLACE_BEFORE_WEAK = new Set(
  'from to at via visit visited visiting visits entered reached left'.split(' '),
);
// `the city of X`, `government of X`: the noun before `of`.
/**
 * Nouns before `of` that make the name after it a place: the kinds of place GeoNames' feature classes A and P name
 * (administrative divisions; populated places, ports, suburbs), singular and plural, a place's officers and people
 * (`mayor of X`, `residents of X`) and a country's (`government of X`, `king of X`).
 */
export const PLACE_OF = new Set(
  (
    'city cities town towns village villages province provinces district districts region capital island state ' +
    'republic municipality municipalities suburb suburbs outskirts port ports harbor county commune governorate ' +
    'government people president embassy ambassador king minister mayor governor residents inhabitants natives'
  ).split(' '),
);
/** What after a name makes it a place (`X's government`). */
export const PLACE_AFTER = new RegExp(
  String.raw`^['’]s\s+(?:government|capital|president|prime\s+minister|foreign\s+minister|borders?|econ` +
    String.raw`omy|people|territory|parliament|king|military|army|embassy)\b`,
  'i',
);

/**
 * What after a name makes it a person: `, who` or a reporting verb (`X said`, `X noted`), the verbs of saying
 * that English grammars list for reported speech, in the past and present tense, and the verbs of a visit or meeting
 * that cables report a person's acts by (`X met`, `X visited`, `X thanked`).
 */
export const SPEAKER_AFTER = new RegExp(
  String.raw`^\s*(?:,\s*who\b|said|says|told|tells|stated|noted|added|explained|argued|asserted|comment` +
    'ed|claimed|asked|replied|urged|warned|insisted|confirmed|denied|agreed|emphasized|stressed' +
    '|believes|thinks|suggested|described|observed|conceded|indicated|expressed|remarked|responded' +
    '|acknowledged|maintained|recalled|complained|admitted|lamented|announced' +
    '|met|meets|visited|arrived|departed|received|hosted|welcomed|thanked|criticized|praised|promised|pledged)\\b',
  'i',
);

/** True when a verb of saying or meeting follows the name ending at `end` (see {@link SPEAKER_AFTER}). */
export const speakerAfter = (text: string, end: number): boolean => SPEAKER_AFTER.test(text.slice(end, end + 30));

/** Verbs whose object is a person (`told X`, `urged X`, `met X`). */
const PERSON_OBJECT_VERBS = new Set(['told', 'urged', 'thanked', 'briefed', 'informed', 'met']);
/** Words of a meeting before its `with` (`met with X`, `talks with X`). */
const MEETING_WORDS = new Set([
  'met',
  'meeting',
  'meetings',
  'talks',
  'talked',
  'spoke',
  'conversation',
  'lunch',
  'dinner',
]);

/**
 * True when what stands right before `start` makes the name there a person: a verb whose object is one (`told X`,
 * `urged X`), a meeting's `with` (`met with X`, `talks with X`), `called on X`, a source cited (`according to X`:
 * a person or a body, whose head word then outweighs this).
 */
export function personBefore(text: string, start: number): boolean {
  const [w1 = '', w2 = ''] = wordsBefore(text, start, 2);
  if (PERSON_OBJECT_VERBS.has(w1) || (w1 === 'with' && MEETING_WORDS.has(w2))) return true;
  return (w1 === 'on' && w2 === 'called') || citesSource(w1, w2);
}

/** True for `according to`, the two words before a name as the words before it are read (nearest first). */
export const citesSource = (w1: string, w2: string): boolean => w1 === 'to' && w2 === 'according';

// One capitalized word, maybe after an Arabic article (`Hughes`, `al-Maliki`, `Abdel-Rahman`): a surname's shape.
const SURNAME_SHAPE = /^(?:[a-z]{1,3}-)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/;

/**
 * True for a word that may be a surname standing alone (`Hughes`, `Osman`, as a speaker before a reporting verb
 * names one): a surname's shape, no English word, not written in lower case in the document (`Treasury said`,
 * `Moscow said` are no surnames: the one an English word, the other a place the lexicons type first), nor the
 * plural of an English word (`Interlocutors expressed`) or of a nationality (`Bahrainis told us`: a people).
 */
export function maySurnameAlone(context: EntityContext, name: string): boolean {
  if (!SURNAME_SHAPE.test(name) || isEnglishWord(name) || context.lowerWords.has(name.toLowerCase())) return false;
  if (MONTH_ABBREVIATIONS.includes(name.toUpperCase())) return false;
  // An officer as cables abbreviate one (`Poloffs`, `Econoff`, `PolEconOff`).
  const officer = name.endsWith('s') ? name.slice(0, -1) : name;
  if (isTitlePart(officer) || isCompoundTitleWord(officer)) return false;
  const singular = name.endsWith('s') ? name.slice(0, -1) : name;
  return (singular === name || !isEnglishWord(singular)) && !isNationality(singular);
}

/** Words of going somewhere before a name's `to` (`a trip to X`, `returned to X`), which then names a place. */
const GOING_TO = new Set(
  (
    'go goes going went gone travel travels traveled travelled traveling travelling trip trips visit visits return ' +
    'returns returned returning flight flights flew fly deployed deployment moved move transferred route road way ' +
    'access sent shipped exported delivered headed back'
  ).split(' '),
);

/**
 * True for one word at `start..end` that a place's weak cue alone stands before (`from X`, `at X`, `via X`, `a trip
 * to X`; not `the letter to X`, `according to X`) and that has a place's name's shape by elimination: capitalized, no
 * English word, given name, people's name, adjective or word the text writes in lower case, no possessive after it
 * (`to X's letter` is a person's), no person named so before. The typing refiner asks it only of a name that has
 * no evidence of any kind besides.
 */
/**
 * True when `cue` (one of {@link PLACE_BEFORE_WEAK}) cues a place after `before`, the word before it: `to` only after
 * a word of going (`a trip to X`, `sent to X`; not `the letter to X`, `spoke to X`, `passed it to X`).
 */
export const weakCueAfter = (cue: string, before: string): boolean => cue !== 'to' || GOING_TO.has(before);

export function placeByWeakCueAlone(context: EntityContext, start: number, end: number, name: string): boolean {
  if (!/^[A-Z][a-z]{2,}$/.test(name) || isEnglishWord(name) || isGivenName(name) || isNationality(name)) return false;
  // An adjective's or a follower's ending (`Salvadorian`, `Islamic`, `Gulenist`, `Veronese`) names no place.
  if (/(?:ic|ian|ist|ese|ish)$/.test(name)) return false;
  if (context.lowerWords.has(name.toLowerCase()) || context.people.has(name)) return false;
  const after = context.text.charCodeAt(end);
  if (after === 39 || after === 0x2019 || after === 45) return false;
  const [w1 = '', w2 = ''] = wordsBefore(context.text, start, 2);
  return (w1 === 'from' || w1 === 'at' || w1 === 'via' || w1 === 'to') && weakCueAfter(w1, w2);
}

const isWordPartCode = (code: number) =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 39 || code === 0x2019 || code === 45;

/** True when the word before `at` (white space skipped) opens with a lower-case letter. */
export function lowerBefore(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && isWhiteSpace(text.charCodeAt(k - 1))) k--;
  const end = k;
  // (An apostrophe or hyphen inside the word too: `President's` opens with a capital.)
  while (k > 0 && end - k < 30 && isWordPartCode(text.charCodeAt(k - 1))) k--;
  const code = text.charCodeAt(k);
  return k < end && code >= 97 && code <= 122;
}

/**
 * True when a compass adjective in lower case stands right before `start` (`in western Orakzai`, `southern Kufra`:
 * the compass words of compass.ts that are adjectives, `-ern` and `central`), `w1` the word before as
 * {@link wordsBefore} reads it: it places what it describes.
 */
export const compassAdjectiveBefore = (text: string, start: number, w1: string): boolean =>
  (w1.endsWith('ern') || w1 === 'central') && isCompassWord(w1) && lowerBefore(text, start);

/** The word in lower case right after a name (`the Drummond company`). */
const LOWER_WORD_AFTER = /^[ \t]+([a-z]+)\b/;
/**
 * The organization words (head-words.ts, organizations.ts) that name the kind of a body whose own name stands before
 * them in lower case (`the Drummond company`, `the Wifaq party`): firms, parties, movements, the media. Not the words
 * a place's, a people's or a leader's name goes before as often (`the Lula government`, `Costa Rican press`, `Benghazi
 * hospital`, `the Castro brothers`).
 */
const KINDS_OF_BODY: ReadonlySet<string> = new Set([
  ...['company', 'companies', 'corporation', 'group', 'party', 'parties', 'movement', 'airlines', 'union'],
  ...['coalition', 'alliance', 'front', 'foundation'],
  // The media (`the Kestrel magazine`, `the Fars news agency`, `the Zorvan television`).
  ...['magazine', 'agency', 'news', 'television', 'radio'],
]);

/** The words of a program in lower case after its name (`the Blue Lantern program`): operation.ts's program words. */
const KINDS_OF_PROGRAM: ReadonlySet<string> = new Set(['program', 'programme', 'initiative', 'project', 'campaign']);

/** True when a kind of program follows the name in lower case (see {@link KINDS_OF_PROGRAM}). */
export function programWordNext(after: string): boolean {
  const next = LOWER_WORD_AFTER.exec(after)?.[1];
  return !!next && KINDS_OF_PROGRAM.has(next);
}

/** True when a kind of body follows the name in lower case (see {@link KINDS_OF_BODY}). */
export function bodyWordNext(after: string): boolean {
  const next = LOWER_WORD_AFTER.exec(after)?.[1];
  return !!next && KINDS_OF_BODY.has(next) && isOrganizationWord(next);
}

/**
 * True for a single word at `start..end` that no lexicon, earlier mention or context word types:
 * it cannot reach enough evidence to be typed (most capitalized words are such).
 */
export function noEvidence(context: EntityContext, start: number, end: number, name: string): boolean {
  if (name.includes(' ') || /^(?:[A-Z]\.){2,}$/.test(name)) return false;
  if (placeWeight(name) > 0 || isOrganizationWord(name) || isArmedGroup(name) || isOrganizationName(name)) return false;
  if (context.places.size > 0 && context.places.has(name.toUpperCase())) return false;
  if (context.people.has(name) || bodyWordNext(context.text.slice(end, end + 20))) return false;
  // A speaker named by a surname alone (`Hughes added that`), or one told or met (`told Hughes`): the evidence decides.
  if (maySurnameAlone(context, name) && (speakerAfter(context.text, end) || personBefore(context.text, start)))
    return false;
  const [w1 = '', w2 = '', w3 = ''] = wordsBefore(context.text, start, 3);
  const [p1, p2] = w1 === 'the' ? [w2, w3] : [w1, w2];
  if (PLACE_BEFORE.has(p1) || (p1 === 'of' && (PLACE_OF.has(p2) || COMPASS_OF.has(p2)))) return false;
  if (placeByWeakCueAlone(context, start, end, name) || compassAdjectiveBefore(context.text, start, w1)) return false;
  // `X's government` (PLACE_AFTER opens with an apostrophe).
  const apostrophe = context.text.charCodeAt(end) === 39 || context.text.charCodeAt(end) === 0x2019;
  return !apostrophe || !PLACE_AFTER.test(context.text.slice(end, end + 30));
}
