/**
 * Tree invariants over the fixtures and every file of ../shared/corpus: parsing never throws,
 * positions agree with the text (line/column match the offset), children lie inside their
 * parents in order and do not overlap, every non-blank character lies inside a node below the
 * root, the schema accepts the tree, and the tree is plain JSON.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeShared, ROOT, SHARED } from './helpers.js';
import { treeProblems } from './tree-check.js';

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

const problems = (input: string) => treeProblems(input);

describe('invariants on the fixtures', () => {
  for (const file of files(join(ROOT, 'fixtures'), /\.txt$/)) {
    it(`hold for ${relative(ROOT, file)}`, () => {
      expect(problems(readFileSync(file, 'utf8'))).toEqual([]);
    });
  }
  it('hold for inputs written to break things', () => {
    for (const input of [
      '',
      ' \n\t\n',
      'TAGS:',
      'REF:',
      '1.',
      '¶',
      '-----',
      'TO',
      'R 210951Z FEB 08\r\nFM X\r\n',
      '\u0000\u0001',
      'A'.repeat(5000),
    ]) {
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
