/**
 * Calls one construct's `read` directly on a text written in the cable's shape: the lines split as the driver
 * splits them, a fresh document state (or the one given), positions from the text's own line table.
 */
import type { Block } from '../../src/ast.js';
import type { Construct, DocumentState, Read, Reading } from '../../src/grammar/construct.js';
import { documentState } from '../../src/grammar/construct.js';
import { grammarContext } from '../../src/grammar/context.js';
import { readingOf } from '../../src/grammar/document.js';
import { linesOf } from '../../src/grammar/lines.js';
import { lineIndex, pointAt } from '../../src/position.js';
import type { Diagnostic } from '../../src/diagnostics.js';

/** What reading gave: the read (or null), the diagnostics reported, and the reading itself. */
export interface Outcome<N extends Block> {
  read: Read<N> | null;
  diagnostics: Diagnostic[];
  reading: Reading;
}

/** Reads `text` with `construct` at line `at` (0 by default), with `state` over a fresh document state. */
export function readWith<N extends Block>(
  construct: Construct<N>,
  text: string,
  options: { at?: number; state?: Partial<DocumentState> } = {},
): Outcome<N> {
  const index = lineIndex(text);
  const ctx = grammarContext(text, (start, end) => ({ start: pointAt(index, start), end: pointAt(index, end) }));
  const reading = readingOf(ctx, linesOf(text), { ...documentState(null), ...options.state });
  const at = options.at ?? 0;
  const line = reading.lines[at];
  const read = line && construct.starts(line, reading.state) ? construct.read(reading, at) : null;
  return { read, diagnostics: ctx.diagnostics, reading };
}

/** The node `construct` reads from `text` (at its first line), or null. */
export function nodeOf<N extends Block>(
  construct: Construct<N>,
  text: string,
  state?: Partial<DocumentState>,
): N | null {
  return readWith(construct, text, state ? { state } : {}).read?.node ?? null;
}
