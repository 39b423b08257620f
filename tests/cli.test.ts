/** The command line, run in-process on files written here and the bundled seed. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/node/command.js';
import { ROOT } from './helpers.js';

function cli(argv: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), stdin: () => Buffer.from(stdin) });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const seed = join(ROOT, 'fixtures/seed/08ASTANA358.txt');
const dir = mkdtempSync(join(tmpdir(), 'cablegram-cli-'));

describe('cablegram parse', () => {
  it('prints the record of the seed', () => {
    const { code, stdout } = cli(['parse', seed]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ id: '08ASTANA358', signers: ['ORDWAY'] });
  });
  it('prints the tree with --tree, and NDJSON for several files', () => {
    const { code, stdout } = cli(['parse', seed, seed, '--tree']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1] as string)).toMatchObject({ type: 'cable', format: 'markdown' });
  });
  it('reads standard input for -', () => {
    const { code, stdout } = cli(['parse', '-', '--date', '2008-02-21'], 'UNCLAS ASTANA 000358\n');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).id).toBe('08ASTANA358');
  });
  it('names a missing file and exits 2, going on with the others', () => {
    const { code, stdout, stderr } = cli(['parse', join(dir, 'nope.txt'), seed]);
    expect(code).toBe(2);
    expect(stderr).toBe(`cablegram: ${join(dir, 'nope.txt')}: cannot read: no such file\n`);
    expect(JSON.parse(stdout).id).toBe('08ASTANA358');
  });
  it('refuses a binary file and a directory with exit 2', () => {
    const binary = join(dir, 'blob.bin');
    writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]));
    expect(cli(['parse', binary])).toMatchObject({ code: 2, stderr: `cablegram: ${binary}: not a cable: binary content (NUL bytes)\n` });
    expect(cli(['parse', dir])).toMatchObject({ code: 2, stderr: `cablegram: ${dir}: cannot read: is a directory\n` });
  });
  it('stops at the first error under --strict with file:line:column and exit 1', () => {
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, 'FM AMEMBASSY ASTANA\nR 321299Z FEB 08\n');
    const { code, stderr } = cli(['parse', bad, '--strict']);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:1: CG101: Expected a DTG like`));
  });
  it('explains its usage on a wrong command or option, exit 2', () => {
    expect(cli(['frobnicate', seed])).toMatchObject({ code: 2 });
    expect(cli(['parse'])).toMatchObject({ code: 2 });
    expect(cli(['parse', seed, '--nope']).code).toBe(2);
    expect(cli(['--help'])).toMatchObject({ code: 0 });
  });
});
