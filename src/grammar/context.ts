/**
 * What every grammar rule is handed: the text being read (after the archive's rendering was
 * undone), a way to turn offsets into positions in the caller's original input, and a sink for
 * diagnostics. Rules produce offsets only; {@link GrammarContext.position} does the rest.
 */
import type { Position } from '../position.js';
import { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode } from '../diagnostics.js';

/** A span of {@link GrammarContext.text}: `start` inclusive, `end` exclusive. */
export interface Slice {
  start: number;
  end: number;
}

/** The state shared by the rules while one cable is read. */
export interface GrammarContext {
  /** The text the grammar reads (the rendered input). */
  readonly text: string;
  /** The position in the original input of a span of {@link text}. */
  position(start: number, end: number): Position;
  /** Records a diagnostic for a span of {@link text}. */
  report(
    code: DiagnosticCode,
    start: number,
    end: number,
    message: string,
    detail?: { expected?: string; actual?: string },
  ): void;
  /** The diagnostics reported so far, in order. */
  readonly diagnostics: Diagnostic[];
  /** True when {@link text} is the caller's input itself (no rendering undone): its offsets are the input's. */
  readonly identity?: boolean;
}

/** Makes a {@link GrammarContext}. */
export function grammarContext(
  text: string,
  position: (start: number, end: number) => Position,
  identity = false,
): GrammarContext {
  const diagnostics: Diagnostic[] = [];
  return {
    text,
    position,
    diagnostics,
    identity,
    report(code, start, end, message, detail) {
      const diagnostic: Diagnostic = {
        code,
        severity: DIAGNOSTIC_CODES[code].severity,
        message,
        position: position(start, end),
      };
      if (detail?.expected !== undefined) diagnostic.expected = detail.expected;
      if (detail?.actual !== undefined) diagnostic.actual = detail.actual;
      diagnostics.push(diagnostic);
    },
  };
}
