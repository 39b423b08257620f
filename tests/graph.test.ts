/** graphOf: nodes for the cables, edges for their REF citations, stubs for cables cited but not given. */
import { describe, expect, it } from 'vitest';
import { graphOf, parseCable, toRecord } from '../src/index.js';

const record = (text: string) => toRecord(parseCable(text, { date: '2008-02-21' }));
const astana = record(
  'R 210951Z FEB 08\nFM AMEMBASSY ASTANA\nUNCLAS ASTANA 000358\n\nSUBJECT: TWO CITATIONS\n\n' +
    'REF: A. STATE 12345 B. 07 ALMATY 99 C. EMAIL FROM JONES\n\n1. Text.\n',
);
const almaty = record('CONFIDENTIAL ALMATY 000099\n\nSUBJECT: CITED\n\nREF: ASTANA 358\n\n1. Text.\n');

describe('graphOf', () => {
  it('makes a node per cable and an edge per cable reference, labelled, leaving other references out', () => {
    const graph = graphOf([astana]);
    expect(graph.edges).toEqual([
      { source: '08ASTANA358', target: '08STATE12345', label: 'A' },
      { source: '08ASTANA358', target: '07ALMATY99', label: 'B' },
    ]);
    expect(graph.nodes[0]).toEqual({
      id: '08ASTANA358',
      date: '2008-02-21T09:51:00Z',
      origin: 'ASTANA',
      classification: 'UNCLASSIFIED',
      subject: 'TWO CITATIONS',
      stub: false,
    });
  });
  it('makes stubs of cited cables not given, in order of first citation, once each', () => {
    const again = record('UNCLAS ASTANA 000400\n\nREF: STATE 12345\n');
    const graph = graphOf([astana, again]);
    expect(graph.nodes.map((n) => [n.id, n.stub, n.origin])).toEqual([
      ['08ASTANA358', false, 'ASTANA'],
      ['08ASTANA400', false, 'ASTANA'],
      ['08STATE12345', true, 'STATE'],
      ['07ALMATY99', true, 'ALMATY'],
    ]);
    expect(graph.nodes[2]).toMatchObject({ date: null, classification: null, subject: null });
    expect(graph.edges.at(-1)).toEqual({ source: '08ASTANA400', target: '08STATE12345', label: null });
  });
  it('makes no stub of a cited cable that is given, cited before or after it comes', () => {
    const cited = { ...almaty, id: '07ALMATY99' };
    const graph = graphOf([cited, astana]);
    expect(graph.nodes.filter((n) => n.stub).map((n) => n.id)).toEqual(['08STATE12345']);
    expect(graph.edges).toContainEqual({ source: '07ALMATY99', target: '08ASTANA358', label: null });
    expect(graph.nodes.find((n) => n.id === '07ALMATY99')).toMatchObject({ classification: 'CONFIDENTIAL' });
  });
  it('makes no node of records without an id or of second copies of a cable, and counts them', () => {
    const noId = record('SUBJECT: NO HEADER\n\nREF: STATE 1\n');
    expect(noId.id).toBeNull();
    const graph = graphOf([astana, noId, astana]);
    expect(graph.skipped).toEqual({ withoutId: 1, duplicates: 1 });
    expect(graph.nodes.filter((n) => !n.stub)).toHaveLength(1);
    expect(graph.edges).toHaveLength(2);
    expect(graphOf([])).toEqual({ nodes: [], edges: [], skipped: { withoutId: 0, duplicates: 0 } });
  });
  it('makes one edge per distinct citation: an entry written twice is one, a label apart is another', () => {
    const twice = record('UNCLAS ASTANA 000400\n\nREF: A. STATE 7 A. STATE 7 B. STATE 7\n\n1. Text.\n');
    expect(twice.references.map((r) => [r.label, r.id])).toEqual([
      ['A', '08STATE7'],
      ['A', '08STATE7'],
      ['B', '08STATE7'],
    ]);
    expect(graphOf([twice]).edges).toEqual([
      { source: '08ASTANA400', target: '08STATE7', label: 'A' },
      { source: '08ASTANA400', target: '08STATE7', label: 'B' },
    ]);
  });
  it("takes a copy's citation the first copy lacks", () => {
    const shorter = { ...astana, references: astana.references.slice(0, 1) };
    const graph = graphOf([shorter, astana]);
    expect(graph.edges).toEqual(graphOf([astana]).edges);
    expect(graph.nodes[0]).toEqual(graphOf([astana]).nodes[0]);
  });
});
