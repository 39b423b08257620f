/**
 * `cablegram graph`'s formats: GraphML read back by graphology-graphml (a GraphML parser on @xmldom/xmldom),
 * CSV as source,target,label, JSON; text XML cannot hold; and over ../shared/corpus, one edge per cable
 * reference of the records that became nodes.
 */
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { graphOf, parseCable, toRecord } from '../../src/index.js';
import { type CliIO, runCli } from '../../src/node/command.js';
import { graphPieces, xmlText } from '../../src/node/graph-command.js';
import { describeShared, SHARED } from '../helpers.js';

const record = (text: string) => toRecord(parseCable(text, { date: '2008-02-21' }));
const graph = graphOf([
  record(
    'R 210951Z FEB 08\nFM AMEMBASSY ASTANA\nUNCLAS ASTANA 000358\n\n' +
      'SUBJECT: A & B <"C">\n\nREF: A. STATE 1 B. STATE 2\n',
  ),
  // A subject XML cannot hold as it is (a control character the text could carry).
  { ...record('SECRET STATE 000001\n\nREF: ASTANA 358\n'), subject: 'CONTROL \u0001 HERE' },
]);
const text = (format: 'graphml' | 'csv' | 'json') => [...graphPieces(graph, format)].join('');

describe('graph formats', () => {
  it('writes GraphML a GraphML parser reads back: nodes, their attributes, directed labelled edges', () => {
    const read = parseGraphml(Graph, text('graphml'));
    expect(read.type).toBe('directed');
    expect(read.order).toBe(3);
    expect(read.size).toBe(3);
    expect(read.getNodeAttributes('08ASTANA358')).toEqual({
      date: '2008-02-21T09:51:00Z',
      origin: 'ASTANA',
      classification: 'UNCLASSIFIED',
      subject: 'A & B <"C">',
      stub: false,
    });
    expect(read.getNodeAttributes('08STATE1')).toMatchObject({ subject: 'CONTROL \ufffd HERE', stub: false });
    expect(read.getNodeAttributes('08STATE2')).toEqual({ origin: 'STATE', stub: true });
    const edges = read.mapEdges((_, attributes, source, target) => [source, target, attributes.label ?? null]);
    expect(edges).toEqual([
      ['08ASTANA358', '08STATE1', 'A'],
      ['08ASTANA358', '08STATE2', 'B'],
      ['08STATE1', '08ASTANA358', null],
    ]);
  });
  it('writes the edges as CSV, source,target,label, an empty label for none', () => {
    expect(text('csv')).toBe(
      'source,target,label\n08ASTANA358,08STATE1,A\n08ASTANA358,08STATE2,B\n08STATE1,08ASTANA358,\n',
    );
  });
  it('writes the graph object as JSON', () => {
    expect(JSON.parse(text('json'))).toEqual(graph);
  });
  it('escapes markup and replaces what XML 1.0 cannot hold', () => {
    expect(xmlText('a<b>&"c"')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
    expect(xmlText('tab\tline\nnul\u0000 lone\ud800 pair\ud83d\ude00')).toBe(
      'tab\tline\nnul\ufffd lone\ufffd pair\ud83d\ude00',
    );
  });
});

/** Runs the command line in-process, collecting its output. */
async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), stdin: () => Buffer.alloc(0) };
  const code = await runCli(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describeShared('cablegram graph on ../shared/corpus', () => {
  it('has one edge per distinct cable reference (citing id, cited id, label) that the records list', async () => {
    const records = await cli(['records', `${SHARED}/corpus`, '--format', 'json']);
    type Listed = { id: string | null; references: Array<{ id: string | null; label: string | null }> };
    const listed = JSON.parse(records.stdout) as Listed[];
    const citations = listed.flatMap((r) =>
      r.references.filter((ref) => ref.id !== null).map((ref) => ({ citing: r.id, key: [r.id, ref.id, ref.label] })),
    );
    const withId = citations.filter(({ citing }) => citing !== null);
    const references = new Set(withId.map(({ key }) => JSON.stringify(key))).size;
    // What the records list and the graph cannot hold: references of cables without an id (no node to cite from),
    // and references listed again (a REF entry written twice, a second copy of the cable).
    expect(citations.length - withId.length).toBeGreaterThan(0);
    expect(withId.length).toBeGreaterThan(references);
    const { code, stdout, stderr } = await cli(['graph', `${SHARED}/corpus`, '--format', 'csv']);
    expect(code).toBe(records.code);
    expect(stdout.trim().split('\n').length - 1).toBe(references);
    expect(references).toBeGreaterThan(50);
    expect(stderr).toMatch(/left out of the graph: \d+ cables without an id, \d+ copies of one/);
    const graphml = await cli(['graph', `${SHARED}/corpus`]);
    expect(parseGraphml(Graph, graphml.stdout).size).toBe(references);
  });
});
