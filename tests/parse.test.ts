/**
 * parseCable's edges: an input that is no string, options checked (CG903), a byte-order mark (not read, positions
 * still counting it), a cables.csv row with no text fields, and the limits (maxBytes, CG904; maxNodes, CG905).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cable, PARSE_LIMITS, type ParseOptions, parseCable, parseCableStrict, toRecord } from '../src/index.js';
import { cableSoup, mutatedCable } from './fuzz/generators.js';
import { treeProblems } from './tree-check.js';

/** A cable of our own, in the shape of a raw Cablegate text. */
const CABLE = [
  'VZCZCXRO3532',
  'RR RUEHAST',
  'DE RUEHTA #0358/01 0520951',
  'ZNR UUUUU ZZH',
  'R 210951Z FEB 08',
  'FM AMEMBASSY ASTANA',
  'TO RUEHC/SECSTATE WASHDC 1822',
  'BT',
  'UNCLAS ASTANA 000358',
  '',
  'E.O. 12958: N/A',
  'TAGS: PREL, KZ',
  'SUBJECT: KAZAKHSTAN: A TEST OF THE EDGES',
  '',
  'REF: A. STATE 12345',
  '',
  '1. Text of the first paragraph.',
  '',
  '2. Text of the second paragraph.',
  '',
  'ORDWAY',
].join('\n');

/** A cables.csv row of our own, in the file's shape. */
const ROW =
  '"1","2/21/2008 9:51","08ASTANA358","Embassy Astana","UNCLASSIFIED","","R 210951Z FEB 08\nFM AMEMBASSY ' +
  'ASTANA","UNCLAS ASTANA 000358\n\nSUBJECT: A ROW\n\n1. The \\"text\\"."\n';

/** A Cablegate page of our own: metadata table, then the text in a `<pre>` with `&#x000A;` line breaks. */
const page = (body: string) =>
  `<html><body><table class='cable'><tr><td><a href='#'>08ASTANA358</a></td><td>2008-02-21 09:51</td></tr>` +
  `</table><code><pre>${body.replace(/\n/g, '&#x000A;')}</pre></code></body></html>`;

/** Every point of a value, shifted as a byte-order mark before the input shifts it (one unit, one column on line 1). */
function shifted<T>(value: T): T {
  if (Array.isArray(value)) return value.map(shifted) as T;
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  if (typeof object.offset === 'number' && typeof object.line === 'number')
    return {
      ...object,
      offset: object.offset + 1,
      column: (object.column as number) + (object.line === 1 ? 1 : 0),
    } as T;
  return Object.fromEntries(Object.entries(object).map(([key, inner]) => [key, shifted(inner)])) as T;
}

/** The objects of a tree that carry a position: nodes, diagnostics, named spans. */
function positioned(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, inner) => sum + positioned(inner), 0);
  if (value === null || typeof value !== 'object') return 0;
  const object = value as Record<string, unknown>;
  const own = 'start' in object && 'end' in object ? 1 : 0;
  return own + Object.values(object).reduce((sum: number, inner) => sum + positioned(inner), 0);
}

const codes = (cable: Cable) => cable.diagnostics.map((d) => d.code);

describe('parseCable on a byte-order mark', () => {
  it('reads the text after it, every position one unit on (and one column on line 1)', () => {
    const plain = parseCable(CABLE);
    const marked = parseCable(`\ufeff${CABLE}`);
    expect(toRecord(marked)).toEqual(toRecord(plain));
    expect(toRecord(marked).id).toBe('08ASTANA358');
    expect(marked.children).toEqual(shifted(plain.children));
    expect(marked.diagnostics).toEqual(shifted(plain.diagnostics));
    expect(marked.position).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: shifted(plain.position.end) });
    expect(marked.children[0]?.position.start).toEqual({ line: 1, column: 2, offset: 1 });
  });
  it('reads a cables.csv row and a Cablegate page after it', () => {
    for (const input of [ROW, page(CABLE)]) {
      const marked = parseCable(`\ufeff${input}`);
      expect(marked.format).toBe(parseCable(input).format);
      expect(toRecord(marked)).toEqual(toRecord(parseCable(input)));
      expect(treeProblems(`\ufeff${input}`)).toEqual([]);
    }
  });
  it('shifts positions and nothing else, whatever the text (property)', () => {
    fc.assert(
      // (One mark is not read, not two: texts that already open with one are left out.)
      fc.property(
        fc.oneof(cableSoup, mutatedCable).filter((text) => !text.startsWith('\ufeff')),
        (text) => {
          const plain = parseCable(text);
          const marked = parseCable(`\ufeff${text}`);
          // A blank input's CG900 covers all of it, the mark too.
          if (codes(plain).includes('CG900')) expect(codes(marked)).toEqual(['CG900']);
          else {
            expect(marked.children).toEqual(shifted(plain.children));
            expect(marked.diagnostics).toEqual(shifted(plain.diagnostics));
          }
          expect(treeProblems(`\ufeff${text}`, { schema: true })).toEqual([]);
        },
      ),
      { numRuns: 150, seed: 20261129 },
    );
    // 150 generated cables, each parsed twice and checked against the schema: about 100 s on a loaded 2-core
    // machine, near the two minutes every test gets; no wall clock is what this test measures.
  }, 900_000);
});

describe('parseCable on what is no string', () => {
  it('gives an empty tree and CG900 naming what it found, never throwing', () => {
    const found: Array<[unknown, string]> = [
      [null, 'null'],
      [undefined, 'undefined'],
      [42, 'number'],
      [{ text: CABLE }, 'object'],
      [new TextEncoder().encode(CABLE), 'bytes: decode them first'],
    ];
    for (const [input, named] of found) {
      const cable = parseCable(input as string);
      expect(cable.children).toEqual([]);
      expect(cable.diagnostics).toEqual([
        {
          code: 'CG900',
          severity: 'error',
          message: `Expected cable text (a string), found ${named}`,
          position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
          expected: 'a string',
          actual: named.split(':')[0],
        },
      ]);
      expect(toRecord(cable).id).toBeNull();
      expect(() => parseCableStrict(input as string)).toThrow(/^CG900: Expected cable text \(a string\)/);
    }
  });
});

describe('parseCable options', () => {
  it('reads null options as none', () => {
    expect(parseCable(CABLE, null)).toEqual(parseCable(CABLE));
    expect(codes(parseCable(CABLE, null))).not.toContain('CG903');
  });
  it('takes a real date, in ISO 8601 too', () => {
    for (const date of ['2008-02-21', '2008-02-21T09:51:00Z', '2008-02-21T09:51+03:00', '2008-02-21 09:51'])
      expect(parseCable('1. Text.', { date })).toMatchObject({ date: '2008-02-21', diagnostics: [] });
    expect(parseCable('1. Text.', { date: '2008-02-29' }).date).toBe('2008-02-29');
  });
  it('ignores and reports (CG903) each option that is not valid', () => {
    const cases: Array<[unknown, string]> = [
      ['raw', 'Expected the options to be an object like { date: "2008-02-21" }, found `raw`: it was ignored'],
      [{ date: '2007-02-29' }, 'Expected date to be a real date like 2008-02-21, found `2007-02-29`: it was ignored'],
      [{ date: '21 FEB 08' }, 'Expected date to be a real date like 2008-02-21, found `21 FEB 08`: it was ignored'],
      [{ date: '2008-13-01' }, 'Expected date to be a real date like 2008-02-21, found `2008-13-01`: it was ignored'],
      [{ date: 20080221 }, 'Expected date to be a real date like 2008-02-21, found 20080221: it was ignored'],
      [{ date: '' }, 'Expected date to be a real date like 2008-02-21, found ``: it was ignored'],
      [
        { format: 'html' },
        'Expected format to be auto or one of raw, markdown, cablegate-html, body-only, cablegate-csv, found `html`: ' +
          'it was ignored',
      ],
      [{ maxBytes: -1 }, 'Expected maxBytes to be a whole number above 0 (or Infinity), found -1: it was ignored'],
      [{ maxNodes: 1.5 }, 'Expected maxNodes to be a whole number above 0 (or Infinity), found 1.5: it was ignored'],
    ];
    for (const [options, message] of cases) {
      const cable = parseCable(CABLE, options as ParseOptions);
      expect(cable.diagnostics.filter((d) => d.code === 'CG903').map((d) => [d.severity, d.message])).toEqual([
        ['warning', message],
      ]);
      expect(cable.date).toBeNull();
      // What the options do not change is read as without them.
      expect(toRecord(cable)).toEqual({ ...toRecord(parseCable(CABLE)), diagnostics: 1 });
    }
  });
});

describe('parseCable on a cables.csv row with no text fields', () => {
  it('reports CG900 over the whole row, its start not after its end', () => {
    for (const row of ['"1","2/21/2008 9:51","08ASTANA358"\n', '"1","2/21/2008 9:51",,,,,"",""', '1,2/21/2008 9:51,']) {
      const cable = parseCable(row);
      expect(cable.format).toBe('cablegate-csv');
      expect(cable.diagnostics.map((d) => [d.code, d.position.start.offset, d.position.end.offset])).toEqual([
        ['CG900', 0, row.length],
      ]);
    }
  });
  it('gives positions whose start is never after their end, whatever fields a row lacks (property)', () => {
    const field = fc.oneof(
      fc.constantFrom('', 'UNCLAS ASTANA 000358', 'R 210951Z FEB 08\nFM AMEMBASSY ASTANA', '1. Text.\n', ' '),
      fc.string({ maxLength: 20 }),
    );
    const row = fc
      .tuple(fc.array(field, { maxLength: 8 }), fc.boolean(), fc.constantFrom('', '\n', '\r\n'))
      .map(
        ([fields, quoted, end]) =>
          ['1', '2/21/2008 9:51', ...fields]
            .map((f) => (quoted ? `"${f.replace(/["\\]/g, '\\$&')}"` : f.replace(/[",\r\n]/g, '')))
            .join(',') + end,
      );
    fc.assert(
      fc.property(row, (input) => {
        expect(treeProblems(input, { schema: true })).toEqual([]);
      }),
      { numRuns: 300, seed: 20261129 },
    );
  });
});

describe('parseCable limits', () => {
  it('are 64 MiB of input and a million nodes by default', () => {
    expect(PARSE_LIMITS).toEqual({ maxBytes: 67_108_864, maxNodes: 1_000_000 });
  });
  it('refuses an input longer than maxBytes whole (CG904), and reads one at the limit', () => {
    const cable = parseCable(CABLE, { maxBytes: CABLE.length - 1 });
    expect(cable.children).toEqual([]);
    expect(cable.position).toEqual({
      start: { line: 1, column: 1, offset: 0 },
      end: { line: 21, column: 7, offset: CABLE.length },
    });
    expect(cable.diagnostics).toEqual([
      {
        code: 'CG904',
        severity: 'error',
        message:
          `Expected an input of at most ${CABLE.length - 1} characters (maxBytes), ` +
          `found ${CABLE.length}: it was not read`,
        position: cable.position,
        expected: `at most ${CABLE.length - 1} characters`,
        actual: String(CABLE.length),
      },
    ]);
    expect(parseCable(CABLE, { maxBytes: CABLE.length })).toEqual(parseCable(CABLE));
    expect(parseCable(CABLE, { maxBytes: Number.POSITIVE_INFINITY })).toEqual(parseCable(CABLE));
  });
  it('cuts a tree at the line where it reaches maxNodes (CG905 over the rest)', () => {
    const whole = parseCable(CABLE);
    const cut = parseCable(CABLE, { maxNodes: 20 });
    const limit = cut.diagnostics.find((d) => d.code === 'CG905');
    expect(limit?.position.end).toEqual(whole.position.end);
    expect(limit?.position.start.column).toBe(1);
    expect(positioned(cut.children) + cut.diagnostics.length).toBeLessThanOrEqual(20);
    // What was read is read as in the whole text.
    const before = whole.children.filter((node) => node.position.end.offset <= (limit?.position.start.offset ?? 0));
    expect(cut.children.slice(0, before.length)).toEqual(before);
    expect(before.length).toBeGreaterThan(3);
  });
  it('cuts by lines before any table of them is built, in the input and in a rendered page', () => {
    const lines = 'x\n'.repeat(5000);
    const cable = parseCable(lines, { maxNodes: 100 });
    expect(cable.diagnostics.map((d) => [d.code, d.position.start.line, d.position.end])).toEqual([
      ['CG905', 100, { line: 5001, column: 1, offset: 10_000 }],
    ]);
    const html = parseCable(page(`UNCLAS ASTANA 000358\n\n${'1. Text.\n'.repeat(500)}`), { maxNodes: 100 });
    expect(html.format).toBe('cablegate-html');
    expect(codes(html)).toContain('CG905');
    expect(positioned(html.children)).toBeLessThanOrEqual(100);
  });
  it('cuts a line of many nodes (a TAGS line) before it', () => {
    const text = `UNCLAS ASTANA 000358\n\nTAGS: ${'PREL, '.repeat(400)}KZ\n\n1. Text.`;
    const cable = parseCable(text, { maxNodes: 50 });
    expect(cable.children.map((node) => node.type)).toEqual(['classificationLine']);
    expect(cable.diagnostics.map((d) => [d.code, d.position.start.line])).toEqual([['CG905', 3]]);
  });
  it('keeps the tree within any maxNodes, its invariants holding (property)', () => {
    fc.assert(
      fc.property(mutatedCable, fc.integer({ min: 1, max: 400 }), (text, maxNodes) => {
        const cable = parseCable(text, { maxNodes });
        // The grammar's positions are counted; the few diagnostics of the rendering and the archive, and CG905,
        // come after.
        const made = positioned(cable.children) + positioned(cable.summary) + cable.diagnostics.length;
        expect(made).toBeLessThanOrEqual(maxNodes + 6);
        expect(treeProblems(text, { parse: { maxNodes } })).toEqual([]);
      }),
      { numRuns: 100, seed: 20261129 },
    );
  });
  it('refuses or cuts as strict errors', () => {
    expect(() => parseCableStrict(CABLE, { maxBytes: 10 })).toThrow(/^CG904: /);
    expect(() => parseCableStrict(CABLE, { maxNodes: 10 })).toThrow(/^CG905: /);
  });
});
