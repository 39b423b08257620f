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
import type { GrammarContext, Slice } from './context.js';
import { run } from './shared.js';

/** Reads `BEGIN`/`END` and the section's name, in brackets or parentheses or bare. */
export const sectionMarkerRule: P.Parser<{ edge: 'begin' | 'end'; section: string }> = P.regexp(
  /[([]?\s*(BEGIN|END)\s+([A-Z][A-Z ]{2,40}?)\s*\.?\s*[)\]]?\.?$/i,
)
  .desc('a marker like `END SUMMARY`')
  .map((matched) => {
    const [, edge = '', section = ''] =
      /(BEGIN|END)\s+([A-Za-z][A-Za-z ]*?)\s*\.?\s*[)\]]?\.?$/i.exec(matched.trim()) ?? [];
    return { edge: edge.toLowerCase() as 'begin' | 'end', section: section.toUpperCase().replace(/\s+/g, ' ') };
  });

/** The `sectionMarker` node of a trimmed line, or null. */
export function readSectionMarker(ctx: GrammarContext, line: Slice): SectionMarker | null {
  const read = run(sectionMarkerRule, ctx.text.slice(line.start, line.end));
  if (!read?.section) return null;
  return { type: 'sectionMarker', position: ctx.position(line.start, line.end), ...read };
}
