/**
 * Handling and distribution captions on a line of their own; the line's other words are kept.
 *
 * ```
 * SIPDIS
 * NOFORN, NOT FOR INTERNET DISTRIBUTION
 * SENSITIVE BUT UNCLASSIFIED
 * └─┬──┘
 * caveat words (see tables/caveats.ts)
 * ```
 */
import P from 'parsimmon';
import type { Caption } from '../ast.js';
import { CAVEAT_PATTERN, CAVEATS } from '../tables/caveats.js';
import { ANY_ZONE, lineConstruct } from './construct.js';
import { matchesOf, run } from './shared.js';

const CAVEAT_FIRST_WORDS = new Set(Object.keys(CAVEATS).map((caveat) => caveat.split(' ')[0] as string));
const CAVEAT = new RegExp(`(?<![A-Z])(?:${CAVEAT_PATTERN})(?![A-Z])`, 'g');

/** Reads a line that opens with a caveat word. */
export const captionRule: P.Parser<string> = P.regexp(new RegExp(`(?:${CAVEAT_PATTERN})(?![A-Za-z])[^a-z]*`)).desc(
  'a caption like `SIPDIS`',
);

/**
 * A caption line: handling caveats and the words around them. In the body every word must be a caveat (there,
 * `SENSITIVE ISSUES ...` is prose).
 */
export const caption = lineConstruct<Caption>({
  name: 'caption',
  zones: ANY_ZONE,
  first: /[A-Za-z]/,
  zoneAfter: 'text',
  // A caption opens with a caveat: its first word is the first word of one (`SENSITIVE` of `SENSITIVE BUT ...`).
  starts: (line) => CAVEAT_FIRST_WORDS.has(/^[A-Za-z]+/.exec(line.value)?.[0] ?? ''),
  node(reading, line) {
    const text = line.value;
    if (!run(captionRule, text)) return null;
    if (reading.state.seenBody && text.replace(CAVEAT, '').replace(/[\s,/.-]+/g, '') !== '') return null;
    const caveats: string[] = [];
    for (const match of matchesOf(CAVEAT, text)) {
      const caveat = CAVEATS[match[0].replace(/ +/g, ' ')] ?? match[0];
      if (!caveats.includes(caveat)) caveats.push(caveat);
    }
    return {
      type: 'caption',
      position: reading.position(line.start, line.end),
      caveats,
      text: text.replace(/\s+/g, ' '),
    };
  },
});
