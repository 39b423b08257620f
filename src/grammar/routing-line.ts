/**
 * FL2, precedence prosigns and the routing indicators (RIs) of the stations to deliver to. The list may
 * wrap: a continuation line holds RIs only, and stays in the node.
 *
 * ```
 * RR RUEHAST RUEHBI RUEHCI RUEHLH RUEHPW
 * ├┘ └───────────────┬─────────────────┘
 * prosigns (action, info)   routing indicators, 4-7 letters
 * RUEHTA RUEHBUL                             continuation: RIs only, no blank line before
 * ```
 */
import P from 'parsimmon';
import type { RoutingLine } from '../ast.js';
import { precedenceOfProsign } from '../tables/precedence.js';
import { ANY_ZONE, type Construct } from './construct.js';
import { prosignPair, routingIndicator } from './lexemes.js';
import type { Line } from './lines.js';
import { run, spaces1 } from './shared.js';

/** Reads an optional two-letter prosign pair, then routing indicators separated by spaces. */
export const routingLineRule: P.Parser<{ prosign: string | null; indicators: string[] }> = P.seqMap(
  prosignPair.atMost(1),
  P.sepBy1(routingIndicator, spaces1),
  (prosign, indicators) => ({ prosign: prosign[0] ?? null, indicators }),
);

/** The routing indicators of a continuation line (RIs only), or null. A lone `RICE` stays a signature elsewhere. */
function continuationOf(line: Line | undefined): string[] | null {
  if (!line || line.blankBefore || line.control) return null;
  const read = run(routingLineRule, line.value);
  return read && !read.prosign ? read.indicators : null;
}

/** FL2: a prosign pair and routing indicators, with the lines of RIs that continue it. */
export const routingLine: Construct<RoutingLine> = {
  name: 'routingLine',
  zones: ANY_ZONE,
  first: /[ZOPR]/,
  zoneAfter: 'routing',
  starts: (line) => /^[ZOPR]{2} /.test(line.value),
  read(reading, i) {
    const first = reading.lines[i] as Line;
    const read = run(routingLineRule, first.value);
    if (!read?.prosign) return null;
    const indicators = read.indicators;
    let next = i + 1;
    for (let more = continuationOf(reading.lines[next]); more; more = continuationOf(reading.lines[next])) {
      indicators.push(...more);
      next++;
    }
    const meant = precedenceOfProsign(read.prosign);
    const end = (reading.lines[next - 1] as Line).end;
    return {
      node: {
        type: 'routingLine',
        position: reading.position(first.start, end),
        precedence: meant ? { written: read.prosign, meant } : null,
        routingIndicators: indicators,
      },
      next,
    };
  },
};
