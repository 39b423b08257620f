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
import { beforeText, HEADER_ZONES, lineConstruct } from './construct.js';
import { offset, run } from './shared.js';

/** Reads `FM`, an optional `RI/`, and the name (with where it starts). */
export const fromLineRule: P.Parser<{ routingIndicator: string | null; at: number; written: string }> = P.seqMap(
  P.regexp(/FM +/).desc('`FM`'),
  P.regexp(/([A-Z]{4,7})\//, 1)
    .desc('a routing indicator and `/`')
    .atMost(1),
  offset,
  P.regexp(/\S.*/).desc('a sender name'),
  (_fm, ri, at, written) => ({ routingIndicator: ri[0] ?? null, at, written }),
);

/** FL6: `FM` and the sender's name; read in a routing header and before the body (in the body it is prose). */
export const fromLine = lineConstruct<FromLine>({
  name: 'fromLine',
  zones: HEADER_ZONES,
  first: /F/,
  zoneAfter: 'routing',
  starts: (line, state) => beforeText(state) && line.value.startsWith('FM '),
  node(reading, line) {
    const read = run(fromLineRule, line.value);
    if (!read) return null;
    const start = line.start + read.at;
    return {
      type: 'fromLine',
      position: reading.position(line.start, line.end),
      routingIndicator: read.routingIndicator,
      name: read.written.replace(/\s+/g, ' ').trim(),
      namePosition: reading.position(start, line.end),
    };
  },
});
