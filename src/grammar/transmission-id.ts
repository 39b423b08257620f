/**
 * FL1, the transmission identifier.
 *
 * ```
 * VZCZCXRO3532
 * └─┬─┘└──┬──┘
 *  VZCZC  channel sequence (XRO3532; older systems `VZCZC051 UU`)
 * ```
 */
import P from 'parsimmon';
import type { TransmissionId } from '../ast.js';
import { ANY_ZONE, lineConstruct } from './construct.js';
import { run } from './shared.js';

/** Reads `VZCZC` and the channel sequence after it. */
export const transmissionIdRule: P.Parser<{ channel: string | null }> = P.seqMap(
  P.regexp(/V?ZCZC/).desc('`VZCZC`'),
  P.regexp(/[ ]*([A-Z0-9]+(?: +[A-Z0-9]+)*)?/, 1).desc('a channel sequence'),
  (_start, channel) => ({ channel: channel ? channel.replace(/ +/g, ' ') : null }),
);

/** The transmission identifier: a line of `VZCZC` and its channel sequence. */
export const transmissionId = lineConstruct<TransmissionId>({
  name: 'transmissionId',
  zones: ANY_ZONE,
  first: /V/,
  zoneAfter: 'routing',
  starts: () => true,
  node(reading, line) {
    const read = run(transmissionIdRule, line.value);
    if (!read) return null;
    return {
      type: 'transmissionId',
      position: reading.position(line.start, line.end),
      value: line.value,
      channel: read.channel,
    };
  },
});
