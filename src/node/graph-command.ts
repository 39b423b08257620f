/**
 * `cablegram graph PATH... [--format graphml|csv|json]`: the citation graph ({@link graphOf}) of the cables of
 * files, directories and cables.csv files. GraphML (the default) carries the nodes' id, date, origin,
 * classification, subject and whether they are stubs, and the edges' REF label, as Gephi, networkx and yEd read
 * it; CSV is the edges alone, `source,target,label`; JSON is the graph object. A cable that could not be read is
 * reported and the graph still written (exit 2), as `records` does.
 */
import { type CitationGraph, type GraphNode, type GraphRecord, graphOf } from '../index.js';
import { type BatchIO, type BatchOptions, cablesOf, progress, reportFailure, totalBytes } from './batch.js';
import { csvRows } from './flatten.js';
import { jsonPieces } from './json-out.js';

/** The formats `graph` writes. */
export type GraphFormat = 'graphml' | 'csv' | 'json';

/** Characters XML 1.0 does not allow (C0 controls but tab and line breaks, lone surrogates, U+FFFE, U+FFFF). */
const NOT_XML = new RegExp(
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.source +
    /|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.source,
  'g',
);
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text escaped for an XML attribute or element; characters XML cannot hold become U+FFFD. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '\ufffd').replace(/[&<>"]/g, (c) => ENTITIES[c] as string);
}

/** The GraphML keys: the node attributes and the edge label. */
const KEYS: ReadonlyArray<[string, 'node' | 'edge', 'string' | 'boolean']> = [
  ['date', 'node', 'string'],
  ['origin', 'node', 'string'],
  ['classification', 'node', 'string'],
  ['subject', 'node', 'string'],
  ['stub', 'node', 'boolean'],
  ['label', 'edge', 'string'],
];

const HEAD = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns' +
    ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ...KEYS.map(([id, kind, type]) => `  <key id="${id}" for="${kind}" attr.name="${id}" attr.type="${type}"/>`),
  '  <graph id="citations" edgedefault="directed">',
].join('\n');

/** A `<data>` element, or nothing for a null value. */
const data = (key: string, value: string | boolean | null) =>
  value === null ? '' : `<data key="${key}">${xmlText(String(value))}</data>`;

function graphmlNode(node: GraphNode): string {
  const values = [data('date', node.date), data('origin', node.origin), data('classification', node.classification)];
  values.push(data('subject', node.subject), data('stub', node.stub));
  return `    <node id="${xmlText(node.id)}">${values.join('')}</node>\n`;
}

/** The graph in `format`, in pieces (a line, a node or an edge each); `bom` opens CSV with a byte-order mark. */
export function* graphPieces(graph: CitationGraph, format: GraphFormat, bom = false): Generator<string> {
  if (format === 'json') {
    yield* jsonPieces(graph);
    yield '\n';
    return;
  }
  if (format === 'csv') {
    yield csvRows([['source', 'target', 'label']], bom);
    for (const edge of graph.edges) yield csvRows([[edge.source, edge.target, edge.label]]);
    return;
  }
  yield `${HEAD}\n`;
  for (const node of graph.nodes) yield graphmlNode(node);
  for (const [k, edge] of graph.edges.entries())
    yield `    <edge id="e${k}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}">` +
      `${data('label', edge.label)}</edge>\n`;
  yield '  </graph>\n</graphml>\n';
}

/** Runs `graph` over `paths`; returns the exit code (2 when any input failed or a path held no cables). */
export async function graphCommand(
  paths: string[],
  options: BatchOptions & { format: GraphFormat; bom?: boolean },
  io: BatchIO,
): Promise<number> {
  const bar = progress(io, totalBytes(paths));
  const outcome = { empty: false };
  let failed = false;
  const records: GraphRecord[] = [];
  try {
    for await (const summary of cablesOf(paths, io, options, outcome)) {
      bar.add(summary);
      if (reportFailure(summary, io)) failed = true;
      // Only what the graph reads: the paragraphs of an archive are not held.
      const { id, dtg, classification, subject, references } = summary.record;
      records.push({ id, dtg, classification, subject, references });
    }
  } finally {
    bar.end();
  }
  const graph = graphOf(records);
  const { withoutId, duplicates } = graph.skipped;
  if (withoutId + duplicates > 0)
    io.stderr(`cablegram: left out of the graph: ${withoutId} cables without an id, ${duplicates} copies of one\n`);
  for (const piece of graphPieces(graph, options.format, options.bom)) await io.write(piece);
  return failed || outcome.empty ? 2 : 0;
}
