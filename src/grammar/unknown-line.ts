/**
 * The one fallback of the grammar: a line that no construct reads where prose cannot stand (in a routing
 * header), or a line of control characters anywhere, becomes an `unknownLine`, with a diagnostic saying why.
 *
 * ```
 * R 210951Z FEB 08
 * FM AMEMBASSY ASTANA
 * %%% GARBLED %%%            CG100: a routing header line expected
 * ab<NUL>cd                  CG901: control characters
 * ```
 */
import type { UnknownLine } from '../ast.js';
import type { Reading } from './construct.js';
import type { Line } from './lines.js';

/** The `unknownLine` node of a line nothing reads, with CG901 (control characters) or CG100 (a routing header line). */
export function unknownLine(reading: Reading, line: Line): UnknownLine {
  const value = line.value;
  if (line.control) {
    reading.report(
      'CG901',
      line.start,
      line.end,
      'Expected cable text, found control characters (NUL or other C0 codes)',
      {
        actual: JSON.stringify(value.slice(0, 40)),
      },
    );
  } else {
    const message = `Expected a routing header line (FM, TO, INFO, a DTG...), found \`${value.slice(0, 60)}\``;
    reading.report('CG100', line.start, line.end, message, { actual: value });
  }
  return { type: 'unknownLine', position: reading.position(line.start, line.end), value };
}
