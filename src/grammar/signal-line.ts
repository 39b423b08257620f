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
import { dtgTimePattern } from '../tables/dtg.js';
import { ANY_ZONE, lineConstruct } from './construct.js';
import { run } from './shared.js';

// A dashed counter line of older telegrams: dashes, maybe hex digits, then a count, or a DTG's time and a count
// (`------------------8A8E0D  271459Z /38`). Anchored, as parsimmon's copy is: tried from each dash of a long run
// of them, it would walk the rest of the run again.
const COUNTER = new RegExp(`^-{5,}[0-9A-F]* +(?:${dtgTimePattern({ spacedZone: false })} +\\/\\d+|\\d+)`);

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
  P.regexp(COUNTER)
    .desc('a dashed counter line')
    .result('counter' as const),
);

/** True when a line is a signal line (no node made: the test other constructs ask). */
export const isSignalLine = (value: string): boolean =>
  /^(?:BT|NNNN|#\d|GR \d|-{5,}[0-9A-F]*\s+\d)/.test(value) && run(signalLineRule, value) !== null;

/** A transmission signal on a line of its own: `BT`, `NNNN`, `#0358`, `GR 123`, a counter line. */
export const signalLine = lineConstruct<SignalLine>({
  name: 'signalLine',
  zones: ANY_ZONE,
  first: /[BN#G-]/,
  zoneAfter: 'text',
  starts: (line) => /^(?:BT|NNNN|#\d|GR \d|-{5,}[0-9A-F]*\s+\d)/.test(line.value),
  node(reading, line) {
    const signal = run(signalLineRule, line.value);
    if (!signal) return null;
    return { type: 'signalLine', position: reading.position(line.start, line.end), signal, value: line.value };
  },
});
