/**
 * An acronym that parentheses define right after the words it is made of, in all-capitals text, where no case marks
 * where the name starts: the run's last words whose initials spell the acronym (connectives skipped, none first) are
 * its expansion. A body's name (its head word, or a name among its words) is an organization, and the acronym is that
 * organization's later on. Other words are left to the other readings: in capitals they may be a common noun's
 * (`TRAFFICKING IN PERSONS (TIP)`) or a body's with a head no list has (`FINANCIAL INTELLIGENCE UNIT (FIU)`).
 *
 * ```
 * TO THE KENYA REVENUE AUTHORITY (KRA) ... THE INSTITUTE OF NUCLEAR PHYSICS (INP) ... CHIEF OF THE GENERAL STAFF (TGS)
 *        ^^^^^^^^^^^^^^^^^^^^^^^ organization  ^^^^^^^^^^^^^^^^^^^^^^^^^^^ organization     (THE spells no T)
 * ```
 */
import type { Entity } from '../../schema.js';
import { type CapsToken, capsTokenEnd, type EntityContext, entityAt, type FoundEntity, nameAt } from '../found.js';
import { acronymKind, isNationality, placeWeight } from '../lexicon.js';
import { isConnective, spelledFrom } from '../refiners/acronym-definition.js';
import { isHead } from './caps-organization.js';
import { isNameWord } from './unlisted-name.js';

/** An acronym of two to six capitals (no digits, no lower-case plural). */
const ACRONYM = /^[A-Z]{2,6}$/;

/** The kind the expansion's words give a defined acronym (a body's head word or a name in it), or null. */
function kindOfExpansion(acronym: string, words: readonly CapsToken[]): Entity['kind'] | null {
  const known = acronymKind(acronym, false);
  if (known) return known;
  // The head of the phrase: its last word, or the last before its first `OF` (`INSTITUTE OF NUCLEAR PHYSICS`).
  const of = words.findIndex((word) => word.text === 'OF');
  const heads = [words.at(-1), of > 0 ? words[of - 1] : undefined];
  if (heads.some((word) => word && isHead(word.text))) return 'organization';
  const naming = words.some((w) => placeWeight(w.text) > 0 || isNationality(w.text) || isNameWord(w.text));
  return naming ? 'organization' : null;
}

/**
 * Where among a run's tokens the expansion of the acronym that parentheses define after the run begins, and the
 * organization it names, the acronym recorded in `context.acronyms`; null when the run's last words (two or more, no
 * connective first) do not spell it or name no body.
 */
export function definedExpansion(
  context: EntityContext,
  tokens: readonly CapsToken[],
  acronym: string | null,
): { from: number; entity: FoundEntity } | null {
  if (!acronym || !ACRONYM.test(acronym) || context.acronyms.has(acronym)) return null;
  const words = tokens.map((token) => token.text.toLowerCase());
  const from = spelledFrom(acronym, words);
  // A connective opens no expansion, though its initial may match (`THE GENERAL STAFF (TGS)`).
  if (from < 0 || tokens.length - from < 2 || isConnective(words[from] as string)) return null;
  const expansion = tokens.slice(from);
  const kind = kindOfExpansion(acronym, expansion);
  if (!kind) return null;
  const [first, last] = [expansion[0] as CapsToken, expansion.at(-1) as CapsToken];
  const end = capsTokenEnd(last);
  context.acronyms.set(acronym, { kind, expansion: nameAt(context.text, first.start, end) });
  return { from, entity: entityAt(first.start, end, kind) };
}
