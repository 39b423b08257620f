/**
 * FL2, precedence prosigns and the routing indicators (RIs) of the stations to deliver to. The
 * list may wrap: a continuation line holds RIs only.
 *
 * ```
 * RR RUEHAST RUEHBI RUEHCI RUEHLH RUEHPW
 * ├┘ └───────────────┬─────────────────┘
 * prosigns (action, info)   routing indicators, 4-7 letters
 * ```
 */
import P from 'parsimmon';
import type { RoutingLine } from '../ast.js';
import type { GrammarContext, Slice } from './context.js';
import { precedenceOfProsign } from './precedence.js';
import { run, spaces1 } from './shared.js';

/** A routing indicator: `R` (or another station letter) and 3-6 more capitals. */
export const routingIndicator: P.Parser<string> = P.regexp(/R[A-Z]{3,6}(?![A-Z0-9])/).desc(
  'a routing indicator like `RUEHAST`',
);

/** Reads an optional two-letter prosign pair, then routing indicators separated by spaces. */
export const routingLineRule: P.Parser<{ prosign: string | null; indicators: string[] }> = P.seqMap(
  P.regexp(/([ZOPR]{2}) +/, 1)
    .desc('a prosign pair like `RR`')
    .atMost(1),
  P.sepBy1(routingIndicator, spaces1),
  (prosign, indicators) => ({ prosign: prosign[0] ?? null, indicators }),
);

/**
 * The `routingLine` node of a trimmed line, or null. A line of RIs alone is only read as one when
 * `continuation` is set (it follows a routing line), since a lone `RICE` may also be a signature.
 */
export function readRoutingLine(ctx: GrammarContext, line: Slice, continuation: boolean): RoutingLine | null {
  const read = run(routingLineRule, ctx.text.slice(line.start, line.end));
  if (!read || (!read.prosign && !continuation)) return null;
  const meant = read.prosign ? precedenceOfProsign(read.prosign) : null;
  return {
    type: 'routingLine',
    position: ctx.position(line.start, line.end),
    precedence: read.prosign && meant ? { written: read.prosign, meant } : null,
    routingIndicators: read.indicators,
  };
}
