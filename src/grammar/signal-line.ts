/**
 * Transmission signals on a line of their own.
 *
 * ```
 * BT        break: separates header and text, and closes the text
 * #0358     end-of-message station serial
 * NNNN      end of message
 * GR 123    group count
 * ------------------8A8E0D  271459Z /38    counter line of 1970s-1990s telegrams
 * --------------------- 126230
 * ```
 */
import P from 'parsimmon';
import type { SignalLine } from '../ast.js';
import type { GrammarContext, Slice } from './context.js';
import { run } from './shared.js';

/** Reads one signal. */
export const signalLineRule: P.Parser<SignalLine['signal']> = P.alt(
  P.regexp(/BT/)
    .desc('`BT`')
    .result('BT' as const),
  P.regexp(/NNNN/)
    .desc('`NNNN`')
    .result('NNNN' as const),
  P.regexp(/#\d{3,5}/)
    .desc('`#` and a serial')
    .result('serial' as const),
  P.regexp(/GR +\d+/)
    .desc('`GR` and a group count')
    .result('groupCount' as const),
  P.regexp(/-{5,}[0-9A-F]* +(?:\d{6}Z +\/\d+|\d+)/)
    .desc('a dashed counter line')
    .result('counter' as const),
);

/** The `signalLine` node of a trimmed line, or null. */
export function readSignalLine(ctx: GrammarContext, line: Slice): SignalLine | null {
  const value = ctx.text.slice(line.start, line.end);
  const signal = run(signalLineRule, value);
  if (!signal) return null;
  return { type: 'signalLine', position: ctx.position(line.start, line.end), signal, value };
}
