/**
 * Runs of capitalized words in mixed-case text, split into names: a sentence's opening word that
 * the text also writes in lower case is no name, `and` between two names splits them (`Germany
 * and France`), and a title before a name is kept apart (`Former Trade Minister Ahmad Ali`:
 * title `Former Trade Minister`, person `Ahmad Ali`). The typing refiner decides what the rest is.
 *
 * ```
 * Yesterday Ghanaian Foreign Minister Akwasi Osei met Angela Merkel in Berlin and Bonn.
 *           ^^^^^^^^^^^^^^^^^^^^^^^^^ ^^^^^^^^^^^     ^^^^^^^^^^^^^    ^^^^^^     ^^^^
 *           title                     person          (typed later)     (typed)   (typed)
 * ```
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../../tables/calendar.js';
import { isCompassWord } from '../../../tables/compass.js';
import { LEGAL_FORMS } from '../../../tables/organizations.js';
import { TITLE_ABBREVIATIONS, TITLE_MODIFIERS } from '../../../tables/person-titles.js';
import { OFFICER_ABBREVIATIONS } from '../../../tables/titles.js';
import { appendAll, type Parser } from '../../pipeline.js';
import { entityAt, type EntityContext, type FoundEntity, wrapsBetween } from '../found.js';
import {
  acronymKind,
  isEnglishNameWord,
  isEnglishWord,
  isGivenName,
  isNationality,
  isOrganizationWord,
  isPluralTitleHead,
  isPlaceWord,
  isPortfolio,
  isTitleHead,
  isTitlePart,
  namesPostOfficer,
  placeWeight,
} from '../lexicon.js';

// The particles inside names: Arabic, German, Dutch, French, Spanish and Italian ones, and Portuguese `do`, `dos`,
// `das` (`Rio Grande do Sul`, `Mato Grosso do Sul`, `Joao dos Santos`).
const PARTICLES = 'al el bin ibn bint von van der den de du da di del della la le ul abu y do dos das'.split(' ');
// `in` and `to` join no name (`Marsha Singer in WHA`, `Uzbekistan to Kazakhstan`).
const CONNECTORS = ['of', 'on', 'for', 'and', 'the', ...PARTICLES];
const CONNECTOR = `(?:${CONNECTORS.join('|')})`;
/** A title abbreviated with a period before a space (`Gen. Kayani`, `Dr. Faisal`): one word with its period. */
const ABBREVIATED_TITLE = `(?:${[...TITLE_ABBREVIATIONS]
  .filter((title) => title.endsWith('.'))
  .map((title) => title.slice(0, -1))
  .join('|')})\\.(?=[ \\t\\n])`;
/**
 * A title abbreviated with a slash (`A/S Jones`, `U/S Levey`), or `A/` for acting before an officer's abbreviation
 * (`A/DCM Ruiz`): one word.
 */
const SLASHED_TITLE = `(?:${[...TITLE_ABBREVIATIONS].filter((title) => title.includes('/')).join('|')}|A/(?:${[
  ...OFFICER_ABBREVIATIONS,
]
  .join('|')
  .toUpperCase()}))(?=[ \\t\\n])`;
/**
 * One capitalized word: a title abbreviated with a period (`Gen.`) or a slash (`A/S`), initials (`U.S.`), a surname
 * after a Gaelic, Romance or Dutch prefix (`McCormick`, `MacArthur`, `DeFazio`, `LaGeo`, `VanHollen`: read whole, not
 * as `Mc`), an acronym in mixed case (`MoD`, `GoB`, `BiH`, `PvdA`), a capitalized word (`Kassymov`, `O'Mara`,
 * `al-Maliki`; before a capital after a longer part, a word glued on begins: `MacchiavelloAmoros`), one with capitals
 * inside, an acronym, an initial (`J.`).
 */
export const NAME_WORD =
  `(?:${ABBREVIATED_TITLE}|${SLASHED_TITLE}|` +
  "(?:[A-Z]\\.){2,}|(?:Mc|Mac|De|Di|Da|Du|La|Le|Van)[A-Z][a-z]+(?:['’]s)?|[A-Z][a-z]{1,2}[A-Z]+(?![a-z])|" +
  "(?:al-|el-)?[A-Z][a-z]+(?:[-'’][A-Za-z]+)*(?:['’]s)?|[A-Z][a-z]*[A-Z][A-Za-z]*|[A-Z]{2,}(?:-[A-Z]+)?|[A-Z]\\.)";
const GAP = '(?:[ \\t]+|[ \\t]*\\n[ \\t]*)';
// An ordinal may open a unit's name (`7th Division`); a legal form may close a company's (`Impregilo S.p.A.`).
const ORDINAL = '(?:\\d{1,3}(?:st|nd|rd|th)[ \\t]+)';
const LEGAL_FORM = `(?:,?[ \\t]+(?:${LEGAL_FORMS.join('|')})(?![\\w.]))`;
const WORD = `(?:${NAME_WORD})`;

/** Words that open sentences or clauses and are never part of a name. */
const FUNCTION_WORDS = new Set(
  (
    'the a an in on at for from to of and but or if as by with during after before since while ' +
    'when where although because this that these those it its he she they we our their his her ' +
    'there here however also according such both all many most some other another each every ' +
    'any no not yet still then thus so per via than yesterday today tomorrow tonight now ' +
    'recently later earlier meanwhile separately additionally finally subsequently previously ' +
    'currently instead nevertheless moreover furthermore overall'
  ).split(' '),
);
/** Words capitalized for the page, not for a name: paragraph captions and section words. */
const CAPTIONS = new Set(
  'summary comment note begin end action request reftel ref subject tags para paragraph'.split(' '),
);

/** True for the code of a character of `\w` (a-z, A-Z, a digit, `_`): what stands before no word's start. */
const isWordCode = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
const isUpper = (code: number) => code >= 65 && code <= 90;
const isLower = (code: number) => code >= 97 && code <= 122;

interface Word {
  text: string;
  start: number;
}

const NON_SPACE = /\S+/g;

/** The words of a run, with their offsets in the text. */
function wordsOf(run: string, at: number): Word[] {
  const words: Word[] = [];
  NON_SPACE.lastIndex = 0;
  for (let m = NON_SPACE.exec(run); m; m = NON_SPACE.exec(run)) words.push({ text: m[0], start: at + m.index });
  return words;
}

const lower = (word: string) => (isPossessive(word) ? word.slice(0, -2) : word).toLowerCase();
const CONNECTOR_WORDS = new Set(CONNECTORS);
const isConnector = (word: string) => CONNECTOR_WORDS.has(word);
const DATE_NAMES = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);
/** True when a letter, digit, `_`, apostrophe or hyphen stands before `at`: a run there starts inside a word. */
const insideWord = (text: string, at: number) => {
  const code = text.charCodeAt(at - 1);
  return isWordCode(code) || code === 39 || code === 0x2019 || code === 45;
};

/**
 * True when digits go on the word ending at `at`, maybe after a hyphen (`AK-47`, `MiG-29`, passport `PO47719`), or the
 * word is the numero abbreviation (`Case No.175`): a model's or a document's code, no name.
 */
function gluedToDigits(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  const next = code === 45 ? text.charCodeAt(at + 1) : code;
  return (next >= 48 && next <= 57) || numeroAt(text, at);
}

/** The numero abbreviation before a number, ending at `at` (`No.3`, `Nos. 14`): a number's label, no name's word. */
const NUMERO = /(?:^|\s)Nos?$/;
const numeroAt = (text: string, at: number) =>
  text.charCodeAt(at) === 46 &&
  NUMERO.test(text.slice(Math.max(0, at - 4), at)) &&
  /^\.\s?\d/.test(text.slice(at, at + 3));

/** True when a title's modifier in lower case and a hyphen stand right before `at` (`then-Governor`, `ex-Minister`). */
function afterModifier(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 45) return false;
  let k = at - 1;
  while (k > 0 && isLower(text.charCodeAt(k - 1))) k--;
  return k < at - 1 && !insideWord(text, k) && isTitlePart(text.slice(k, at - 1));
}

/** True for a capitalized word of lower-case letters (`/^[A-Z][a-z]+$/`). */
function isCapitalized(word: string): boolean {
  if (word.length < 2 || !isUpper(word.charCodeAt(0))) return false;
  for (let k = 1; k < word.length; k++) if (!isLower(word.charCodeAt(k))) return false;
  return true;
}

/** True when `word` at the front of a name is no part of it. */
function dropsAtFront(context: EntityContext, word: Word): boolean {
  const key = lower(word.text);
  if (FUNCTION_WORDS.has(key) || CAPTIONS.has(key) || isConnector(word.text)) return true;
  const capitalized = isCapitalized(word.text);
  // A sentence opening with a gerund or an adverb (`Regarding`, `Separately`): /^[A-Z][a-z]{3,}(?:ing|ly)$/.
  const length = word.text.length;
  const gerund = (length >= 7 && word.text.endsWith('ing')) || (length >= 6 && word.text.endsWith('ly'));
  if (capitalized && gerund && placeWeight(word.text) === 0) return true;
  // A sentence's first word that the text writes in lower case elsewhere (`Police seized`, `Total
  // seizures`); in mid-sentence a capital is meant (`the Government of Pakistan`).
  return (
    capitalized &&
    context.lowerWords.has(key) &&
    opensSentence(context.text, word.start) &&
    placeWeight(word.text) === 0 &&
    (!isTitlePart(word.text) || isPluralTitleHead(word.text))
  );
}

/**
 * True for a nationality, faith or people before a person's name of up to three words, a given name first: it says
 * who the person is (`Alevis Hasan Zengin`; not `Korean Lotte Engineering`, an organization).
 */
function describesPerson(part: Word[], from: number, to: number): boolean {
  const word = (part[from] as Word).text;
  if (!isNationality(word) || isTitleHead(word) || !isGivenName((part[from + 1] as Word).text) || to - from > 4)
    return false;
  for (let k = from + 1; k < to; k++) if (isOrganizationWord((part[k] as Word).text)) return false;
  return true;
}

/**
 * How many words at the front of `part[from..to)` are a country's or capital's name before a person's (`United States
 * Hector Timerman`, `Iceland Viktor Tatarintsev`): a given name and a surname after it, or a person the cable named; 0
 * when the words are not so.
 */
function placeBeforePerson(context: EntityContext, part: Word[], from: number, to: number): number {
  // (One word that is a given name too opens a person's name: `Nelson Machado`, `Mary Wambui`.)
  const first = (part[from] as Word).text;
  const n = Math.max(placeLengthAt(part, from, to), placeWeight(first) >= 2 && !isGivenName(first) ? 1 : 0);
  if (n === 0 || from + n >= to) return 0;
  const next = (part[from + n] as Word).text;
  if (!/^[A-Z][a-z]/.test(next)) return 0;
  const known = from + n + 1 === to && context.people.has(next) && !isEnglishWord(next);
  const person = (isGivenName(next) && from + n + 1 < to) || known;
  return person && !isOrganizationWord(next) && !isTitlePart(next) && placeWeight(next) === 0 ? n : 0;
}

/**
 * True for an acronym no definition or lexicon knows before a given name and a surname (`SYG Amr Moussa`), or before
 * a person named so before (`DASD Schiffer`): a title's abbreviation, no name's part (a known body's stays: `UNHCR
 * Antonio Guterres` is read by the title rules).
 */
function abbreviatesTitle(context: EntityContext, part: Word[], from: number, to: number): boolean {
  const word = (part[from] as Word).text;
  const next = (part[from + 1] as Word).text;
  // (A title's abbreviation the tables know is read by the title rules: `PM Blair`, `CDA Lena Marsh`.)
  if (TITLE_ABBREVIATIONS.has(word) || OFFICER_ABBREVIATIONS.has(word.toLowerCase()) || isTitlePart(word)) return false;
  // (In mixed case only: in capitals a given name is a word of capitals too, `ADEL MOHAMED`; and no compass word or
  // place after it: `IDF West Bank Division`.)
  if (!/^[A-Z]{2,6}$/.test(word) || !/^[A-Z][a-z]/.test(next) || isGivenName(word)) return false;
  const surnameAfter = from + 2 < to && !isConnector((part[from + 2] as Word).text);
  if (!(isGivenName(next) && surnameAfter) && !context.people.has(next)) return false;
  if (isCompassWord(next.toLowerCase()) || placeWeight(next) > 0) return false;
  return !context.acronyms.has(word) && acronymKind(word, false) === null && placeWeight(word) === 0;
}

/**
 * True for a sentence's first word that is an English word (SCOWL) and no given name, title part, place or
 * organization word, before `of`, `for` or another connector (`Militants of Tehrik-e-Taliban Pakistan`,
 * `Officials of the Interior Ministry`): it opens the sentence, not the name. Before a capitalized word it
 * stays (`Frontier Corps`), and alone (`Rice said`).
 */
function isOpeningWord(context: EntityContext, word: Word, next: Word): boolean {
  // `Under` opens a title only as `Under Secretary` (the office it forms); else it is the preposition (`Under Libyan
  // law`, `Under President Lula`).
  if (word.text === 'Under') return !/^Secretar(?:y|ies)$/.test(next.text);
  return isConnector(next.text) && isCommonWordOpening(context, word);
}

/**
 * True for a capitalized English word that opens a sentence and is no given name, place, title or organization word:
 * a word of the sentence, no name's (see {@link isOpeningWord} and {@link opensBeforePerson}).
 */
function isCommonWordOpening(context: EntityContext, word: Word): boolean {
  if (!isCapitalized(word.text) || !isEnglishWord(word.text) || isGivenName(word.text)) return false;
  if (!opensSentence(context.text, word.start)) return false;
  return placeWeight(word.text) === 0 && !isTitlePart(word.text) && !isOrganizationWord(word.text);
}

/**
 * True for a sentence's first word that is an English word before a given name and a capitalized word (`Contact Jim
 * Bangert`, `Congratulate Ana Ruiz`): a verb or a noun of the sentence, no part of the person's name; not a given name,
 * title, organization's or place's word itself (`Grant Hill`, `Minister Ana Ruiz`, `Bank Ana`).
 */
function opensBeforePerson(context: EntityContext, words: Word[], k: number): boolean {
  const [word, given, next] = [words[k] as Word, words[k + 1] as Word, words[k + 2] as Word];
  return isGivenName(given.text) && isCapitalized(next.text) && isCommonWordOpening(context, word);
}

/** The codes of what may stand before a sentence's first word: `.!?:;"“(`, a line break, a hyphen. */
const SENTENCE_OPENERS = new Set([...'.!?:;"“(\n-'].map((c) => c.charCodeAt(0)));

/** The code of the character before `at`, spaces and tabs skipped; -1 at the start of the text. */
function codeBefore(text: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return k < 0 ? -1 : text.charCodeAt(k);
}

/** True when the word at `at` opens a sentence, a line of its own or the text. */
function opensSentence(text: string, at: number): boolean {
  const code = codeBefore(text, at);
  return code < 0 || SENTENCE_OPENERS.has(code);
}

/**
 * True when only spaces or tabs stand between the start of the line (or of the text, or a pilcrow, as archives
 * mark where a paragraph opens: `¶A. Did`) and `at`.
 */
function opensLine(text: string, at: number): boolean {
  const code = codeBefore(text, at);
  return code < 0 || code === 10 || code === 13 || code === 0xb6;
}

const LETTER = /^[A-Z]\.$/;

/**
 * True for a list's letter before one word (`A. Did the government act?`, `B. Has the ministry replied?` opening
 * their lines): an item's marker, no initial of a name.
 *
 * ```
 * A. Did the government ...      → `Did`: a sentence's first word, no person
 * ```
 */
const isListLetter = (context: EntityContext, part: Word[], from: number, to: number) =>
  to - from === 2 && LETTER.test((part[from] as Word).text) && opensLine(context.text, (part[from] as Word).start);

/** True for a word ending in a possessive `'s` (or `’s`). */
const isPossessive = (word: string) => word.endsWith("'s") || word.endsWith('’s');

/** How many words from `j` (two to `longest`, before `to`) make a place's name the lexicons know, or 0: the most. */
function placeLengthAt(words: Word[], j: number, to: number, longest = 3): number {
  for (let n = Math.min(longest, to - j); n >= 2; n--) {
    const name = words
      .slice(j, j + n)
      .map((word) => word.text)
      .join(' ');
    if (placeWeight(name) > 0) return n;
  }
  return 0;
}

/**
 * Where the title at the front of `words[from..to)` ends (modifiers, portfolios, nationalities, a
 * head, `of X`): `from` when there is none.
 */
function titleEnd(words: Word[], from: number, to: number): number {
  let k = from;
  let head = -1;
  // An organization's word or a place right before a head opens the title, or goes on from its modifiers (`Army
  // Chief of Staff`, `Party Leader`, `California Representative`, `First Army Commander`); `of X` goes on with it.
  const opens = (j: number) =>
    j + 1 < to &&
    isTitleHead((words[j + 1] as Word).text) &&
    (isOrganizationWord((words[j] as Word).text) || placeWeight((words[j] as Word).text) > 0);
  // A nationality and an organization's word before the head are the body's name, read apart (`Arab League Secretary
  // General X`, `Iraqi Army Chief of Staff X`), no title's front.
  // (A portfolio is the title's: `Brazilian Energy Minister X`.)
  const body =
    from + 2 < to && isOrganizationWord((words[from + 1] as Word).text) && !isPortfolio((words[from + 1] as Word).text);
  if (body && isNationality((words[from] as Word).text) && opens(from + 1)) return from;
  while (k < to && (isTitlePart((words[k] as Word).text) || opens(k)) && !isPossessive((words[k] as Word).text)) {
    if (isTitleHead((words[k] as Word).text)) head = k;
    k++;
  }
  // An acronym after a modifier and before a name is the office's title (`Deputy NSA Crouch`, `Acting USTR Ana
  // Ruiz`: a National Security Advisor, a Trade Representative), no body's name.
  if (k > from && k + 1 < to && acronymTitleAt(words, k, to)) head = k++;
  if (head < 0) return from;
  // The word before `of` is the head of a title whose parts stand before it, no name's (no name goes on with `of`):
  // a modifier (`Chief Executive of`) or an office's common noun (`General Manager of`); not an organization's word
  // (`General Directorate of`), a portfolio (`General Security of`) or a surname's (`Prime Minister Manning of`).
  if (k + 1 < to && k > head + 1 && opensComplement((words[k] as Word).text) && isModifier((words[k - 1] as Word).text))
    head = k - 1;
  else if (k + 2 < to && opensComplement((words[k + 1] as Word).text) && isOfficeHead((words[k] as Word).text))
    head = k;
  k = head + 1;
  const of = k < to ? (words[k] as Word).text : '';
  k = opensComplement(of) ? portfolioEnd(words, k, to) : k;
  // An honorific after the office (`Minister of Health Dr. Faisal Haddad`) is the title's too.
  while (k < to - 1 && (words[k] as Word).text.endsWith('.') && isTitleHead((words[k] as Word).text)) k++;
  return k;
}

/**
 * True for an acronym at `k` after a title's modifier (`Deputy`, `Acting`) before capitalized words of a name: no title
 * or organization word after it in the run (`Former MFA Refugee Office Coordinator X`: the acronym is the body's).
 */
function acronymTitleAt(words: Word[], k: number, to: number): boolean {
  if (!ACRONYM.test((words[k] as Word).text) || !TITLE_MODIFIERS.has((words[k - 1] as Word).text.toLowerCase()))
    return false;
  for (let j = k + 1; j < to; j++) {
    const text = (words[j] as Word).text;
    if (isTitlePart(text) || isOrganizationWord(text)) return false;
  }
  return isCapitalized((words[k + 1] as Word).text);
}

/** True for the word that opens a title's complement (`of`, `for`). */
const opensComplement = (word: string) => word === 'of' || word === 'for';
/** True for a title's modifier (`Executive`, `Deputy`): a title part that is no head, portfolio or nationality. */
const isModifier = (word: string) =>
  isTitlePart(word) && !isTitleHead(word) && !isPortfolio(word) && !isNationality(word);
/** True for an office's common noun that may head a title (`Manager`): no organization's or place's word or surname. */
const isOfficeHead = (word: string) =>
  isOfficeNoun(word) && !isOrganizationWord(word) && !isPlaceWord(word) && !isEnglishNameWord(word);

/**
 * Where the portfolio after a title's `of` (or `for`) at `k` ends: `Minister of Internal Affairs`, `Governor of
 * Punjab`, `Chief of Staff Kayani`: portfolio and place words, one office's common noun right after `of` (`Staff`,
 * `Mission`, `State`: an English word, no given name), and more English words where a name follows them
 * (`Minister of Institutional Relations Tarso Genro`). `k` itself when nothing of the kind follows.
 */
function portfolioEnd(words: Word[], k: number, to: number): number {
  // Where the last word that may open a name stands, and whether `the` was passed: found once (linear in the run).
  const lastName = lastNameOpening(words, k + 1, to);
  let the = false;
  let j = k + 1;
  while (j < to) {
    const text = (words[j] as Word).text;
    if (text === 'the') the = true;
    // (A city's name that is a given name before a name's word opens the person's name: `... and Commerce Hassan
    // Fakhro`.)
    if (givenNameOpens(words, j, to)) break;
    if (isPortfolio(text) || text === 'and' || text === 'the' || text === 'for' || placeWeight(text) > 0) j++;
    // `Secretary of State Rice`: `Rice` is the name; `Minister of State for`. After `the`, one institution's noun
    // right after it (`Speaker of the House Pelosi`); a longer name goes on (`... of the Organization of American
    // States`).
    else if (isOfficeNoun(text) && (j === k + 1 || (lastName > j && (!the || institutionAt(words, j, to))))) j++;
    // An institution's acronym before the name (`Director of CINDE Ana Ruiz`, `Chief of the TGS Ozkok`).
    else if (ACRONYM.test(text) && lastName > j && (!the || institutionAt(words, j, to))) j++;
    // A people's name in the plural (`Negotiator for the Palestinians`, `for the Costa Ricans`; a nationality's
    // adjective opens a body's name: `the Costa Rican Association of`).
    else if (isPeoples(text)) j++;
    else if (j + 1 < to && isPeoples(`${text} ${(words[j + 1] as Word).text}`)) j += 2;
    else {
      // A place of two or three words (`Minister for Latin America`).
      const place = placeLengthAt(words, j, to);
      if (place > 0) j += place;
      else {
        // After `the`, a body's name runs up to the given name that opens the person's (`Negotiator for the
        // Trans-Pacific Partnership Mark Sinclair`).
        if (the) j = givenNameAfter(words, j, to);
        break;
      }
    }
  }
  return j > k + 1 ? j : k;
}

/**
 * True for a given name at `j` that opens a person's name before a name's word, no place's name of its own or with
 * the next word (`Hassan Fakhro`; not `Costa Ricans`, `Costa Rica`, a country's or capital's name).
 */
function givenNameOpens(words: Word[], j: number, to: number): boolean {
  const [text, next] = [(words[j] as Word).text, (words[j + 1] as Word | undefined)?.text ?? ''];
  if (j + 1 >= to || !isGivenName(text) || placeWeight(text) >= 2 || !opensName(next)) return false;
  const pair = `${text} ${next}`;
  return !isNationality(pair) && placeWeight(pair) === 0;
}

/** True for a nationality in the plural (`Costa Ricans`, `Palestinians`): the people. */
const isPeoples = (name: string) => name.endsWith('s') && isNationality(name);

/**
 * Where the first given name after `j` opens a name of two words or more, every word from `j` to it opening with a
 * capital or a connector (the words of a body's name), or `j` when none does (a place's name is no person's).
 */
function givenNameAfter(words: Word[], j: number, to: number): number {
  for (let g = j + 1; g + 1 < to; g++) {
    const text = (words[g - 1] as Word).text;
    if (!isUpper(text.charCodeAt(0)) && !isConnector(text)) return j;
    const [given, next] = [(words[g] as Word).text, (words[g + 1] as Word).text];
    // (No place's name that opens with a given name: `the Government of Costa Rica`.)
    if (isGivenName(given) && isCapitalized(next) && placeWeight(`${given} ${next}`) === 0) return g;
  }
  return j;
}

/** True for one word after a title that is an English word, no name's (Moby's), the text writes in lower case. */
const isTitleNoun = (context: EntityContext, word: string) =>
  isEnglishWord(word) && !isEnglishNameWord(word) && !isGivenName(word) && context.lowerWords.has(word.toLowerCase());

/** True when every word from `from` to `to` is an English or nationality word and none a given name. */
function isCommonPhrase(words: Word[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const text = (words[j] as Word).text;
    if (isGivenName(text) || !(isEnglishWord(text) || isNationality(text) || isConnector(text))) return false;
  }
  return true;
}

/**
 * True for a noun right after `the` at `j` that a name's first word follows at once, no place's (`the House Pelosi`,
 * `the Republic Lula`; not `the Organization of ...`, `the Middle East Senator ...`, `the North Sinai`).
 */
function institutionAt(words: Word[], j: number, to: number): boolean {
  // A compass word opens a place's name (`the North Sinai`): no institution's noun.
  if ((words[j - 1] as Word).text !== 'the' || j + 1 >= to || isCompassWord((words[j] as Word).text)) return false;
  const next = (words[j + 1] as Word).text;
  return opensName(next) && placeWeight(next) === 0;
}

/** The index of the last word from `from` to `to` that may open a person's name ({@link opensName}), or -1. */
function lastNameOpening(words: Word[], from: number, to: number): number {
  for (let j = to - 1; j >= from; j--) if (opensName((words[j] as Word).text)) return j;
  return -1;
}

/** True for a word that may open a person's name: a given name, or a capitalized word no English one. */
const opensName = (word: string) => isGivenName(word) || (isUpper(word.charCodeAt(0)) && !isEnglishWord(word));

/** An acronym of capitals (`TGS`, `CINDE`, `AT&T`). */
const ACRONYM = /^[A-Z][A-Z&]+$/;

/** True for a common noun that names an office after a title's `of` (`Chief of Staff`, `Head of Mission`). */
const isOfficeNoun = (word: string) => isCapitalized(word) && isEnglishWord(word) && !isGivenName(word);

/**
 * True for a word that is a name of its own, no word a name may go on from by `of`: no English word, organization,
 * place or title word, portfolio or nationality (`Geneva`, `Abdullah`; not `Bank`, `Minister`, `Republic`, `Gulf`).
 */
function namesItself(word: string): boolean {
  const text = isPossessive(word) ? word.slice(0, -2) : word;
  if (!isCapitalized(text) || isEnglishWord(text) || isOrganizationWord(text) || isPlaceWord(text)) return false;
  return !isTitlePart(text) && !isPortfolio(text) && !isNationality(text);
}

/** The connectors that join no name to a name of its own before them (see {@link splitNames}). */
const SPLIT_AFTER_NAME = new Set(['of', 'on', 'for']);

/**
 * Splits `words` into names: at `and`/`or` between names, unless an organization word follows (`Foreign and
 * Commonwealth Office`), at `of`, `on` or `for` after a name of its own, and after a possessive that ends a name.
 * One pass: where the last organization word stands is known beforehand.
 */
function splitNames(words: Word[]): Word[][] {
  const organizations = words.map((word) => isOrganizationWord(word.text));
  const lastOrganization = organizations.lastIndexOf(true);
  const parts: Word[][] = [[]];
  // Whether the current part holds an organization word.
  let organization = false;
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as Word;
    const current = parts[parts.length - 1] as Word[];
    // `of`, `on` or `for` after a name of its own joins no name (`the arrest in Geneva of Hannibal Vessan`, `King
    // Abdullah of Jordan`, `outreach to India on Afghanistan`); after a head, office or common noun it does (`Bank of
    // England`, `Minister of Health`, `Committee on Foreign Relations`, `Institute for Peace`).
    if (SPLIT_AFTER_NAME.has(word.text) && k > 0 && k < words.length - 1 && namesItself((words[k - 1] as Word).text)) {
      parts.push([]);
      organization = false;
      continue;
    }
    if (
      word.text === 'and' &&
      (placeAcrossAnd(words, k, current.length) ||
        complementAcrossAnd(words, k, current) ||
        portfoliosAcrossAnd(words, k, current))
    ) {
      current.push(word);
      continue;
    }
    if (word.text === 'and' || word.text === 'or') {
      // `Foreign and Commonwealth Office`: the words before `and` have no head of their own (but `X and the Y`).
      if (!organization && lastOrganization > k && words[k + 1]?.text !== 'the') {
        current.push(word);
        organization = organizations[k] as boolean;
      } else {
        parts.push([]);
        organization = false;
      }
      continue;
    }
    current.push(word);
    organization ||= organizations[k] as boolean;
    // `Turkey's EU membership`, `Finland's Parliament`: a possessive ends a name, unless an
    // organization's name goes on after a word that is no place (`Procurator General's Office`); a generic owner
    // opening the run ends it too (`Post's Visa Viper Committee`, `the Embassy's Public Affairs Office`).
    if (
      isPossessive(word.text) &&
      k < words.length - 1 &&
      (placeWeight(word.text) > 0 || lastOrganization <= k || isOwner(words, k))
    ) {
      parts.push([]);
      organization = false;
    }
  }
  return parts;
}

/**
 * True when the `and` at `k` stands inside a place's name the lexicons know (`Bosnia and Herzegovina`, `Jammu and
 * Kashmir`, `Trinidad and Tobago`): one or two words before it (of the `before` in the current name) and one or two
 * after it make the name.
 */
function placeAcrossAnd(words: Word[], k: number, before: number): boolean {
  // The place's name from `b` words before the `and` reaches past it: `b` + `and` + one or two words.
  for (let b = 1; b <= Math.min(2, before, k); b++)
    if (placeLengthAt(words, k - b, Math.min(words.length, k + 3), b + 3) >= b + 2) return true;
  return false;
}

/**
 * True when the `and` at `k` joins two parts of an organization's complement after `of`, `for` or `on` (`Ministry of
 * Labor and Social Security`, `Party for Development and Democracy`): the current name has a head with such a
 * complement, and the run ends in one to three capitalized English words after the `and`, none a head, title, given
 * name or place (not `Ministry of Defense and Interior Ministry`, `Committee on Foreign Relations and Senator Lugar`,
 * `Project Leader for Prostitution and TIP`).
 */
function complementAcrossAnd(words: Word[], k: number, current: Word[]): boolean {
  const rest = words.length - k - 1;
  if (rest < 1 || rest > 3) return false;
  const of = current.findIndex((word) => word.text === 'of' || word.text === 'for' || word.text === 'on');
  if (of < 1 || of === current.length - 1 || !current.slice(0, of).some((word) => isOrganizationWord(word.text)))
    return false;
  for (let j = k + 1; j < words.length; j++) {
    const text = (words[j] as Word).text;
    // (A portfolio is a complement's word: `Labor and Social Security`.)
    const title = isTitlePart(text) && !isPortfolio(text);
    if (!/^[A-Z][a-z]/.test(text) || !isEnglishWord(text) || isOrganizationWord(text) || title) return false;
    if (isGivenName(text) || placeWeight(text) > 0) return false;
  }
  // (Nor a place of several words: `Department of Defense and United States personnel`.)
  return placeLengthAt(words, k + 1, words.length) === 0;
}

/**
 * True when the `and` at `k` joins two portfolios of a title before a person's name (`Minister of Industry and
 * Commerce Jon Sigurdsson`, `Minister of Agriculture and Land Reclamation Amin Abaza`): the current name has a title's
 * head before `of` or `for`, and after the `and` come a portfolio and at most two more capitalized English words (no
 * given name, head or organization word), then a word that may open a name.
 */
function portfoliosAcrossAnd(words: Word[], k: number, current: Word[]): boolean {
  if (!isPortfolio(words[k + 1]?.text ?? '')) return false;
  // The `of` within the four words before the `and` (a title's portfolios are short: a bounded look, linear in a run).
  let of = -1;
  for (let j = current.length - 1; j >= 1 && j >= current.length - 5 && of < 0; j--)
    if (opensComplement((current[j] as Word).text)) of = j;
  if (of < 1 || !isTitleHead((current[of - 1] as Word).text)) return false;
  for (let j = k + 2; j < words.length && j <= k + 3; j++) {
    const text = (words[j] as Word).text;
    if (opensName(text)) return j + 1 < words.length || isGivenName(text) || !isEnglishWord(text);
    if (!isCapitalized(text) || !isEnglishWord(text) || isTitleHead(text) || isOrganizationWord(text)) return false;
  }
  return false;
}

/**
 * True for a run's first word that is an organization's kind as an English common noun (`Post's`, `Embassy's`); not
 * an office's (`Prosecutor's Office`).
 */
function isOwner(words: Word[], k: number): boolean {
  const word = (words[k] as Word).text.slice(0, -2);
  return k === 0 && isCapitalized(word) && isOrganizationWord(word) && isEnglishWord(word) && !isTitleHead(word);
}

/**
 * True for words that are a title by their last word and no one's name (`Aviation Minister`, `South American
 * Presidents`): a head after one or two words, none of them a given name or an organization word.
 */
function isTitleOnly(words: Word[], from: number, to: number): boolean {
  if (to - from > 3 || to - from < 2 || !isTitleHead((words[to - 1] as Word).text)) return false;
  // A given name before the head is a person's (`Angela Merkel Chancellor`), an organization word an
  // organization's (`Labour Party MP`).
  for (let k = from; k < to - 1; k++)
    if (isGivenName((words[k] as Word).text) || isOrganizationWord((words[k] as Word).text)) return false;
  return true;
}

/** The index after the last `of` or `for` of a title from `from` to `rest`, or `from` when it has none. */
function afterLastOf(words: Word[], from: number, rest: number): number {
  for (let k = rest - 1; k > from; k--) if (opensComplement((words[k] as Word).text)) return k + 1;
  return from;
}

/** The connectors a title's office goes on by (`Minister of`, `Secretary for`, `Speaker of the`). */
const TITLE_CONNECTORS = new Set(['of', 'for', 'the']);

/** A particle that may stand in a person's name after a title (`bin`, `von`). */
const NAME_PARTICLES = new Set(['al', 'bin', 'ibn', 'von', 'van', 'de', 'el', 'ul']);

/** The found names of one run of words (read with indices: no word list copied per word dropped). */
function namesOf(context: EntityContext, words: Word[]): FoundEntity[] {
  const found: FoundEntity[] = [];
  for (const part of splitNames(words)) {
    let from = 0;
    let to = part.length;
    while (
      from < to &&
      (dropsAtFront(context, part[from] as Word) ||
        isListLetter(context, part, from, to) ||
        (from < to - 1 && isOpeningWord(context, part[from] as Word, part[from + 1] as Word)) ||
        (from < to - 2 && opensBeforePerson(context, part, from)) ||
        (from < to - 1 && describesPerson(part, from, to)) ||
        (from < to - 1 && abbreviatesTitle(context, part, from, to)))
    )
      from++;
    while (to > from && isConnector((part[to - 1] as Word).text)) to--;
    if (from === to) continue;
    // `Ambassador to the United States Hector Timerman`: a place's name, then a person's of its own.
    const place = placeBeforePerson(context, part, from, to);
    if (place > 0) {
      const name = nameOf(context, part, from, from + place);
      if (name) found.push(name);
      from += place;
    }
    // `QDF Executive Director Dr. Yusuf Sawani`: a title inside the run opens the person's name that ends it; the
    // words before the title are a name of their own.
    // The title at the run's front, read once: the name after it is read by it, and only without one is an inner
    // title looked for.
    const front = titleEnd(part, from, to);
    const inner = front > from ? from : innerTitleStart(part, from, to);
    const split = inner > from;
    if (split) {
      let before = inner;
      while (before > from && isConnector((part[before - 1] as Word).text)) before--;
      // Words joined to the title by a connector are a name of their own, listed with the titled one (`Nestor Valdan
      // and Chief of Cabinet X`); right before it, only an institution's (`MFA Director X`) is.
      const joined = before < inner;
      const institution = before > from && namesInstitution(part, from, before);
      const name = before > from && (joined || institution) ? nameOf(context, part, from, before) : null;
      if (name && !name.kind && !joined) found.push({ ...name, beforeTitle: true });
      else if (name) found.push(name);
      from = inner;
    }
    const name = nameOf(context, part, from, to, split ? null : front);
    if (name) found.push(name);
  }
  return found;
}

/**
 * Where a title inside `words[from..to)` starts (asked where no title opens it): the last title head with one to four
 * words after it that may open a name, back to the first of the title parts before it. `from` when there is none.
 */
function innerTitleStart(words: Word[], from: number, to: number): number {
  let head = -1;
  for (let k = to - 2; k > from && k >= to - 5; k--)
    if (isTitleHead((words[k] as Word).text)) {
      head = k;
      break;
    }
  if (head < 0 || !opensName((words[head + 1] as Word).text)) head = headBeforeComplement(words, from, to);
  if (head < 0) return from;
  let start = head;
  while (start > from && isTitlePart((words[start - 1] as Word).text)) start--;
  // `Ministry of Foreign Affairs Secretary General X`: the portfolio after an organization word's `of` or `for` is
  // the institution's (not in `GoNZ for Prime Minister X`).
  const of = start > from + 1 ? (words[start - 1] as Word).text : '';
  if (opensComplement(of) && isOrganizationWord((words[start - 2] as Word).text))
    while (start < head && isPortfolio((words[start] as Word).text)) start++;
  return start;
}

/**
 * The last title head inside `words[from..to)` whose complement (`of`, `for`: {@link portfolioEnd}) leaves one to four
 * words that may open a name (`UK Foreign Office Director General for Defense and Intelligence Mariot Leslie`), or -1.
 */
function headBeforeComplement(words: Word[], from: number, to: number): number {
  for (let k = to - 3; k > from && k >= to - 12; k--) {
    if (!isTitleHead((words[k] as Word).text) || !opensComplement((words[k + 1] as Word).text)) continue;
    const end = portfolioEnd(words, k + 1, to);
    return end > k + 1 && end < to && to - end <= 4 && opensName((words[end] as Word).text) ? k : -1;
  }
  return -1;
}

/**
 * True for words that may name the institution or place of a title after them: an organization word, a place the
 * lexicons know or a place word last, an acronym, or words that are no English phrase, no nationality and no person's
 * name by a given name first (`Mossad`, `Diyanet`); not a phrase of English words (`External Relations`).
 */
function namesInstitution(words: Word[], from: number, to: number): boolean {
  const last = (words[to - 1] as Word).text;
  if (isPlaceWord(last) || ACRONYM.test(last)) return true;
  let english = true;
  for (let k = from; k < to; k++) {
    const text = (words[k] as Word).text;
    if (isOrganizationWord(text) || placeWeight(text) > 0) return true;
    english &&= text.split('-').every((piece) => isEnglishWord(piece) || isNationality(piece) || isConnector(piece));
  }
  const name = words
    .slice(from, to)
    .map((word) => word.text)
    .join(' ');
  // (A given name first opens a person's name: `Nestor Kirchner and Chief of Cabinet X`, `Lula Chief of Staff X`.)
  return !english && !isNationality(name) && !isGivenName((words[from] as Word).text);
}

/**
 * The name of `words[from..to)`: a title kept apart, a person after it; null for a title alone. `front` is where the
 * title at its front ends ({@link titleEnd}), when the caller has read it.
 */
function nameOf(
  context: EntityContext,
  part: Word[],
  from: number,
  end: number,
  front: number | null = null,
): FoundEntity | null {
  let to = end;
  // `Procurator General's Office`, `Prime Minister's Office`: an organization, not a title and a name.
  const lastWord = (part[to - 1] as Word).text;
  // (But `Director of the Cem Foundation`: a title of a body, the body after its `of`.)
  const ofBody = isOrganizationWord(lastWord) ? titleOfBody(part, from, to) : -1;
  // An office's common noun alone after it is the title's (`Deputy Chief of Mission`, `Chief of Police`), and so are
  // portfolio words only (`Minister of Economic and Social Development`): no name.
  if (ofBody > 0 && ofBody === to - 2 && isOfficeNoun(lastWord)) return null;
  if (ofBody > 0 && portfolioOnly(part, ofBody + 1, to)) return null;
  let rest = ofBody > 0 ? ofBody : isOrganizationWord(lastWord) ? from : (front ?? titleEnd(part, from, to));
  // `vice-Governor of Tucuman Province`: a place's name ends in its place word, no person's does (a surname may be
  // one after a given name: `John Marsh`).
  const beforeLast = (part[to - 2] as Word | undefined)?.text ?? '';
  const place =
    rest > from && isPlaceWord(lastWord) && !isGivenName(beforeLast) && !isTitlePart(beforeLast) && to - from > 2;
  if (place) rest = afterLastOf(part, from, rest);
  // `Minister for Latin America X`: a connector after the title opens no name; a particle does (`de Villepin`).
  const titleEnds = rest;
  while (
    rest < to - 1 &&
    rest > from &&
    isConnector((part[rest] as Word).text) &&
    !NAME_PARTICLES.has((part[rest] as Word).text)
  )
    rest++;
  if (rest >= to || isTitleOnly(part, rest, to)) return null;
  // What a title's `of`, `for` or `the` leads to is its office's place or body, no person (`President of the Republic
  // of Costa Rica`, `Minister for Xandia`): the name comes after the office, not after its connector.
  const complement = rest > titleEnds || (rest > from && TITLE_CONNECTORS.has((part[rest - 1] as Word).text));
  // `elect Angela Merkel Chancellor`: a title after a name of two words or more is no part of it.
  while (to - rest > 2 && isTitleHead((part[to - 1] as Word).text)) to--;
  while (to - rest > 1 && isConnector((part[to - 1] as Word).text)) to--;
  const first = part[rest] as Word;
  const last = part[to - 1] as Word;
  const titleLast = part[rest - 1] as Word;
  const title =
    rest > from ? context.text.slice((part[from] as Word).start, titleLast.start + titleLast.text.length) : null;
  // A title before a name of one to four words: a person. A title in the plural names people one by one
  // (`Ministers Donner`, `Senators John Kerry`), never a phrase (`Ambassadors Discuss Expulsion of...`).
  const plural = isPluralTitleHead(titleLast?.text ?? '');
  const longest = plural ? (isGivenName(first.text) ? 2 : 1) : 4;
  // Two words or more of English and nationality words only after a title are a phrase, no name (`Assistant
  // Secretary for East Asian Security Affairs`); one may be a surname (`Secretary Rice`).
  // One English word no name list holds and the text writes in lower case is the title's noun, no surname (`the
  // General Staff`; not `Secretary Rice`, `General Brown`).
  const phrase = to - rest >= 2 ? isCommonPhrase(part, rest, to) : isTitleNoun(context, first.text);
  // An officer's abbreviation before a place names the post's officer, no one by name (`CG Sao Paulo`, `DCM Bogota`).
  const named = context.text.slice(first.start, last.start + last.text.length);
  const post = title !== null && namesPostOfficer(title, named);
  let person = title !== null && to - rest <= longest && !phrase && !place && !complement && !post;
  for (let k = rest; person && k < to; k++) {
    const text = (part[k] as Word).text;
    person = isUpper(text.charCodeAt(0)) || NAME_PARTICLES.has(text);
  }
  // A phrase after a title in the plural is no one's name: it keeps no title to be typed by (nor a phrase).
  const keepsTitle = !phrase && !place && !complement && !(plural && to - rest > longest);
  const stop = last.start + last.text.length - (isPossessive(last.text) ? 2 : 0);
  return entityAt(first.start, stop, person ? 'person' : null, keepsTitle ? title : null);
}

/** True for portfolio words only, joined by connectors (`Economic and Social Development`). */
function portfolioOnly(part: Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const text = (part[k] as Word).text;
    if (!isPortfolio(text) && !isConnector(text)) return false;
  }
  return true;
}

/**
 * Where a title of a body ends before its `of` or `for` (`Director of the Cem Foundation`, `Deputy Head of the
 * International Organizations Department`): title parts, a head, `of`/`for`, then a body's name that no possessive
 * is part of; -1 when the words are not so.
 */
function titleOfBody(part: Word[], from: number, to: number): number {
  // (Before the head, title parts or describing words of English: `Technical Director`, `Deputy Section Chief`.)
  const describes = (text: string) =>
    !isConnector(text) && (isTitlePart(text) || (isEnglishWord(text) && !isGivenName(text) && placeWeight(text) === 0));
  let k = from;
  let head = -1;
  for (; k < to && describes((part[k] as Word).text); k++) if (isTitleHead((part[k] as Word).text)) head = k;
  if (head < 0 || k !== head + 1 || k >= to - 1) return -1;
  const of = (part[k] as Word).text;
  if (of !== 'of' && of !== 'for') return -1;
  for (let j = from; j < to; j++) if (isPossessive((part[j] as Word).text)) return -1;
  return k;
}

/**
 * True when `line` is written in headline case: three capitalized words or more (`\b[A-Z][a-z]+`),
 * at most one word of four letters or more in lower case (`\b[a-z]{4,}`), counted in one pass.
 */
export function isHeadline(line: string): boolean {
  let capitalized = 0;
  let lower = 0;
  for (let k = 0; k < line.length; k++) {
    const code = line.charCodeAt(k);
    if (k > 0 && isWordCode(line.charCodeAt(k - 1))) continue;
    if (isUpper(code) && isLower(line.charCodeAt(k + 1))) capitalized++;
    else if (
      isLower(code) &&
      isLower(line.charCodeAt(k + 1)) &&
      isLower(line.charCodeAt(k + 2)) &&
      isLower(line.charCodeAt(k + 3))
    )
      lower++;
  }
  return capitalized >= 3 && lower <= 1;
}

// The line of the last question, and its verdict: runs come in text order, mostly on the same line.
let lastText: string | null = null;
let lastLine = { start: -1, end: -1, headline: false };

/**
 * True when the line around `at` is written in headline case (a subject or title line: three
 * capitalized words or more, at most one word of four letters or more in lower case), where
 * capitals are no cue to a name. Decided once per line.
 */
export function inHeadline(context: EntityContext, at: number): boolean {
  const text = context.text;
  if (text === lastText && at >= lastLine.start && at < lastLine.end) return lastLine.headline;
  const start = text.lastIndexOf('\n', at) + 1;
  const newline = text.indexOf('\n', at);
  const end = newline < 0 ? text.length : newline;
  lastText = text;
  lastLine = { start, end, headline: isHeadline(text.slice(start, end)) };
  return lastLine.headline;
}

/**
 * True for a form's label, an abbreviation of two to four capitals before its colon (`Name: Ruiz, Pedro DOB:
 * 05-OCT-1969`): no name's word (a place's is: `ACTION REQUEST FOR ROME AND BRUSSELS:`).
 */
const isLabel = (text: string, word: Word) =>
  text.charCodeAt(word.start + word.text.length) === 58 &&
  /^[A-Z]{2,4}$/.test(word.text) &&
  placeWeight(word.text) === 0;

/** English function words in capitals but `OF` (see {@link cutsRun}). */
const CAPITALS_FUNCTION_WORD = /^(?:THE|ON|AND|OR|FOR|TO|IN|WITH|AT|BY|FROM|AS|IS|ARE|WAS|WILL|NOT|ITS|THAT)$/;
/** The archive's mark where a name was taken out (`XXXXXXXXXXXX`): no name. */
const REDACTION = /^X{3,}(?:['’]s)?$/;

/**
 * True for a word that ends a run of names: a date name, a form's label, a redaction, or in a headline a common word
 * (`headline` is asked only of a word that could be one).
 */
function cutsRun(context: EntityContext, word: Word, headline: () => boolean): boolean {
  const text = isPossessive(word.text) ? word.text.slice(0, -2) : word.text;
  if (DATE_NAMES.has(text) || isLabel(context.text, word) || REDACTION.test(text)) return true;
  // A function word in capitals is a heading's, in text whose capitals are no cue (`GOL COUNTER ATTACKS ON THE
  // DIPLOMATIC FRONT`); `OF` goes on in an address's name (`DEPT OF TREASURY`).
  if (CAPITALS_FUNCTION_WORD.test(text)) return true;
  if (!isCapitalized(text) || !context.lowerWords.has(text.toLowerCase())) return false;
  const common = !isOrganizationWord(text) && !isTitlePart(text) && placeWeight(text) === 0 && !isConnector(text);
  return common && headline();
}

/** True when `next` follows `word` on its line or after a wrap (see {@link wrapsBetween}). */
const wrapsAt = (text: string, word: Word, next: Word) =>
  wrapsBetween(text, word.start + word.text.length, next.start, next.text.length);

/** Runs of capitalized words (mixed-case text only). */
export const capitalizedNameParser: Parser<EntityContext, FoundEntity> = {
  pattern: new RegExp(`${ORDINAL}?${WORD}(?:${LEGAL_FORM}|${GAP}(?:${CONNECTOR}${GAP})*${WORD})*`, 'g'),
  when: (context) => context.mixedCase,
  extract(context, match) {
    // One word that opens a sentence or names a date (`The`, `However`, `Police`, `March`): nothing.
    if (!/\s/.test(match[0])) {
      const word = { text: match[0], start: match.index };
      // A title alone names no one; an officer's abbreviation the cable defined names an office (`DAS`).
      const title = isTitlePart(word.text) && !context.acronyms.has(word.text);
      if (DATE_NAMES.has(word.text) || dropsAtFront(context, word) || title || REDACTION.test(word.text)) return null;
      if (match.index > 0 && insideWord(context.text, match.index)) return null;
      if (gluedToDigits(context.text, match.index + match[0].length)) return null;
      const end = match.index + match[0].length - (isPossessive(match[0]) ? 2 : 0);
      return entityAt(match.index, end, null);
    }
    let words = wordsOf(match[0], match.index);
    if (match.index > 0 && insideWord(context.text, match.index) && !afterModifier(context.text, match.index))
      words = words.slice(1);
    if (gluedToDigits(context.text, match.index + match[0].length)) words = words.slice(0, -1);
    // Month and weekday names are dates, never part of a name: the run is cut at them; so is it, in a
    // headline, at a word the cable writes in lower case (`Costa Rica and France Agree`).
    // (Not in a run that ends in an organization word: `12th Northern Light Infantry Battalion`.)
    let headlineCase: boolean | undefined;
    const headline = () =>
      (headlineCase ??= inHeadline(context, match.index) && !isOrganizationWord((words.at(-1) as Word).text));
    const found: FoundEntity[] = [];
    let from = 0;
    for (let k = 0; k <= words.length; k++) {
      // A line ended short (a list's item, an address) ends the run; the word after it opens the next.
      if (k > from && k < words.length && !wrapsAt(context.text, words[k - 1] as Word, words[k] as Word)) {
        appendAll(found, namesOf(context, words.slice(from, k)));
        from = k;
      }
      if (k === words.length || cutsRun(context, words[k] as Word, headline)) {
        if (k > from) appendAll(found, namesOf(context, words.slice(from, k)));
        from = k + 1;
      }
    }
    return found;
  },
};
