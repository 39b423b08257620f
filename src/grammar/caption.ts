/**
 * Handling and distribution captions on a line of their own; the line's other words are kept.
 *
 * ```
 * SIPDIS
 * NOFORN, NOT FOR INTERNET DISTRIBUTION
 * SENSITIVE BUT UNCLASSIFIED
 * └─┬──┘
 * caveat words (see tables/caveats.ts)
 * ```
 */
import P from 'parsimmon';
import type { Caption } from '../ast.js';
import { CAVEAT_PATTERN, CAVEATS } from '../tables/caveats.js';
import type { GrammarContext, Slice } from './context.js';
import { matchesOf, run } from './shared.js';

const CAVEAT = new RegExp(`(?<![A-Z])(?:${CAVEAT_PATTERN})(?![A-Z])`, 'g');

/** Reads a line that opens with a caveat word. */
export const captionRule: P.Parser<string> = P.regexp(new RegExp(`(?:${CAVEAT_PATTERN})(?![A-Za-z])[^a-z]*`)).desc(
  'a caption like `SIPDIS`',
);

/**
 * The `caption` node of a trimmed line, or null. With `strict`, every word of the line must be a
 * caveat (used inside the body, where `SENSITIVE ISSUES ...` is prose).
 */
export function readCaption(ctx: GrammarContext, line: Slice, strict: boolean): Caption | null {
  const text = ctx.text.slice(line.start, line.end);
  if (!run(captionRule, text)) return null;
  if (strict && text.replace(CAVEAT, '').replace(/[\s,/.-]+/g, '') !== '') return null;
  const caveats: string[] = [];
  for (const match of matchesOf(CAVEAT, text)) {
    const caveat = CAVEATS[match[0].replace(/ +/g, ' ')] ?? match[0];
    if (!caveats.includes(caveat)) caveats.push(caveat);
  }
  return { type: 'caption', position: ctx.position(line.start, line.end), caveats, text: text.replace(/\s+/g, ' ') };
}
