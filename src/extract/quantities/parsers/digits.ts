/**
 * Numbers in digits, with a currency before them and a scale after (`$2bn`, `480M`, `5.5 mln`,
 * `15.5 million`), then their unit.
 *
 * ```
 * PKR 5,000 ... about $60 ... 400 million USD ... 23.479 metric tons ... 480M ... 5.5 mln people
 * ^^^^^^^^^           ^^^     ^^^^^^^^^^^^^^^     ^^^^^^^^^^^^^^^^^^     ^^^^     ^^^^^^^
 * ```
 * A number glued to letters or a hyphen before it (`G8`, `EU-3`, `F-4E`) is part of a name, not
 * read here.
 */
import { CURRENCY_CODES } from '../../../tables/currency-codes.js';
import { SCALE_ABBREVIATIONS, SCALES } from '../../numbers.js';
import type { Parser } from '../../pipeline.js';
import { amountOf } from '../amount.js';
import type { FoundQuantity, QuantityContext } from '../found.js';

const SCALE_WORDS = Object.keys(SCALES)
  .map((w) => `${w}|${w[0]?.toUpperCase()}${w.slice(1)}|${w.toUpperCase()}`)
  .join('|');
// `480M`, `2bn`: a scale glued to the digits; `5.5 mln`, `2 bn`: a spaced abbreviation; `15.5 million`.
const SCALE = `(?:(?<glued>k|mn|mln|M|bn|bln|B|tn|trn)\\b|\\s+(?<scale>${SCALE_WORDS}|mln|mn|bln|bn|tn)\\b)`;
// A currency before the number: a sign (`$`, markdown's `\$`, `US$` or `$US`, `€`, `£`) or an ISO 4217 code.
const CURRENCY_BEFORE = new RegExp(
  `(?:(?<sign>\\\\?\\$|US\\$|\\$US|€|£)|\\b(?<code>${[...CURRENCY_CODES].join('|')}))\\s?$`,
);
/** The currencies of the signs (the dollar sign is the US dollar's). */
const SIGNS: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
/** What may not stand right before a number: a letter or digit (`G8`), a hyphen (`EU-3`), a point or slash. */
const GLUED = /[\w.,\-/\\]/;

/** Numbers in digits: an optional currency sign or ISO 4217 code, the digits, an optional scale. */
export const digitsParser: Parser<QuantityContext, FoundQuantity> = {
  needs: ['#'],
  pattern: new RegExp(`(?<digits>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\d,]\\d)${SCALE}?`, 'g'),
  extract(context, match) {
    const text = context.text;
    // A currency before the number ends in a sign, a letter or one space: only then is it looked for.
    const previous = text.charCodeAt(match.index - 1);
    const before =
      previous === 32 || previous === 36 || previous > 64
        ? CURRENCY_BEFORE.exec(text.slice(Math.max(0, match.index - 6), match.index))
        : null;
    const start = match.index - (before ? before[0].length : 0);
    if (start > 0 && GLUED.test(text[start - 1] as string)) return null;
    // The match's groups read one by one (spreading a match's groups object is slow).
    const groups = match.groups ?? {};
    const sign = before?.groups?.sign;
    const currency = before?.groups?.code ?? (sign ? (SIGNS[sign.slice(-1)] ?? 'USD') : null);
    // A glued `M`/`B`/`k` is a scale only on money or before a noun (`480M people`), never before more letters.
    const digits = groups.digits as string;
    let value = Number(digits.includes(',') ? digits.replace(/,/g, '') : digits);
    if (groups.glued) value *= SCALE_ABBREVIATIONS[groups.glued.toLowerCase()] as number;
    if (groups.scale)
      value *= (SCALES[groups.scale.toLowerCase()] ?? SCALE_ABBREVIATIONS[groups.scale.toLowerCase()]) as number;
    return amountOf(text, { start, end: match.index + match[0].length, value, currency });
  },
};
