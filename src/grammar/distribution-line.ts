/**
 * The office distribution block of Department telegrams: `ACTION` or `INFO`, then office codes
 * with copy counts; continuation lines hold codes only, the last ends with the total.
 *
 * ```
 * INFO  LOG-00   MFA-00   EEB-00   AF-00
 *       CDC-00   VCIE-00  SWCI-00    /007R
 * ACTION NODS-00
 * └─┬─┘  └──┬──┘
 * role   office-copies
 * ```
 */
import P from 'parsimmon';
import type { DistributionLine } from '../ast.js';
import type { GrammarContext, Slice } from './context.js';
import { run, spaces, spaces1 } from './shared.js';

const office = P.regexp(/[A-Z][A-Z0-9]{0,5}-\d{2}|\/\d{3}[A-Z]?(?: +W)?/).desc('an office code like `LOG-00`');

/** Reads an optional role and the office codes. */
export const distributionLineRule: P.Parser<{ role: 'action' | 'info' | null; offices: string[] }> = P.seqMap(
  P.regexp(/(ACTION|INFO) +/, 1)
    .desc('`ACTION` or `INFO`')
    .atMost(1),
  P.sepBy1(office, spaces1),
  spaces,
  (role, offices) => ({ role: role[0] ? (role[0].toLowerCase() as 'action' | 'info') : null, offices }),
);

/** The `distributionLine` node of a trimmed line, or null. */
export function readDistributionLine(ctx: GrammarContext, line: Slice): DistributionLine | null {
  const read = run(distributionLineRule, ctx.text.slice(line.start, line.end));
  if (!read) return null;
  return { type: 'distributionLine', position: ctx.position(line.start, line.end), ...read };
}
