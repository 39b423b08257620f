/**
 * Names in all-capitals text (1970s and 1980s telegrams), where capitals are no cue: the longest
 * run of one to three words that a lexicon knows (countries, capitals, regions, cities, world
 * regions, known acronyms, the header's addressee cities, acronyms defined earlier), and a name
 * after a title (`GENERAL AZIMI`, `PRIME MINISTER HOVEYDA`), which makes that name a person for
 * the rest of the cable. `US` after a verb or preposition is the pronoun (`TOLD US`), not the
 * country.
 *
 * ```
 * GENERAL AZIMI TOLD US THE USG AND IRAN AGREED IN TEHRAN
 *         ^^^^^            ^^^     ^^^^           ^^^^^^
 *         person           org     place          place
 * ```
 */
import type { Parser } from '../../pipeline.js';
import { entityAt, type EntityContext, type FoundEntity, isWhiteSpace } from '../found.js';
import {
  acronymKind,
  isNationality,
  isOrganizationWord,
  isTitleHead,
  isTitlePart,
  opensPlaceName,
  placeWeight,
} from '../lexicon.js';

/** Words after which `US` is the pronoun. */
const PRONOUN_BEFORE = new RegExp(
  '^(?:TO|FOR|WITH|TOLD|TELL|GAVE|GIVE|ASKED|ASK|LET|OF|FROM|INFORMED|ASSURED|AMONG|SHOW|SHOW' +
    'ED|HELP|JOIN|JOINED|BETWEEN|BY|SENT|SEND|URGED|BEFORE|ABOUT|AGAINST|LIKE|ON|INVITED|CALLED' +
    '|MET|AT|LEFT|OFFERED)$',
  '',
);
/** Capitals words that follow a title without being a name. */
const NOT_A_NAME = new RegExp(
  '^(?:OF|THE|AND|FOR|TO|IN|ON|AT|BY|STAFF|SAID|HAS|HAD|WAS|IS|WILL|WOULD|THAT|WHO|ALSO|AS|HI' +
    'MSELF|HERSELF|WHICH|NOT|ARE|WERE|HAVE|CAN|MAY|SHOULD|COULD|MOST|MORE|VERY|ALREADY|STILL|NO' +
    'W|THEN|ONLY|EVEN|JUST|SAW|FELT|TOLD|SAYS|GAVE|MADE|TOOK|HIS|HER|ITS)$|(?:ED|ING)$',
  '',
);
/** Function words after which the word before them is a verb (`SHAH ASKS THAT`, `SHAH SEES NO`). */
const AFTER_A_VERB =
  /^(?:THAT|TO|NO|THE|IT|HIS|HER|A|AN|THIS|THESE|ITS|US|HIM|THEM|WHAT|WHETHER|IF|ABOUT|ANY|SOME|ALL|MUCH)$/;

interface Token {
  text: string;
  start: number;
  possessive: boolean;
}

/** The kind a lexicon gives the name `words` (upper case), or null. */
function knownKind(context: EntityContext, name: string): FoundEntity['kind'] {
  if (context.acronyms.has(name)) return context.acronyms.get(name)?.kind ?? null;
  if (context.people.has(name)) return 'person';
  if (context.places.has(name) || placeWeight(name) > 0) return 'place';
  return acronymKind(name, false);
}

const COMPASS = /^(?:NORTH|SOUTH|EAST|WEST|NORTHERN|SOUTHERN|EASTERN|WESTERN|UPPER|LOWER|CENTRAL)$/;

/**
 * Two words whose shape names a thing: a compass word and a name (`SOUTH WAZIRISTAN`: a place),
 * a nationality or country and an organization word (`SPANISH ARMY`, `IRANIAN NAVY`).
 */
function shapedName(tokens: Token[], k: number): FoundEntity | null {
  const [first, second] = [tokens[k], tokens[k + 1]];
  if (!first || !second || NOT_A_NAME.test(second.text) || second.text.length < 3) return null;
  const end = second.start + second.text.length;
  if (COMPASS.test(first.text) && !isOrganizationWord(second.text) && !isTitlePart(second.text))
    return entityAt(first.start, end, 'place');
  if ((isNationality(first.text) || placeWeight(first.text) === 3) && isOrganizationWord(second.text))
    return entityAt(first.start, end, 'organization');
  return null;
}

/** The found names of one run of capitalized words. */
function namesOf(context: EntityContext, tokens: Token[], before: string): FoundEntity[] {
  const found: FoundEntity[] = [];
  for (let k = 0; k < tokens.length; ) {
    let matched = 0;
    const longest = opensPlaceName((tokens[k] as Token).text) ? Math.min(3, tokens.length - k) : 1;
    for (let n = longest; n >= 1 && !matched; n--) {
      const first = tokens[k] as Token;
      const last = tokens[k + n - 1] as Token;
      // One word: its text is the name (what the slice would give); more: their span, white space collapsed.
      const name =
        n === 1 ? first.text : context.text.slice(first.start, last.start + last.text.length).replace(/\s+/g, ' ');
      const kind = knownKind(context, name);
      if (!kind) continue;
      const previous = k > 0 ? (tokens[k - 1] as Token).text : before;
      if (name === 'US' && PRONOUN_BEFORE.test(previous)) continue;
      found.push(entityAt(first.start, last.start + last.text.length, kind));
      matched = n;
    }
    if (matched) {
      k += matched;
      continue;
    }
    const shaped = shapedName(tokens, k);
    if (shaped) {
      found.push(shaped);
      k += 2;
      continue;
    }
    // A title's head, then a name: `GENERAL AZIMI`, `FOREIGN MINISTER KHALATBARI`.
    const token = tokens[k] as Token;
    const next = tokens[k + 1];
    // Not after `THE` (`THE SHAH RECEIVED`: a title alone) nor a possessive title (`SHAH'S REQUEST`).
    const titleOnly = /^THE$/.test(k > 0 ? (tokens[k - 1] as Token).text : before) || token.possessive;
    // A verb after the title (`SHAH ASKS THAT`): no name.
    const verb = !!next && /S$/.test(next.text) && AFTER_A_VERB.test(tokens[k + 2]?.text ?? '');
    if (
      isTitleHead(token.text) &&
      next &&
      !titleOnly &&
      !verb &&
      !NOT_A_NAME.test(next.text) &&
      !isTitlePart(next.text) &&
      next.text.length > 2
    ) {
      const name = next.text.replace(/['’]S$/, '');
      found.push(entityAt(next.start, next.start + name.length, 'person', token.text));
      context.people.add(name);
      k += 2;
      continue;
    }
    k++;
  }
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
    const before = capitalsBefore(context.text, match.index);
    return namesOf(context, tokens, before);
  },
};
