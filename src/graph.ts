/**
 * The citation graph of a set of cables: one node per cable (its id, date, origin, classification, subject), one
 * directed edge per cable reference of its REF line (`record.references` entries with a cable id), from the
 * citing cable to the cited one, labelled with the REF label (`A`). A cited cable that is not in the set is a stub
 * node (its origin read from its id, the rest null).
 */
import { z } from 'zod';
import { ClassificationLevel } from './ast.js';
import type { CableRecord } from './record.js';

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

/** A citation: `source` cites `target` in its REF entry `label` (null when the entry has none). */
export const GraphEdge = z.object({ source: z.string(), target: z.string(), label: z.string().nullable() });
/** A citation. */
export type GraphEdge = z.infer<typeof GraphEdge>;

/** The citation graph: the input's cables (in input order), then the stubs (in order of first citation); edges. */
export const CitationGraph = z.object({
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
  /** Records left out: without an id (they could not be a node), or an id seen already (a second copy). */
  skipped: z.object({ withoutId: z.number().int(), duplicates: z.number().int() }),
});
/** The citation graph. */
export type CitationGraph = z.infer<typeof CitationGraph>;

/** What {@link graphOf} reads of a record: a whole `CableRecord` will do. */
export type GraphRecord = Pick<CableRecord, 'id' | 'dtg' | 'classification' | 'subject' | 'references'>;

/** The origin a canonical id names: `08ASTANA358` → `ASTANA`; null for what is no such id. */
function originOf(id: string): string | null {
  return /^\d{2}(?<origin>\D+)\d+$/.exec(id)?.groups?.origin ?? null;
}

/**
 * The citation graph of `records`. The first record of an id is its node; later ones with that id (another copy
 * of the cable) and records without an id are left out and counted in `skipped`.
 *
 * @example
 * graphOf([toRecord(parseCable('UNCLAS ASTANA 000358\n\nREF: A. STATE 12345\n', { date: '2008-02-21' }))]).edges
 * // [{ source: '08ASTANA358', target: '08STATE12345', label: 'A' }]
 */
export function graphOf(records: Iterable<GraphRecord>): CitationGraph {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const skipped = { withoutId: 0, duplicates: 0 };
  for (const record of records) {
    if (record.id === null) skipped.withoutId++;
    else if (nodes.has(record.id)) skipped.duplicates++;
    else {
      const { id, dtg: date, classification, subject } = record;
      nodes.set(id, { id, date, origin: originOf(id), classification, subject, stub: false });
      for (const reference of record.references)
        if (reference.id !== null) edges.push({ source: id, target: reference.id, label: reference.label });
    }
  }
  const stubs = new Map<string, GraphNode>();
  for (const { target: id } of edges)
    if (!nodes.has(id) && !stubs.has(id))
      stubs.set(id, { id, date: null, origin: originOf(id), classification: null, subject: null, stub: true });
  return { nodes: [...nodes.values(), ...stubs.values()], edges, skipped };
}
