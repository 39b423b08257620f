/**
 * The zod schemas of source positions (see ../position.ts for what the offsets count), types inferred under the
 * same names.
 *
 * A schema module holds schemas only: the parser imports their types, never their values, so a bundle that never
 * validates leaves the module, and zod, out (`sideEffects: false`).
 */
import * as z from 'zod';

/** One place in the input: 1-based line and column, 0-based UTF-16 offset. */
export const Point = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});
/** One place in the input: 1-based line and column, 0-based UTF-16 offset. */
export type Point = z.infer<typeof Point>;

/** A span of the input: `start` inclusive, `end` exclusive. */
export const Position = z.object({ start: Point, end: Point });
/** A span of the input: `start` inclusive, `end` exclusive. */
export type Position = z.infer<typeof Position>;
