/**
 * The notice an archive puts in place of a cable's text when it holds only part of it (WikiLeaks' Cablegate
 * release did so for cables it had as partial extracts): a line of its own, at the top of the text.
 *
 * ```
 * This record is a partial extract of the original cable. The full text of the original cable is not available.
 * ```
 */
import type { PartialExtractNotice } from '../ast.js';
import { ANY_ZONE, lineConstruct } from './construct.js';

// The notice's first sentence; what follows on its line (`The full text ... is not available.`) belongs to it.
const NOTICE = /^This\s+record\s+is\s+a\s+partial\s+extract\s+of\s+the\s+original\s+cable\b/i;

/** The partial-extract notice: the record then says `partial: true`. It leaves the zone as it was. */
export const partialExtractNotice = lineConstruct<PartialExtractNotice>({
  name: 'partialExtractNotice',
  zones: ANY_ZONE,
  first: /[Tt]/,
  zoneAfter: 'unchanged',
  starts: (line) => NOTICE.test(line.value),
  node: (reading, line) => ({
    type: 'partialExtractNotice',
    position: reading.position(line.start, line.end),
    text: line.value.replace(/\s+/g, ' '),
  }),
});
