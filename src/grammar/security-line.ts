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
import type { ClassificationLevel, SecurityLine } from '../ast.js';
import type { GrammarContext, Slice } from './context.js';
import { run, spaces1 } from './shared.js';

/** The classification each five-letter security warning stands for. */
const WARNINGS: Readonly<Record<string, ClassificationLevel>> = {
  UUUUU: 'UNCLASSIFIED',
  EEEEE: 'UNCLASSIFIED',
  CCCCC: 'CONFIDENTIAL',
  SSSSS: 'SECRET',
  TTTTT: 'TOP SECRET',
};

/** Reads `ZNR`/`ZNY` and the signals after it. */
export const securityLineRule: P.Parser<string[]> = P.seqMap(
  P.regexp(/ZN[RY]/).desc('`ZNR` or `ZNY`'),
  P.seq(spaces1, P.regexp(/[A-Z0-9]{2,6}/).desc('an operating signal'))
    .map(([, signal]) => signal)
    .many(),
  (first, others) => [first, ...others],
);

/** The `securityLine` node of a trimmed line, or null. */
export function readSecurityLine(ctx: GrammarContext, line: Slice): SecurityLine | null {
  const signals = run(securityLineRule, ctx.text.slice(line.start, line.end));
  if (!signals) return null;
  const warning = signals.find((signal) => signal in WARNINGS);
  return {
    type: 'securityLine',
    position: ctx.position(line.start, line.end),
    signals,
    classification: warning ? (WARNINGS[warning] as ClassificationLevel) : null,
  };
}
