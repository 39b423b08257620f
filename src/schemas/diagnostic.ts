/**
 * The zod schemas of diagnostics (see ../diagnostics.ts for the codes), types inferred under the same names. A
 * schema module: the parser imports its types only (see schemas/position.ts).
 */
import * as z from 'zod';
import { Position } from './position.js';

/** How bad a diagnostic is: `error` stops `parseCableStrict`; the others never do. */
export const Severity = z.enum(['error', 'warning', 'info']);
/** How bad a diagnostic is. */
export type Severity = z.infer<typeof Severity>;

/** One problem found while reading a cable, with where it is. */
export const Diagnostic = z.object({
  /** Stable code, `CG` + three digits; see `DIAGNOSTIC_CODES`. */
  code: z.string().regex(/^CG\d{3}$/),
  severity: Severity,
  /** One sentence: what was expected, what was found. */
  message: z.string(),
  position: Position,
  /** What the grammar expected there, when it can say. */
  expected: z.string().optional(),
  /** What it found instead (the text as written). */
  actual: z.string().optional(),
});
/** One problem found while reading a cable, with where it is. */
export type Diagnostic = z.infer<typeof Diagnostic>;
