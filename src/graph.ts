/**
 * The citation graph of a set of cables: one node per cable (its id, date, origin, classification, subject), one
 * directed edge per cable reference of its REF line (`record.references` entries with a cable id), from the
 * citing cable to the cited one, labelled with the REF label (`A`). A cited cable that is not in the set is a stub
 * node (its origin read from its id, the rest null). The zod schemas of the graph are in schemas/graph.ts.
 */
import type { CableRecord } from './record.js';
import type { CitationGraph, GraphEdge, GraphNode } from './schemas/graph.js';

export type { CitationGraph, GraphEdge, GraphNode };

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
