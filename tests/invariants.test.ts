/**
 * Tree invariants over the fixtures and every file of ../shared/corpus: parsing never throws,
 * positions agree with the text (line/column match the offset), children lie inside their
 * parents in order and do not overlap, every non-blank character lies inside a node below the
 * root, the schema accepts the tree, and the tree is plain JSON.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cable, parseCable, toRecord, type Position } from '../src/index.js';
import { describeShared, positionOf, ROOT, SHARED } from './helpers.js';

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

type AnyNode = { type: string; position: Position; children?: AnyNode[] };

/** Checks the invariants of one input's tree; returns the problems found. */
function problems(input: string): string[] {
  const found: string[] = [];
  const cable = parseCable(input);
  const schema = Cable.safeParse(cable);
  if (!schema.success) found.push(`schema: ${schema.error.message.slice(0, 300)}`);
  if (JSON.stringify(JSON.parse(JSON.stringify(cable))) !== JSON.stringify(cable)) found.push('not plain JSON');
  const covered = new Uint8Array(input.length);
  const check = (node: AnyNode, parent: Position | null, depth: number) => {
    const { start, end } = node.position;
    const expected = positionOf(input, start.offset, end.offset);
    if (JSON.stringify(expected) !== JSON.stringify(node.position)) found.push(`${node.type}: position ${JSON.stringify(node.position)} != ${JSON.stringify(expected)}`);
    if (start.offset > end.offset) found.push(`${node.type}: start after end`);
    if (parent && (start.offset < parent.start.offset || end.offset > parent.end.offset)) found.push(`${node.type} at ${start.offset} outside its parent`);
    if (depth >= 1) covered.fill(1, start.offset, end.offset);
    let last = -1;
    for (const child of node.children ?? []) {
      if (child.position.start.offset < last) found.push(`${child.type} at ${child.position.start.offset} overlaps or precedes its sibling`);
      last = child.position.end.offset;
      check(child, node.position, depth + 1);
    }
  };
  check(cable as AnyNode, null, 0);
  for (let i = 0; i < input.length; i++) {
    if (!covered[i] && !/\s/.test(input[i] as string)) {
      found.push(`character ${JSON.stringify(input.slice(i, i + 20))} at ${i} lies in no node`);
      break;
    }
  }
  toRecord(cable);
  return found;
}

describe('invariants on the fixtures', () => {
  for (const file of files(join(ROOT, 'fixtures'), /\.txt$/)) {
    it(`hold for ${relative(ROOT, file)}`, () => {
      expect(problems(readFileSync(file, 'utf8'))).toEqual([]);
    });
  }
  it('hold for inputs written to break things', () => {
    for (const input of ['', ' \n\t\n', 'TAGS:', 'REF:', '1.', '¶', '-----', 'TO', 'R 210951Z FEB 08\r\nFM X\r\n', '\u0000\u0001', 'A'.repeat(5000)]) {
      expect(problems(input)).toEqual([]);
    }
  });
});

describeShared('invariants on ../shared/corpus', () => {
  const corpus = files(join(SHARED, 'corpus'), /\.(txt|html|md)$/);
  it('finds the corpus', () => {
    expect(corpus.length).toBeGreaterThan(100);
  });
  for (const file of corpus) {
    it(`hold for ${relative(SHARED, file)}`, () => {
      expect(problems(readFileSync(file, 'utf8'))).toEqual([]);
    });
  }
});
