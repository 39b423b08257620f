/**
 * FL6, the originator's plain-language address.
 *
 * ```
 * FM AMEMBASSY ASTANA
 * ├┘ └──────┬───────┘
 * FM  name (optionally `RI/` before it)
 * ```
 */
import P from 'parsimmon';
import type { FromLine } from '../ast.js';
import type { GrammarContext, Slice } from './context.js';
import { run } from './shared.js';

/** Reads `FM`, an optional `RI/`, and the name. */
export const fromLineRule: P.Parser<{ routingIndicator: string | null; name: string }> = P.seqMap(
  P.regexp(/FM +/).desc('`FM`'),
  P.regexp(/([A-Z]{4,7})\//, 1)
    .desc('a routing indicator and `/`')
    .atMost(1),
  P.regexp(/\S.*/).desc('a sender name'),
  (_fm, ri, name) => ({ routingIndicator: ri[0] ?? null, name: name.replace(/\s+/g, ' ').trim() }),
);

/** The `fromLine` node of a trimmed line, or null. */
export function readFromLine(ctx: GrammarContext, line: Slice): FromLine | null {
  const read = run(fromLineRule, ctx.text.slice(line.start, line.end));
  if (!read) return null;
  return { type: 'fromLine', position: ctx.position(line.start, line.end), ...read };
}
