/**
 * The citation graph of a set of cables: one node per cable (its id, date, origin, classification, subject), one
 * directed edge per distinct cable reference of its REF line (`record.references` entries with a cable id), from
 * the citing cable to the cited one, labelled with the REF label (`A`). A cited cable that is not in the set is a stub
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
 * of the cable) and records without an id make none and are counted in `skipped`. An edge is a citation: one per
 * distinct (citing id, cited id, REF label) of the records with an id, so a REF entry written twice, or the same
 * REF line in a second copy of the cable, is one edge, and a copy's citation that the first copy lacks is one too.
 *
 * @example
 * graphOf([toRecord(parseCable('UNCLAS ASTANA 000358\n\nREF: A. STATE 12345\n', { date: '2008-02-21' }))]).edges
 * // [{ source: '08ASTANA358', target: '08STATE12345', label: 'A' }]
 */
export function graphOf(records: Iterable<GraphRecord>): CitationGraph {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const cited = new Set<string>();
  const skipped = { withoutId: 0, duplicates: 0 };
  for (const record of records) {
    const { id, dtg: date, classification, subject } = record;
    if (id === null) {
      skipped.withoutId++;
      continue;
    }
    if (nodes.has(id)) skipped.duplicates++;
    else nodes.set(id, { id, date, origin: originOf(id), classification, subject, stub: false });
    for (const { id: target, label } of record.references) {
      const key = JSON.stringify([id, target, label]);
      if (target === null || cited.has(key)) continue;
      cited.add(key);
      edges.push({ source: id, target, label });
    }
  }
  const stubs = new Map<string, GraphNode>();
  for (const { target: id } of edges)
    if (!nodes.has(id) && !stubs.has(id))
      stubs.set(id, { id, date: null, origin: originOf(id), classification: null, subject: null, stub: true });
  return { nodes: [...nodes.values(), ...stubs.values()], edges, skipped };
}
