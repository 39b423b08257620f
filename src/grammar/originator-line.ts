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
import { ANY_ZONE, lineConstruct } from './construct.js';
import { station } from './lexemes.js';
import { run } from './shared.js';

interface OriginatorParts {
  station: string;
  serial: string | null;
  section: string | null;
  filingTime: string | null;
}

// `#serial` must follow the station (so `DE PREE`, a signature, is no originator line); section and filing
// time may be missing; whatever a relay appended after them is allowed.
const SERIAL = /#(?<serial>\d{1,5})(?:\/(?<section>\d{1,3}))?(?: +(?<filing>\d{7}))?(?: .*)?/;

/** Reads the `DE` line into its parts. */
export const originatorLineRule: P.Parser<OriginatorParts> = P.seqMap(
  P.regexp(/DE +/).desc('`DE`'),
  station,
  P.regexp(/ +/).desc('a space'),
  P.regexp(SERIAL).desc('a station serial like `#0358/01 0520951`'),
  (_de, name, _space, serial) => {
    const groups = SERIAL.exec(serial)?.groups ?? {};
    return {
      station: name,
      serial: groups.serial ?? null,
      section: groups.section ?? null,
      filingTime: groups.filing ?? null,
    };
  },
);

/** FL3: `DE`, the originating station, its serial, section and filing time. */
export const originatorLine = lineConstruct<OriginatorLine>({
  name: 'originatorLine',
  zones: ANY_ZONE,
  first: /D/,
  zoneAfter: 'routing',
  starts: (line) => line.value.startsWith('DE '),
  node(reading, line) {
    const read = run(originatorLineRule, line.value);
    if (!read) return null;
    return {
      type: 'originatorLine',
      position: reading.position(line.start, line.end),
      station: read.station,
      serial: read.serial,
      section: read.section ? { written: read.section, meant: Number(read.section) } : null,
      filingTime: read.filingTime,
    };
  },
});
