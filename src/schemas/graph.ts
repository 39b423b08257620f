/**
 * The zod schemas of the citation graph (see ../graph.ts, which makes it), types inferred under the same names. A
 * schema module: the library imports its types only (see schemas/position.ts).
 */
import * as z from 'zod';
import { ClassificationLevel } from '../ast.js';

/** A cable of the graph: one of the input, or a stub for a cable only cited. */
export const GraphNode = z.object({
  /** The canonical cable id (`08ASTANA358`). */
  id: z.string(),
  /** The cable's DTG (ISO 8601 UTC) or null. */
  date: z.string().nullable(),
  /** The origin the id names (`ASTANA`, `STATE`). */
  origin: z.string().nullable(),
  classification: ClassificationLevel.nullable(),
  subject: z.string().nullable(),
  /** True for a cable cited but not in the input. */
  stub: z.boolean(),
});
/** A cable of the graph. */
export type GraphNode = z.infer<typeof GraphNode>;

/** A citation: `source` cites `target` in its REF entry `label` (null when the entry has none); each is one edge. */
export const GraphEdge = z.object({ source: z.string(), target: z.string(), label: z.string().nullable() });
/** A citation. */
export type GraphEdge = z.infer<typeof GraphEdge>;

/** The citation graph: the input's cables (in input order), then the stubs (in order of first citation); edges. */
export const CitationGraph = z.object({
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
  /**
   * Records that made no node: without an id (they could not be one), or an id seen already (a second copy, whose
   * citations still count).
   */
  skipped: z.object({ withoutId: z.number().int(), duplicates: z.number().int() }),
});
/** The citation graph. */
export type CitationGraph = z.infer<typeof CitationGraph>;
