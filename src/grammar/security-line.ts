/**
 * FL4, the security warning and operating signals.
 *
 * ```
 * ZNR UUUUU ZZH
 * ├─┘ └─┬─┘ └┬┘
 * ZNR unclassified / ZNY classified; UUUUU CCCCC SSSSS TTTTT warning; other signals
 * ```
 */
import P from 'parsimmon';
import type { SecurityLine } from '../ast.js';
import { SECURITY_WARNINGS } from '../tables/classification.js';
import { ANY_ZONE, lineConstruct } from './construct.js';
import { run, spaces1 } from './shared.js';

/** Reads `ZNR`/`ZNY` and the signals after it. */
export const securityLineRule: P.Parser<string[]> = P.seqMap(
  P.regexp(/ZN[RY]/).desc('`ZNR` or `ZNY`'),
  P.seq(spaces1, P.regexp(/[A-Z0-9]{2,6}/).desc('an operating signal'))
    .map(([, signal]) => signal)
    .many(),
  (first, others) => [first, ...others],
);

/** FL4: `ZNR` or `ZNY`, the security warning and other operating signals. */
export const securityLine = lineConstruct<SecurityLine>({
  name: 'securityLine',
  zones: ANY_ZONE,
  first: /Z/,
  zoneAfter: 'routing',
  starts: (line) => line.value.startsWith('ZN'),
  node(reading, line) {
    const signals = run(securityLineRule, line.value);
    if (!signals) return null;
    const warning = signals.find((signal) => signal in SECURITY_WARNINGS);
    return {
      type: 'securityLine',
      position: reading.position(line.start, line.end),
      signals,
      classification: warning ? (SECURITY_WARNINGS[warning] ?? null) : null,
    };
  },
});
