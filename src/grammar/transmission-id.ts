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
import type { GrammarContext, Slice } from './context.js';
import { run } from './shared.js';

/** Reads `VZCZC` and the channel sequence after it. */
export const transmissionIdRule: P.Parser<{ channel: string | null }> = P.seqMap(
  P.regexp(/V?ZCZC/).desc('`VZCZC`'),
  P.regexp(/[ ]*([A-Z0-9]+(?: +[A-Z0-9]+)*)?/, 1).desc('a channel sequence'),
  (_start, channel) => ({ channel: channel ? channel.replace(/ +/g, ' ') : null }),
);

/** The `transmissionId` node of a trimmed line, or null when the line is not one. */
export function readTransmissionId(ctx: GrammarContext, line: Slice): TransmissionId | null {
  const value = ctx.text.slice(line.start, line.end);
  const read = run(transmissionIdRule, value);
  if (!read) return null;
  return { type: 'transmissionId', position: ctx.position(line.start, line.end), value, channel: read.channel };
}
