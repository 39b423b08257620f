/**
 * Every `fixtures/**\/*.txt` against the `.json` beside it: the whole tree, its diagnostics and the
 * record. A missing `.json` fails; `npm run fixtures:update` writes them for review in the diff.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCable, toRecord } from '../src/index.js';
import { ROOT } from './helpers.js';

const FIXTURES = join(ROOT, 'fixtures');
const update = process.env.UPDATE_FIXTURES === '1';

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return name.endsWith('.txt') ? [path] : [];
  });
}

describe('fixtures', () => {
  const files = textFiles(FIXTURES);
  it('has fixtures', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    it(`matches ${relative(ROOT, file)}`, () => {
      const cable = parseCable(readFileSync(file, 'utf8'));
      const actual = { tree: cable, record: toRecord(cable) };
      const expectedFile = file.replace(/\.txt$/, '.json');
      if (update) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      expect(
        existsSync(expectedFile),
        `missing ${relative(ROOT, expectedFile)}: run npm run fixtures:update and review it`,
      ).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
