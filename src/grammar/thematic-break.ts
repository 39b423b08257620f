/**
 * A line of dashes that boxes nothing: a separator, as mdast's `thematicBreak`.
 *
 * ```
 * -----------------------
 * =======
 * ```
 */
import type { ThematicBreak } from '../ast.js';
import { ANY_ZONE, lineConstruct } from './construct.js';
import { isDashLine } from './heading.js';

/** A dash line (read after the headings, which a dash line may open); it ends whatever stood open before it. */
export const thematicBreak = lineConstruct<ThematicBreak>({
  name: 'thematicBreak',
  zones: ANY_ZONE,
  first: /[-=_\u2010-\u2015]/,
  zoneAfter: 'text',
  starts: (line) => isDashLine(line.value),
  interrupts: (line) => isDashLine(line.value),
  node: (reading, line) => ({
    type: 'thematicBreak',
    position: reading.position(line.start, line.end),
    value: line.value,
  }),
});
