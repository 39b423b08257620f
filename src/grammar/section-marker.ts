/**
 * Begin and end markers of the body's sections, on a line of their own.
 *
 * ```
 * BEGIN SUMMARY
 * END SUMMARY.
 * END COMMENT
 * (END TALKING POINTS)
 * [BEGIN TEXT OF LIST]
 * └─┬─┘ └─────┬─────┘
 * edge     section
 * ```
 */
import P from 'parsimmon';
import type { SectionMarker } from '../ast.js';
import { ANY_ZONE, lineConstruct } from './construct.js';
import { run } from './shared.js';

/**
 * Reads `BEGIN`/`END` and the section's name, in brackets or parentheses or bare (`\s*(?:\.\s*)?`, not
 * `\s*\.?\s*`: one way to read a run of spaces, not one per split of it).
 */
export const sectionMarkerRule: P.Parser<{ edge: 'begin' | 'end'; section: string }> = P.regexp(
  /[([]?\s*(BEGIN|END)\s+([A-Z][A-Z ]{2,40}?)\s*(?:\.\s*)?[)\]]?\.?$/i,
)
  .desc('a marker like `END SUMMARY`')
  .map((matched) => {
    // The marker read again from its start (anchored: tried from every `BEGIN` or `END` of a line, it went on to the
    // line's end from each), its name ending in a letter and the spaces after it read one way.
    const [, edge = '', section = ''] =
      /^[([]?\s*(BEGIN|END)\s+([A-Za-z](?: *[A-Za-z])*)\s*(?:\.\s*)?[)\]]?\.?$/i.exec(matched.trim()) ?? [];
    return { edge: edge.toLowerCase() as 'begin' | 'end', section: section.toUpperCase().replace(/\s+/g, ' ') };
  });

// `BEGIN` or `END` opening a line, maybe after a bracket: such a line ends what stood open.
const EDGE_START = /^[([]?\s*(?:BEGIN|END)\s/i;

/** A section marker on a line of its own: `BEGIN SUMMARY`, `END COMMENT`, `(END TALKING POINTS)`. */
export const sectionMarker = lineConstruct<SectionMarker>({
  name: 'sectionMarker',
  zones: ANY_ZONE,
  first: /[BbEe([]/,
  zoneAfter: 'text',
  starts: (line) => EDGE_START.test(line.value),
  interrupts: (line) => EDGE_START.test(line.value),
  node(reading, line) {
    const read = run(sectionMarkerRule, line.value);
    if (!read?.section) return null;
    return { type: 'sectionMarker', position: reading.position(line.start, line.end), ...read };
  },
});
