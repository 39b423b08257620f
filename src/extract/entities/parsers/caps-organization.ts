/**
 * Organizations named by their head word in all-capitals text, where capitals do not mark the name's extent: one to
 * three modifiers before an organization word (a nationality or place, a name no lexicon lists, a portfolio or an
 * institution's opening word), and `OF` with the body's portfolio or place after it.
 *
 * ```
 * THE NATIONAL IRANIAN OIL COMPANY ... THE MINISTRY OF FOREIGN AFFAIRS ... THE CENTRAL BANK OF IRAN
 *     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^         ^^^^^^^^^^^^^^^^^^^^
 *     modifiers + head                     head + OF + portfolio                opener + head + OF
 * ... TEHRAN UNIVERSITY
 *     ^^^^^^^^^^^^^^^^^ place + head
 * ```
 *
 * A phrase whose modifiers are only portfolio or opening words (`NATIONAL SECURITY COUNCIL`) names a body after `THE`
 * or a place's possessive (`LIBYA'S CENTRAL BANK`); `THE SECURITY FORCES`, `AN OIL COMPANY`, `SECURITY FORCES
 * ARRESTED` are kinds of body (a plural head, or no `THE`).
 */
import { INSTITUTION_OPENERS } from '../../../tables/organizations.js';
import { type CapsToken, entityAt, type FoundEntity } from '../found.js';
import { isNationality, isOrganizationWord, isPlaceWord, isPortfolio, isTitleHead, placeWeight } from '../lexicon.js';
import { isNameWord } from './unlisted-name.js';

/** The most modifiers a head word takes before it, and words after its `OF`. */
const MOST_MODIFIERS = 3;
const MOST_AFTER_OF = 3;

/** True for a modifier that names the body (a nationality, a place, an unlisted name): no kind of body. */
const isNaming = (word: string) => isNationality(word) || placeWeight(word) > 0 || isNameWord(word);
const isNamingToken = (token: CapsToken) => isNaming(token.text);
/** True for a modifier that describes the body (`NATIONAL`, `OIL`, `CENTRAL`, `PEOPLE'S`). */
const isDescribing = (token: CapsToken) =>
  isPortfolio(token.text) || INSTITUTION_OPENERS.has(token.text.toLowerCase() + (token.possessive ? "'s" : ''));
/**
 * True for a body's head word: an organization word that is no title (`FM`, a foreign minister) and no place word
 * (`APURE DEPARTMENT`: a province).
 */
export const isHead = (word: string): boolean => isOrganizationWord(word) && !isTitleHead(word) && !isPlaceWord(word);
/** True for a body's head word in the singular (`MINISTRY`, `BANK`, `COUNCIL`; not `FORCES`, `COMMITTEES`). */
const isSingularHead = (word: string) => isHead(word) && !/[^S]S$/.test(word);

/** How many tokens from `k` a body's portfolio or place after its `OF` takes (`FOREIGN AFFAIRS`, `IRAN`), or 0. */
function afterOf(tokens: readonly CapsToken[], k: number): number {
  let n = 0;
  while (n < MOST_AFTER_OF && k + n < tokens.length) {
    const token = tokens[k + n] as CapsToken;
    const joins = token.text === 'AND' && n > 0 && k + n + 1 < tokens.length;
    if (!joins && !isPortfolio(token.text) && !isNaming(token.text)) break;
    n++;
    if (token.possessive) break;
  }
  while (n > 0 && (tokens[k + n - 1] as CapsToken).text === 'AND') n--;
  return n;
}

/** True when describing words stand on both sides of `tokens[at]`. */
const describesAround = (tokens: readonly CapsToken[], at: number) =>
  isDescribing(tokens[at - 1] as CapsToken) && at + 1 < tokens.length && isDescribing(tokens[at + 1] as CapsToken);

/**
 * The modifiers before a head word from `k`: where the head stands (or -1 when a token there is no modifier) and
 * whether one of them names the body. A possessive modifier is no body's (`ERBAKAN'S PARTY`), but for an opening
 * word (`PEOPLE'S`). `AND` may join two describing words.
 */
function modifiersFrom(tokens: readonly CapsToken[], k: number): { head: number; naming: boolean } {
  let head = k;
  let naming = false;
  let joins = 0;
  while (head < tokens.length && head - k - joins < MOST_MODIFIERS && !isHead((tokens[head] as CapsToken).text)) {
    const token = tokens[head] as CapsToken;
    // `AND` between describing words (`NATIONAL SECURITY AND DEFENSE COUNCIL`, `JUSTICE AND DEVELOPMENT PARTY`).
    if (token.text === 'AND' && head > k && describesAround(tokens, head)) {
      joins++;
      head++;
      continue;
    }
    const describing = isDescribing(token);
    if (!describing && (token.possessive || !isNaming(token.text))) return { head: -1, naming };
    // A possessive opening word is a body's own name's (`GENERAL PEOPLE'S CONGRESS`, no kind of body).
    naming ||= !describing || token.possessive;
    head++;
  }
  return { head: isHead(tokens[head]?.text ?? '') ? head : -1, naming };
}

/** True when a place's possessive stands right before `tokens[k]` (`ARGENTINA'S CENTRAL BANK`): a body of its own. */
const ownedByPlace = (tokens: readonly CapsToken[], k: number) =>
  k > 0 && (tokens[k - 1] as CapsToken).possessive && placeWeight((tokens[k - 1] as CapsToken).text) > 0;

/**
 * Where the head words from `head` end: head words in a row are one head (`OIL COMPANY`), and a head goes on over one
 * or two describing words to another (`UNITED NATIONS SECURITY COUNCIL`, `PARTY CENTRAL COMMITTEE`).
 */
function headsEnd(tokens: readonly CapsToken[], head: number): number {
  let end = head + 1;
  for (;;) {
    if ((tokens[end - 1] as CapsToken).possessive) return end;
    let next = end;
    // (A describing word that is a head word too is the next head: `MILITARY POLICE`.)
    while (next < tokens.length && next - end < 2 && isDescribing(tokens[next] as CapsToken)) {
      if (isOrganizationWord((tokens[next] as CapsToken).text)) break;
      next++;
    }
    if (!isOrganizationWord(tokens[next]?.text ?? '')) return end;
    end = next + 1;
  }
}

/**
 * The organization that a head word makes of the tokens from `k`, and how many tokens it takes; null when none opens
 * there. `previous` is the word before `tokens[k]` (`THE`); the words that name a body found are added to
 * `shortForms` (the context's `named`).
 */
export function capsOrganizationAt(
  tokens: readonly CapsToken[],
  k: number,
  previous: string,
  shortForms: Map<string, 'organization' | 'place'> = new Map(),
): { entity: FoundEntity; used: number } | null {
  // After `A`, `AN`, a kind of body (`A GROUP OF KURDISH NOTABLES`, `AN OIL COMPANY`).
  if (previous === 'A' || previous === 'AN') return null;
  const owned = ownedByPlace(tokens, k);
  const { head, naming } = modifiersFrom(tokens, k);
  if (head < 0) return null;
  let end = headsEnd(tokens, head);
  const last = tokens[end - 1] as CapsToken;
  // A portfolio before a title's head is the title's (`SAUDI OIL MINISTER YAMANI`).
  if (isPortfolio(last.text) && isTitleHead(tokens[end]?.text ?? '')) return null;
  // `OF` and the body's portfolio or place: a ministry's own name (`MINISTRY OF ENERGY AND MINES`), or one named.
  let named = naming;
  if (!last.possessive && tokens[end]?.text === 'OF') {
    const n = afterOf(tokens, end + 1);
    named ||=
      n > 0 && (head === k ? isSingularHead(last.text) : tokens.slice(end + 1, end + 1 + n).some(isNamingToken));
    if (n > 0) end += 1 + n;
  }
  // A head alone is no name. With no name in it, a body is named after `THE` or a place's possessive by a head in the
  // singular, or before a title of its own (`CENTRAL BANK PRESIDENT LOSADA`).
  if (end === head + 1 && head === k) return null;
  const titled = !(tokens[end - 1] as CapsToken).possessive && isTitleHead(tokens[end]?.text ?? '');
  if (!named && !titled && ((previous !== 'THE' && !owned) || !isSingularHead(last.text))) return null;
  const final = tokens[end - 1] as CapsToken;
  // A word that names the body, no place's or nationality's, is the body's short form later on (`REFAH` after `THE
  // REFAH CENTRAL ADMINISTRATION BOARD`).
  for (let j = k; j < head; j++) {
    const word = (tokens[j] as CapsToken).text;
    if (isNameWord(word) && placeWeight(word) === 0 && !isNationality(word)) shortForms.set(word, 'organization');
  }
  return {
    entity: entityAt((tokens[k] as CapsToken).start, final.start + final.text.length, 'organization'),
    used: end - k,
  };
}
