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
import type { GrammarContext, Slice } from './context.js';
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

/** The `passingLine` node of a trimmed line, or null. */
export function readPassingLine(ctx: GrammarContext, line: Slice): PassingLine | null {
  const read = run(passingLineRule, ctx.text.slice(line.start, line.end));
  if (!read) return null;
  return {
    type: 'passingLine',
    position: ctx.position(line.start, line.end),
    recipient: read.recipient,
    text: read.text.replace(/\s+/g, ' ').trim(),
  };
}
