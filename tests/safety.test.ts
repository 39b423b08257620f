/**
 * What the library never does, checked on its source: no `eval` or `new Function`, no network
 * modules or `fetch`, no file writes but the `--out` file the user names.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

const FORBIDDEN: Array<[string, RegExp]> = [
  ['eval', /\beval\s*\(/],
  ['new Function', /\bnew\s+Function\b/],
  ['network modules', /from\s+['"](?:node:)?(?:http|https|http2|net|dgram|dns|tls)['"]/],
  ['fetch', /\bfetch\s*\(/],
  [
    'file writes but --out',
    /\b(?:writeFile|writeFileSync|appendFile|appendFileSync|mkdir|mkdirSync|rm|rmSync|unlink|unlinkSync)\s*\(/,
  ],
];

describe('the source', () => {
  const files = sources(join(ROOT, 'src'));
  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });
  for (const [what, pattern] of FORBIDDEN) {
    it(`uses no ${what}`, () => {
      expect(
        files.filter((file) => pattern.test(readFileSync(file, 'utf8'))).map((file) => relative(ROOT, file)),
      ).toEqual([]);
    });
  }
  it('writes a file only where the user named it (--out)', () => {
    const writers = files
      .filter((file) => /\bcreateWriteStream\s*\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(writers).toEqual(['src/node/command.ts']);
    expect(readFileSync(join(ROOT, 'src/node/command.ts'), 'utf8').match(/createWriteStream\(([^)]*)\)/g)).toEqual([
      'createWriteStream(values.out)',
    ]);
  });
});
