/**
 * FL3, the originator line.
 *
 * ```
 * DE RUEHTA #0358/01 0520951
 * ├┘ └─┬──┘ └─┬─┘└┬┘ └──┬──┘
 * DE station serial  section  filing time (Julian day 052, 09:51)
 * ```
 */
import P from 'parsimmon';
import type { OriginatorLine } from '../ast.js';
import type { GrammarContext, Slice } from './context.js';
import { run } from './shared.js';

interface OriginatorParts {
  station: string;
  serial: string | null;
  section: string | null;
  filingTime: string | null;
}

// The station is a routing indicator and `#serial` follows (so `DE PREE`, a signature, is no originator line);
// section and filing time may be missing.
const ORIGINATOR =
  /DE +(?<station>[A-Z]{4,7}) +#(?<serial>\d{1,5})(?:\/(?<section>\d{1,3}))?(?: +(?<filing>\d{7}))?(?: .*)?/;

/** Reads the `DE` line into its parts. */
export const originatorLineRule: P.Parser<OriginatorParts> = P.regexp(ORIGINATOR)
  .desc('an originator line like `DE RUEHTA #0358/01 0520951`')
  .map((matched) => {
    const groups = ORIGINATOR.exec(matched)?.groups ?? {};
    return {
      station: groups.station ?? '',
      serial: groups.serial ?? null,
      section: groups.section ?? null,
      filingTime: groups.filing ?? null,
    };
  });

/** The `originatorLine` node of a trimmed line, or null. */
export function readOriginatorLine(ctx: GrammarContext, line: Slice): OriginatorLine | null {
  const read = run(originatorLineRule, ctx.text.slice(line.start, line.end));
  if (!read) return null;
  return {
    type: 'originatorLine',
    position: ctx.position(line.start, line.end),
    station: read.station,
    serial: read.serial,
    section: read.section ? { written: read.section, meant: Number(read.section) } : null,
    filingTime: read.filingTime,
  };
}
