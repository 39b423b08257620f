/**
 * Names in all-capitals text (1970s and 1980s telegrams), where capitals are no cue: the longest
 * run of one to three words that a lexicon knows (countries, capitals, regions, cities, world
 * regions, known acronyms, the header's addressee cities, acronyms defined earlier), a name after
 * a title (`GENERAL AZIMI`, `PRIME MINISTER HOVEYDA`), which makes that name a person for the rest
 * of the cable, and names no lexicon lists, by their evidence (unlisted-name.ts). Before a place, a post
 * (`EMBASSY KATHMANDU`) and a place's body (`SAO PAULO MILITARY POLICE`); organizations by their head words
 * (caps-organization.ts); the words an acronym in parentheses spells (caps-acronym.ts). A run ends at a sentence's
 * period. A lexicon's city that is an English word (`SALE`) needs a place preposition; `US` after a verb or
 * preposition is the pronoun (`TOLD US`), not the country.
 *
 * ```
 * GENERAL AZIMI TOLD US THE USG AND IRAN AGREED IN TEHRAN, BELTRASKI NOTED
 *         ^^^^^            ^^^     ^^^^           ^^^^^^  ^^^^^^^^^
 *         person           org     place          place   person (a reporting verb after it)
 * ```
 */
import { isCompassWord } from '../../../tables/compass.js';
import { GOVERNMENT_WORDS } from '../../../tables/organizations.js';
import { POST_PREFIXES } from '../../../tables/posts.js';
import { NAME_PARTICLES } from '../../../tables/titles.js';
import { appendAll, type Parser } from '../../pipeline.js';
import { PLACE_BEFORE, PLACE_BEFORE_WEAK, speakerAfter } from '../context-words.js';
import { acronymAfter } from '../refiners/acronym-definition.js';
import {
  type CapsToken,
  capsTokenEnd,
  entityAt,
  type EntityContext,
  type FoundEntity,
  isWhiteSpace,
  nameAt,
  wrapsBetween,
} from '../found.js';
import {
  acronymKind,
  isArmedGroup,
  isEnglishNameWord,
  isEnglishWord,
  isGivenName,
  isNationality,
  isOrganizationName,
  isOrganizationWord,
  isPortfolio,
  isTitleHead,
  isTitlePart,
  mayBeListedPhrase,
  opensArmedGroupName,
  opensPlaceName,
  namesPostOfficer,
  placeWeight,
} from '../lexicon.js';
import { definedExpansion } from './caps-acronym.js';
import { capsOrganizationAt } from './caps-organization.js';
import {
  AFTER_A_VERB,
  endsPhrase,
  isAcronym,
  isCalendarWord,
  isNameWord,
  mayBeSurname,
  NOT_A_NAME,
  nameLength,
  unlistedNameAt,
} from './unlisted-name.js';

/** Words after which `US` is the pronoun. */
const PRONOUN_BEFORE = new RegExp(
  '^(?:TO|FOR|WITH|TOLD|TELL|GAVE|GIVE|ASKED|ASK|LET|OF|FROM|INFORMED|ASSURED|AMONG|SHOW|SHOW' +
    'ED|HELP|JOIN|JOINED|BETWEEN|BY|SENT|SEND|URGED|BEFORE|ABOUT|AGAINST|LIKE|ON|INVITED|CALLED' +
    '|MET|AT|LEFT|OFFERED)$',
  '',
);
/**
 * Titles' heads that are adjectives too (Merriam-Webster: `general`, `major`, `private`, `chief`, `head`, `deputy`):
 * an English word after them is no name for it alone (`PRIVATE BANKS`, `MAJOR CASE`).
 */
const ADJECTIVE_TITLE = /^(?:GENERAL|MAJOR|PRIVATE|CHIEF|HEAD|DEPUTY)$/;
type Token = CapsToken;

/** True when a place preposition stands before a name (`IN X`, `NEAR X`, `FROM X`). */
const placeWordBefore = (previous: string) =>
  PLACE_BEFORE.has(previous.toLowerCase()) || PLACE_BEFORE_WEAK.has(previous.toLowerCase());

/**
 * The kind a lexicon gives the name (upper case), or null. A lexicon's city or region whose name is also an
 * English word (`SOURCE`, `SALE`, `CENTRAL`) is that word unless a place preposition stands before it; an
 * acronym that is an English word (`GOING` for `GO` + initials, `WHO`) is the word, unless, for three letters,
 * `THE` stands before it (`THE GOT'S`).
 */
function knownKind(context: EntityContext, name: string, previous = ''): FoundEntity['kind'] {
  if (context.acronyms.has(name)) return context.acronyms.get(name)?.kind ?? null;
  // A phrase no lexicon's entry opens with the first word of: what the checks below find with all the facts 0.
  if (name.includes(' ') && !mayBeListedPhrase(name))
    return context.people.has(name) ? 'person' : context.places.has(name) ? 'place' : acronymKind(name, false);
  const weight = placeWeight(name);
  // A country is one before anything the cable's people give (a name misread as a person's elsewhere).
  if (weight === 3) return 'place';
  if (context.people.has(name)) return 'person';
  if (context.places.has(name)) return 'place';
  // An armed group or an organization's name a lexicon knows; a body's own name that is no English word or title
  // (`MAJLIS`, `KNESSET`: organizations.ts).
  if (isArmedGroup(name) || isOrganizationName(name)) return 'organization';
  if (name.length > 3 && isOrganizationWord(name) && !isEnglishWord(name) && !isTitlePart(name)) return 'organization';
  const word = !name.includes(' ') && isEnglishWord(name);
  // The post's country's government, whatever word its letters spell (`GOB` in a cable from Brasilia).
  if (word && context.governments?.has(name)) return 'organization';
  if (weight > 0) return weight < 3 && word && !placeWordBefore(previous) ? null : 'place';
  if (word && (name.length > 3 || previous !== 'THE')) return null;
  return acronymKind(name, false);
}

/**
 * Two words whose shape names a thing: a compass word and a name no English word (`SOUTH WAZIRISTAN`: a
 * place), a nationality or country and an organization word (`SPANISH ARMY`, `IRANIAN NAVY`).
 */
function shapedName(tokens: Token[], k: number): { entity: FoundEntity; used: number } | null {
  const [first, second] = [tokens[k], tokens[k + 1]];
  if (!first || !second || NOT_A_NAME.test(second.text) || second.text.length < 3) return null;
  const end = second.start + second.text.length;
  if (isCompassWord(first.text) && (isNameWord(second.text) || placeWeight(second.text) > 0))
    return { entity: entityAt(first.start, end, 'place'), used: 2 };
  // (Not a portfolio before a title's head: `SAUDI OIL MINISTER` is a title.)
  const title = isPortfolio(second.text) && isTitleHead(tokens[k + 2]?.text ?? '');
  if ((isNationality(first.text) || placeWeight(first.text) === 3) && isOrganizationWord(second.text) && !title)
    return { entity: entityAt(first.start, end, 'organization'), used: 2 };
  return null;
}

/** The longest name of one to three words from `tokens[k]` that a lexicon knows, and its length. */
function knownNameAt(context: EntityContext, tokens: Token[], k: number, before: string) {
  const opens = opensPlaceName((tokens[k] as Token).text) || opensArmedGroupName((tokens[k] as Token).text);
  const longest = opens ? Math.min(6, tokens.length - k) : 1;
  const previous = k > 0 ? (tokens[k - 1] as Token).text : before;
  for (let n = longest; n >= 1; n--) {
    const first = tokens[k] as Token;
    const last = tokens[k + n - 1] as Token;
    // One word: its text is the name (what the slice would give); more: their span, white space collapsed.
    const name =
      n === 1 ? first.text : context.text.slice(first.start, last.start + last.text.length).replace(/\s+/g, ' ');
    const kind = knownKind(context, name, previous);
    if (!kind || (name === 'US' && PRONOUN_BEFORE.test(previous))) continue;
    return { entity: entityAt(first.start, last.start + last.text.length, kind), used: n };
  }
  return null;
}

/**
 * True when the English word at `tokens[k]`, after a title, may be a surname (`PRESIDENT FORD SAID`,
 * `PRESIDENT FORD'S VISIT`, `MET PRESIDENT FORD.`, `AMBASSADOR HELMS`): a name too, or no inflected form (`FEELS`,
 * `RECEIVED`), month or function word, possessive, ending the run, or before a reporting verb. Otherwise the title is a
 * word of a phrase (`PRIVATE SECTOR`, `GENERAL ASSEMBLY`).
 */
function englishSurnameAt(context: EntityContext, tokens: Token[], k: number): boolean {
  const token = tokens[k] as Token;
  const verb = /S$/.test(token.text) && AFTER_A_VERB.test(tokens[k + 1]?.text ?? '');
  if (verb || !mayBeSurname(token.text)) return false;
  // After a title that is an adjective too, an English word that is no name is the phrase's (`GENERAL PEOPLE'S
  // CONGRESS`), possessive or not.
  const adjective = ADJECTIVE_TITLE.test((tokens[k - 1] as Token).text);
  if (adjective && !isEnglishNameWord(token.text)) return false;
  // A surname that is a word too (`HELMS`, `ROGERS`, `FORD`: name-words.ts), after a title that is no adjective; a
  // particle, or a given name before a word that may go on with the name, opens a longer one (`VAN VOORST`, `JOHN
  // PISTOLE`), which nameLength reads.
  const next = tokens[k + 1];
  const end = token.start + token.text.length;
  const ends = endsPhrase(token, next);
  const surname =
    isEnglishNameWord(token.text) &&
    !NAME_PARTICLES.has(token.text.toLowerCase()) &&
    (!isGivenName(token.text) || ends || speakerAfter(context.text, end));
  if (surname && !adjective) return true;
  if (/(?:S|ED|ING|LY)$/.test(token.text)) return false;
  return token.possessive || k + 1 >= tokens.length || speakerAfter(context.text, end);
}

/**
 * True when one word after a title may be the surname alone: no acronym (`PROSECUTORS PGR`: no vowel), and after a
 * title that is an adjective too, no word of three letters that is no given name (`MAJOR PRI LEADERS`, a party's).
 */
function surnameAlone(title: string, word: string): boolean {
  if (isAcronym(word)) return false;
  return word.length > 3 || isGivenName(word) || !ADJECTIVE_TITLE.test(title);
}

/**
 * A title's head, then a name: `GENERAL AZIMI`, `FOREIGN MINISTER KHALATBARI`, `PRIME MINISTER NECMETTIN
 * ERBAKAN`. The name is a run of name words, or one English word that may be a surname (`PRESIDENT FORD`);
 * not after `THE` (`THE SHAH RECEIVED`: a title alone), nor after a possessive title (`SHAH'S REQUEST`).
 */
function titledNameAt(context: EntityContext, tokens: Token[], k: number, before: string) {
  const token = tokens[k] as Token;
  const next = tokens[k + 1];
  if (!next || !isTitleHead(token.text) || token.possessive) return null;
  if (/^THE$/.test(k > 0 ? (tokens[k - 1] as Token).text : before)) return null;
  let n = nameLength(tokens, k + 1);
  if (n === 0) {
    if (isEnglishWord(next.text) ? !englishSurnameAt(context, tokens, k + 1) : !mayBeSurname(next.text)) return null;
    n = 1;
  }
  if (n === 1 && !surnameAlone(token.text, next.text)) return null;
  const last = tokens[k + n] as Token;
  const name = tokens
    .slice(k + 1, k + n + 1)
    .map((t) => t.text)
    .join(' ');
  // An officer's abbreviation before a place names the post's officer, no one by name (`CG SAO PAULO`).
  if (namesPostOfficer(token.text, name)) return null;
  // (An English word that is no name is not remembered after a title alone: a later `PEOPLE'S` is no one's.)
  if (n > 1 || !isEnglishWord(last.text) || isEnglishNameWord(last.text)) {
    context.people.add(name);
    context.people.add(last.text);
  }
  return { entity: entityAt(next.start, last.start + last.text.length, 'person', token.text), used: n + 1 };
}

/**
 * True when a given name opens a longer name at `tokens[k]` (`HASSAN ALI MANSUR`): read as the person's name,
 * not as the city a lexicon also lists by that name.
 */
const opensPersonName = (tokens: Token[], k: number) =>
  isGivenName((tokens[k] as Token).text) && placeWeight((tokens[k] as Token).text) < 2 && nameLength(tokens, k) >= 2;

/** A diplomatic post's word before its city (CABLE-FORMAT.md's addresses; not `CONSUL`, a title, nor `AMERICAN`). */
const POST_WORDS = new Set([
  ...POST_PREFIXES.filter((w) => w !== 'CONSUL' && w !== 'AMERICAN'),
  'CONSULATE',
  'MISSION',
]);

/** A post named by its word and its place (`EMBASSY KATHMANDU`, `CONSULATE GENERAL ISTANBUL`): an organization. */
function postAt(context: EntityContext, tokens: Token[], k: number) {
  const word = tokens[k] as Token;
  if (!POST_WORDS.has(word.text) || word.possessive) return null;
  const at = tokens[k + 1]?.text === 'GENERAL' ? k + 2 : k + 1;
  const place = at < tokens.length ? knownNameAt(context, tokens, at, '') : null;
  if (place?.entity.kind !== 'place') return null;
  return { entity: entityAt(word.start, place.entity.end, 'organization'), used: at - k + place.used };
}

/**
 * A place's body whose name goes on past the place's (`SAO PAULO MILITARY POLICE`, `U.S. SOUTHERN COMMAND`), read
 * before the place alone. The place and one head name a body only with a head of the public bodies
 * (organizations.ts: `U.S. EMBASSY`, `UK PARLIAMENT`), not with one of compromise's wider list (`U.S. INVESTMENT`,
 * `U.S. MEDIA`), nor the place's government (`THE UK GOVERNMENT`: a generic noun, the gold's conventions). Not where an
 * English noun goes on with the phrase (`U.S. FINANCIAL INSTITUTIONS`, `COAST OIL REFINERY`), nor from a place of a
 * hyphenated pair (`US-IRAN MILITARY COOPERATION`).
 */
function placeBodyAt(context: EntityContext, tokens: Token[], k: number, previous: string, place: number) {
  const first = tokens[k] as Token;
  if (
    context.text.charCodeAt(first.start - 1) === 45 ||
    context.text.charCodeAt(first.start + first.text.length) === 45
  )
    return null;
  // The body's short forms are the cable's only when it is read (a scratch map until then).
  const shortForms = new Map<string, 'organization' | 'place'>();
  const body = capsOrganizationAt(tokens, k, previous, shortForms);
  if (!body || body.used <= place) return null;
  const last = tokens[k + body.used - 1] as Token;
  if (body.used === place + 1 && !GOVERNMENT_WORDS.has(last.text.toLowerCase())) return null;
  const after = tokens[k + body.used];
  const goesOn = !!after && !last.possessive && isEnglishWord(after.text) && !NOT_A_NAME.test(after.text);
  if (goesOn && !isTitleHead(after.text) && !isCalendarWord(after.text)) return null;
  for (const [word, kind] of shortForms) context.named.set(word, kind);
  return body;
}

/** The found names of one run of capitalized words. */
function namesOf(context: EntityContext, tokens: Token[], before: string): FoundEntity[] {
  const found: FoundEntity[] = [];
  for (let k = 0; k < tokens.length; ) {
    // A common noun's acronym (`TIP` after `TRAFFICKING IN PERSONS (TIP)`) names nothing.
    if (context.acronyms.get((tokens[k] as Token).text)?.kind === null) {
      k++;
      continue;
    }
    // A lexicon's name of two words or more first (`COSTA RICA`), then a given name's (`HASSAN ALI MANSUR`).
    const known = knownNameAt(context, tokens, k, before);
    const previous = k > 0 ? (tokens[k - 1] as Token).text : before;
    const read =
      postAt(context, tokens, k) ??
      (known?.entity.kind === 'place' ? placeBodyAt(context, tokens, k, previous, known.used) : null) ??
      (known && known.used > 1 ? known : null) ??
      (opensPersonName(tokens, k) ? unlistedNameAt(context, tokens, k) : null) ??
      known ??
      capsOrganizationAt(tokens, k, previous, context.named) ??
      shapedName(tokens, k) ??
      titledNameAt(context, tokens, k, before) ??
      unlistedNameAt(context, tokens, k, true);
    if (read) found.push(read.entity);
    k += read ? read.used : 1;
  }
  return found;
}

/**
 * True when a period right after the token ends a sentence (`IN DAVOS. KLAUS SCHWAB`, `THE LAW. CORRALES`): not the
 * period of initials (`U.S.`), of a title's abbreviation (`GEN.`, `CAPT.`) or of a short word that is no English word
 * (`DR.`, `INC.`).
 */
function endsSentence(text: string, token: Token): boolean {
  if (text.charCodeAt(capsTokenEnd(token)) !== 46 || token.text.includes('.') || isTitlePart(token.text)) return false;
  return token.text.length > 3 || isEnglishWord(token.text);
}

/**
 * The found names of a run's tokens, the run cut at a sentence's end and where a line ended short of the width (an
 * address, a list's item: `CAIRO FOR ALEX SEVERENS` / `STATE FOR NEA`); a wrap goes on (see {@link wrapsBetween}).
 */
function namesOfLines(context: EntityContext, tokens: Token[], before: string): FoundEntity[] {
  let from = 0;
  const found: FoundEntity[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const [last, next] = [tokens[k - 1] as Token, tokens[k] as Token];
    const wraps = wrapsBetween(context.text, last.start + last.text.length, next.start, next.text.length);
    if (wraps && !endsSentence(context.text, last)) continue;
    appendAll(found, namesOf(context, tokens.slice(from, k), from === 0 ? before : ''));
    from = k;
  }
  if (from === 0) return namesOf(context, tokens, before);
  appendAll(found, namesOf(context, tokens.slice(from), ''));
  return found;
}

/** A word of a run: capitals, periods and apostrophes, hyphenated parts. */
const TOKEN = /[A-Z][A-Z.'’]*(?:-[A-Z][A-Z.'’]*)*/g;
/** Punctuation at a word's end (`BRIEFED.`, `SAYS'`). */
const TRAILING = /[.'’-]$/;
/** True for a word ending in a possessive `'S` (or `’S`). */
const isPossessive = (word: string) => word.endsWith("'S") || word.endsWith('’S');
const withoutPossessive = (word: string) => (isPossessive(word) ? word.slice(0, -2) : word);

/**
 * The capitals word right before `at` (white space between), within 20 characters: what
 * `/([A-Z]+)\s*$/` finds in the 20 characters before `at`, by a scan back.
 */
function capitalsBefore(text: string, at: number): string {
  const floor = Math.max(0, at - 20);
  let end = at;
  while (end > floor && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > floor && text.charCodeAt(start - 1) >= 65 && text.charCodeAt(start - 1) <= 90) start--;
  return text.slice(start, end);
}

/** Runs of capitalized words in all-capitals text. */
export const allCapsParser: Parser<EntityContext, FoundEntity> = {
  // A run may go on over a line break (`INTERIOR MINISTER\nBARRIONUEVO`).
  pattern: /\b[A-Z][A-Z.'’-]*(?:(?:[ \t]+|[ \t]*\n[ \t]*)[A-Z][A-Z.'’-]*)*/g,
  when: (context) => !context.mixedCase,
  extract(context, match) {
    const tokens: Token[] = [];
    // Hyphens join names (`US-IRAN`, `USG-GOI`): each part is a token when every part is known;
    // otherwise the hyphenated word is one (`MCDONNELL-DOUGLAS`).
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(match[0]); m; m = TOKEN.exec(match[0])) {
      const word = m[0];
      const parts = word.includes('-') ? word.split('-') : null;
      if (parts?.every((part) => knownKind(context, withoutPossessive(part)))) {
        let at = match.index + m.index;
        for (const part of parts) {
          tokens.push({ text: withoutPossessive(part), start: at, possessive: isPossessive(part) });
          at += part.length + 1;
        }
        continue;
      }
      // Trailing punctuation is no part of a word, except the periods of initials (`U.S.`).
      const initials = word.includes('.') && /^(?:[A-Z]\.)+$/.test(word);
      const trimmed = initials || !TRAILING.test(word) ? word : word.replace(/(?<![.'’-])[.'’-]+$/, '');
      tokens.push({ text: withoutPossessive(trimmed), start: match.index + m.index, possessive: isPossessive(word) });
    }
    // The run's last words may spell an acronym that parentheses after the run define (caps-acronym.ts).
    const defined = definedExpansion(context, tokens, acronymAfter(context.text, match.index + match[0].length));
    const before = capitalsBefore(context.text, match.index);
    const found = namesOfLines(context, defined ? tokens.slice(0, defined.from) : tokens, before);
    if (defined) found.push(defined.entity);
    // An acronym a body's name defines (`... OIL COMPANY (NIOC)`) is that body's later on (`NIOC SAID`).
    for (const entity of found) {
      const acronym = entity.kind === 'organization' ? acronymAfter(context.text, entity.end) : null;
      if (acronym && !context.acronyms.has(acronym))
        context.acronyms.set(acronym, {
          kind: 'organization',
          expansion: nameAt(context.text, entity.start, entity.end),
        });
    }
    return found;
  },
};
