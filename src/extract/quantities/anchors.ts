/**
 * The anchors of the quantity parsers (see src/extract/anchors.ts): a fraction's word or figures, which every
 * match of the fraction and mixed-number readers holds, and how far before it a match can start.
 *
 * ```
 * a third of ... 1/3 of ... twenty-one hundred and twenty-one and a half ... 2 1/2 percent ... half a million
 * └1┘            └0┘        └──────────────── 8 runs back ─────────┘          └1┘               └0┘
 * ```
 */
import { type Anchor, runsBack } from '../anchors.js';

/** A fraction's word (`half`, `thirds`, `tenth`), figures (`1/3`) or sign (`½`): a superset of what is read. */
const FRACTION = /hal(?:f|ves)|third|quarter|fourth|fifth|sixth|eighth|tenth|[1-9]\/[1-9]|[½⅓⅔¼¾]/gi;

/** A fraction after its numerator (`a third`, `two-thirds`, `1/3`: one run at most before it). */
export const FRACTION_AFTER_NUMERATOR: Anchor = { pattern: FRACTION, back: (text, at) => runsBack(text, at, 1) };

/**
 * A fraction after a whole number (`two and a half`, `2 1/2`, `2½`): the whole in words is six runs at most
 * (`twenty-one hundred and twenty-one`), and `and a` two more.
 */
export const FRACTION_AFTER_WHOLE: Anchor = { pattern: FRACTION, back: (text, at) => runsBack(text, at, 8) };
