/**
 * The drafting block of an outgoing Department telegram (1970s, CABLE-FORMAT §3.5): who drafted it, who
 * approved it, and the offices that cleared it, one per line, before the dashed counter line.
 *
 * ```
 * DRAFTED BY EUR/RPM:JDOE:JR         drafter: office, then initials
 * APPROVED BY EUR:AROE               approver
 * EUR/SOV - MR. SMITH                clearances: an office symbol, a dash or colon, an officer
 * S/S - MR. BROWN
 * ```
 */
import type { DraftingBlock } from '../ast.js';
import { type Construct, HEADER_ZONES } from './construct.js';
import type { Line } from './lines.js';

// The lines of the block by their opening words; their text is what follows (a colon after `BY` allowed). A line
// holds no line break, so `(.*)` reads to its end with no `$` after it (which made ` *(.*)$` try each split of a run
// of spaces before a break).
const DRAFTED = /^DRAFTED +BY\b:? *(.*)/;
const APPROVED = /^APPROVED +BY\b:? *(.*)/;
const CLEARED = /^(?:CLEARED(?: +BY)?|DESIRED +DISTRIBUTION)\b:? *(.*)/;
// A clearance: an office symbol (`EUR/SOV`, `D(S)`, `S/S-O`, one or two words), then a dash between spaces or a
// colon, then an officer or initials (`EUR/SOV - MR. SMITH`, `EAP/CM: AGOODMAN`, `D(S):PPARK`).
const OFFICE = /[A-Z][A-Z0-9/&()-]*/.source;
const CLEARANCE = new RegExp(`^${OFFICE}(?: ${OFFICE})?(?: +- +| *: *)[A-Z]`);

/** What one line of the block says: drafter, approver or a clearance, or null when it is no line of the block. */
function partOf(line: Line): { part: 'drafter' | 'approver' | 'clearance'; text: string } | null {
  const drafted = DRAFTED.exec(line.value);
  if (drafted) return { part: 'drafter', text: drafted[1] as string };
  const approved = APPROVED.exec(line.value);
  if (approved) return { part: 'approver', text: approved[1] as string };
  const cleared = CLEARED.exec(line.value);
  if (cleared) return { part: 'clearance', text: line.value };
  return CLEARANCE.test(line.value) ? { part: 'clearance', text: line.value } : null;
}

/** The drafting block: it opens with `DRAFTED BY` or `APPROVED BY`; clearance lines go on with it. */
export const draftingBlock: Construct<DraftingBlock> = {
  name: 'draftingBlock',
  zones: HEADER_ZONES,
  first: /[AD]/,
  zoneAfter: 'routing',
  starts: (line) => DRAFTED.test(line.value) || APPROVED.test(line.value),
  read(reading, i) {
    const node: DraftingBlock = {
      type: 'draftingBlock',
      position: reading.position(0, 0),
      drafter: null,
      approver: null,
      clearances: [],
    };
    let next = i;
    for (let line = reading.lines[next]; line && !line.control; line = reading.lines[++next]) {
      const read = partOf(line);
      if (!read || (next > i && line.blankBefore && read.part === 'clearance')) break;
      if (read.part === 'clearance') node.clearances.push(read.text);
      else if (node[read.part] !== null) break;
      else node[read.part] = read.text || null;
    }
    const first = reading.lines[i] as Line;
    node.position = reading.position(first.start, (reading.lines[next - 1] as Line).end);
    return { node, next };
  },
};
