/**
 * The office distribution block of Department telegrams: `ACTION` or `INFO`, then office codes with copy
 * counts; the lines that continue it hold codes only, and the last ends with the total.
 *
 * ```
 * INFO  LOG-00   MFA-00   EEB-00   AF-00
 *       CDC-00   VCIE-00  SWCI-00    /007R      continuation: codes only, no blank line before
 * ACTION NODS-00                               (`ORIGIN EUR-12` in outgoing Department telegrams)
 * └─┬─┘  └──┬──┘
 * role   office-copies
 * ```
 */
import P from 'parsimmon';
import type { DistributionLine } from '../ast.js';
import { ANY_ZONE, type Construct } from './construct.js';
import type { Line } from './lines.js';
import { run, spaces, spaces1 } from './shared.js';

// An office and its copies (`LOG-00`), or the total and its letter (`/007R`, `/044 R`, `/001 W`).
const office = P.regexp(/[A-Z][A-Z0-9]{0,5}-\d{2}|\/\d{3}(?: *[A-Z])?/).desc('an office code like `LOG-00`');

// A role and an office code: a line no text goes on into.
const ROLE_LINE = /^(?:ORIGIN|ACTION|INFO) +[A-Z][A-Z0-9]{0,5}-\d\d\b/;

/** Reads an optional role and the office codes. */
export const distributionLineRule: P.Parser<{ role: DistributionLine['role']; offices: string[] }> = P.seqMap(
  P.regexp(/(ORIGIN|ACTION|INFO) +/, 1)
    .desc('`ORIGIN`, `ACTION` or `INFO`')
    .atMost(1),
  P.sepBy1(office, spaces1),
  spaces,
  (role, offices) => ({ role: role[0] ? (role[0].toLowerCase() as DistributionLine['role']) : null, offices }),
);

/** The offices of a line that continues a block (codes only, no role), or null. */
function continuationOf(line: Line | undefined): string[] | null {
  if (!line || line.blankBefore || line.control) return null;
  const read = run(distributionLineRule, line.value);
  return read && !read.role ? read.offices : null;
}

/** A distribution line: its role and offices, with the lines of codes that continue it. */
export const distributionLine: Construct<DistributionLine> = {
  name: 'distributionLine',
  zones: ANY_ZONE,
  first: /[A-Z]/,
  zoneAfter: 'routing',
  starts: (line) =>
    line.value.includes('-') &&
    /^(?:ORIGIN|ACTION|INFO) +[A-Z][A-Z0-9]{0,5}-\d\d\b|^[A-Z][A-Z0-9]{0,5}-\d\d +[A-Z]/.test(line.value),
  // A role line with an office code ends whatever text stands before it (`TED8265` / `ORIGIN DRL-00`).
  interrupts: (line) => ROLE_LINE.test(line.value),
  read(reading, i) {
    const first = reading.lines[i] as Line;
    const read = run(distributionLineRule, first.value);
    if (!read) return null;
    let next = i + 1;
    for (let more = continuationOf(reading.lines[next]); more; more = continuationOf(reading.lines[next])) {
      read.offices.push(...more);
      next++;
    }
    const end = (reading.lines[next - 1] as Line).end;
    return { node: { type: 'distributionLine', position: reading.position(first.start, end), ...read }, next };
  },
};
