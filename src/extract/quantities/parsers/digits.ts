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
import { CURRENCY_ABBREVIATIONS } from '../../../tables/currencies.js';
import { SCALE_ABBREVIATIONS, SCALES } from '../../numbers.js';
import type { Parser } from '../../pipeline.js';
import { amountOf } from '../amount.js';
import type { FoundQuantity, QuantityContext } from '../found.js';

const SCALE_WORDS = Object.keys(SCALES)
  .map((w) => `${w}|${w[0]?.toUpperCase()}${w.slice(1)}|${w.toUpperCase()}`)
  .join('|');
// `480M`, `2bn`: a scale glued to the digits; `5.5 mln`, `2 bn`: a spaced abbreviation; `15.5 million`.
const SCALE = `(?:(?<glued>k|K|mn|mln|M|bn|bln|B|tn|trn)\\b|\\s+(?<scale>${SCALE_WORDS}|mln|mn|bln|bn|tn)\\b)`;
// A currency before the number: a sign (`$`, markdown's `\$`, `US$` or `$US`, `€`, `£`) or an ISO 4217 code, maybe at
// the end of the line before (`USD\n32.5 million`).
// (A central bank's abbreviation first: `R$` is the real, `NIS` the shekel; see CURRENCY_ABBREVIATIONS.)
const CURRENCY_BEFORE = new RegExp(
  `(?:\\b(?<local>${Object.keys(CURRENCY_ABBREVIATIONS)
    .map((abbreviation) => abbreviation.replace(/[$.]/g, '\\$&'))
    .join(
      '|',
    )})|(?<sign>\\\\?\\$|US\\$|\\$US|€|£)|\\b(?<code>${[...CURRENCY_CODES].join('|')}))(?:\\s?|[ \\t]?\\n[ \\t]?)$`,
);
/** The currencies of the signs (the dollar sign is the US dollar's). */
const SIGNS: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
/** What may not stand right before a number: a letter or digit (`G8`), a hyphen (`EU-3`), a point or slash. */
const GLUED = /[\w.,\-/\\]/;

/**
 * The currency written right before offset `at` (`$`, `US$`, `€`, an ISO 4217 code and maybe a space), and where
 * it starts; null where none is.
 */
export function currencyBefore(text: string, at: number): { start: number; currency: string } | null {
  // A currency before the number ends in a sign, a letter or one space: only then is it looked for.
  const previous = text.charCodeAt(at - 1);
  if (previous !== 32 && previous !== 10 && previous !== 36 && previous <= 64) return null;
  const before = CURRENCY_BEFORE.exec(text.slice(Math.max(0, at - 7), at));
  if (!before) return null;
  const sign = before.groups?.sign;
  const local = before.groups?.local;
  const currency = local
    ? (CURRENCY_ABBREVIATIONS[local] as string)
    : (before.groups?.code ?? (sign ? (SIGNS[sign.slice(-1)] ?? 'USD') : null));
  return currency ? { start: at - before[0].length, currency } : null;
}

/** Numbers in digits: an optional currency sign or ISO 4217 code, the digits, an optional scale. */
export const digitsParser: Parser<QuantityContext, FoundQuantity> = {
  needs: ['#'],
  pattern: new RegExp(`(?<digits>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\d,]\\d)${SCALE}?`, 'g'),
  extract(context, match) {
    const text = context.text;
    const before = currencyBefore(text, match.index);
    const start = before ? before.start : match.index;
    if (start > 0 && GLUED.test(text[start - 1] as string)) return null;
    // The match's groups read one by one (spreading a match's groups object is slow).
    const groups = match.groups ?? {};
    const currency = before ? before.currency : null;
    // A glued `M`/`B`/`k` is a scale only on money or before a noun (`480M people`), never before more letters.
    const digits = groups.digits as string;
    let value = Number(digits.includes(',') ? digits.replace(/,/g, '') : digits);
    if (groups.glued) value *= SCALE_ABBREVIATIONS[groups.glued.toLowerCase()] as number;
    if (groups.scale)
      value *= (SCALES[groups.scale.toLowerCase()] ?? SCALE_ABBREVIATIONS[groups.scale.toLowerCase()]) as number;
    return amountOf(text, { start, end: match.index + match[0].length, value, currency });
  },
};
