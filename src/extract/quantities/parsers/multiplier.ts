/**
 * Multipliers in a word: `twice` and `thrice` before what they multiply (`twice the support`, `twice as many`, `more
 * than twice that`), ratios of unit `fold` as `three times the number` and `2-fold` are.
 *
 * ```
 * Arias has twice the support of ... registered twice as many complaints ... thrice what it was
 *           ^^^^^                               ^^^^^                       ^^^^^^
 * ```
 * A count of times is none (`shot twice in the head`, `twice more in the body`, `twice a year`, `elected twice as
 * mayor`).
 */
import type { Parser } from '../../pipeline.js';
import type { FoundQuantity, QuantityContext } from '../found.js';

const FACTORS: Readonly<Record<string, number>> = { twice: 2, thrice: 3 };
// What a multiplier goes before: a comparison (`as many`, `more likely`, `higher`), or a determiner of what is
// multiplied; not `twice as mayor` (a role) or `twice more in the body` (a count of times).
const MULTIPLIED =
  String.raw`(?=\s+(?:as\s+[a-z]|(?:more|less)\s+(?:than|[a-z]+(?:ly|er|ive|ous|ful|ble|nt))\b|(?:the|that|this|what|` +
  String.raw`its|their|his|her|our|higher|lower|larger|bigger|greater|faster)\b))`;

/** `twice the support`, `twice as many`, `thrice what it was`. */
export const multiplierParser: Parser<QuantityContext, FoundQuantity> = {
  needs: ['twice', 'thrice'],
  pattern: new RegExp(String.raw`\b(?:twice|thrice)\b${MULTIPLIED}`, 'gi'),
  extract(context, match) {
    const end = match.index + match[0].length;
    // (The pattern ignores case: `as` before a capitalized word is a role's, `twice as Pucallpa mayor`.)
    if (/^\s+as\s+[A-Z]/.test(context.text.slice(end, end + 8)) && match[0] !== match[0].toUpperCase()) return null;
    return {
      start: match.index,
      end,
      value: FACTORS[match[0].toLowerCase()] as number,
      unit: 'fold',
      kind: 'ratio',
      qualifier: null,
      normalized: null,
    };
  },
};
