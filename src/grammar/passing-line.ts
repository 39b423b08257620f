/**
 * A passing instruction in the text's opening lines: which office or officer a copy is for.
 *
 * ```
 * STATE FOR INL/AE (BALABANIAN), INL/C, SCA/CEN (O'MARA)
 * DEPT FOR NEA/MAG AND DRL
 * GENEVA: FOR CD DELEGATION
 * PASS TO RSO, POLOFF
 * └─┬─┘ └┬┘ └────────┬────────┘
 * recipient FOR  offices and officers
 * ```
 */
import P from 'parsimmon';
import type { PassingLine } from '../ast.js';
import { captionRule } from './caption.js';
import { type Construct, HEADER_ZONES, type Reading } from './construct.js';
import { opensConstruct } from './field.js';
import type { Line } from './lines.js';
import { run } from './shared.js';

/** Reads `RECIPIENT FOR ...` or `(PLEASE) PASS TO ...`. */
export const passingLineRule: P.Parser<{ recipient: string; text: string }> = P.alt(
  P.seqMap(
    P.regexp(/(?:PLEASE +)?PASS(?:ED)? +TO/).desc('`PASS TO`'),
    P.regexp(/ *:? *(.*)/s, 1),
    (recipient, text) => ({ recipient: recipient.replace(/ +/g, ' '), text }),
  ),
  P.seqMap(
    P.regexp(/([A-Z][A-Z0-9/&.'-]*(?: [A-Z][A-Z0-9/&.'-]*){0,4}?):? +(?:ALSO +)?FOR(?= )/, 1).desc(
      'a recipient and `FOR`',
    ),
    P.regexp(/ +(\S.*)/s, 1).desc('offices or officers'),
    (recipient, text) => ({ recipient, text }),
  ),
);

// A line that opens a passing instruction: `... FOR ...` or `PASS TO ...`, in capitals.
const opensPassing = (line: Line) =>
  / FOR |^(?:PLEASE +)?PASS/.test(line.value) && !/[a-z]/.test(line.value.slice(0, 12));

/** True when `line` goes on with a wrapped passing instruction: capitals, no blank line before, nothing else. */
function continues(reading: Reading, line: Line): boolean {
  if (line.blankBefore || line.control || /[a-z]/.test(line.value) || opensPassing(line)) return false;
  return !opensConstruct(reading, line) && run(captionRule, line.value) === null;
}

/**
 * A passing instruction, among the text's opening lines (in the body, `... FOR ...` is prose), with the lines
 * it wraps onto (`DEPT PLEASE PASS` / `TO USTR ...`).
 */
export const passingLine: Construct<PassingLine> = {
  name: 'passingLine',
  zones: HEADER_ZONES,
  first: /[A-Z]/,
  zoneAfter: 'text',
  starts: opensPassing,
  read(reading, i) {
    const line = reading.lines[i] as Line;
    let last = i;
    while (last - i < 4 && reading.lines[last + 1] && continues(reading, reading.lines[last + 1] as Line)) last++;
    const end = (reading.lines[last] as Line).end;
    const read = run(passingLineRule, reading.text.slice(line.start, end));
    if (!read) return null;
    const text = read.text.replace(/\s+/g, ' ').trim();
    return {
      node: { type: 'passingLine', position: reading.position(line.start, end), recipient: read.recipient, text },
      next: last + 1,
    };
  },
};
