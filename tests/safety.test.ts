/**
 * What the library never does, checked on its source: no `eval` or `new Function`, no network
 * modules or `fetch`, no file writes but the `--out` file the user names (through a temporary file beside it).
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
];

/** File writes, renames and removals of any kind. */
const WRITES = new RegExp(
  `\\b(?:${[
    'writeFile',
    'appendFile',
    'mkdir',
    'rm',
    'unlink',
    'rename',
    'copyFile',
    'truncate',
    'symlink',
    'link',
    'chmod',
  ]
    .map((name) => `${name}|${name}Sync`)
    .join('|')}|createWriteStream)\\s*\\(`,
  'g',
);

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
  it('writes files in one module only, the --out writer', () => {
    const writers = files
      .filter((file) => readFileSync(file, 'utf8').match(WRITES) !== null)
      .map((file) => relative(ROOT, file));
    expect(writers).toEqual(['src/node/output.ts']);
  });
  it('writes a file only where the user named it (--out): a device in place, else a temporary file beside it', () => {
    const text = readFileSync(join(ROOT, 'src/node/output.ts'), 'utf8');
    expect(text.match(WRITES)).toEqual(['createWriteStream(', 'createWriteStream(', 'unlinkSync(', 'renameSync(']);
    expect(text.match(/(?:createWriteStream|unlinkSync|renameSync)\([^,)]*[,)]/g)).toEqual([
      'createWriteStream(path)',
      'createWriteStream(temp,',
      'unlinkSync(temp)',
      'renameSync(temp,',
    ]);
    // The temporary file: beside the --out path, named after it, opened only if it does not exist.
    expect(text).toMatch(/const temp = join\(dirname\(path\), `\.\$\{basename\(path\)\}\./);
    expect(text).toContain("createWriteStream(temp, { flags: 'wx'");
    expect(text).toContain('renameSync(temp, path)');
  });
});
