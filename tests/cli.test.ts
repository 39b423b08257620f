/** The command line, run in-process on files written here and the bundled seed. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/node/command.js';
import { ROOT } from './helpers.js';

async function cli(argv: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    stdout: (t) => {
      out.push(t);
    },
    stderr: (t) => {
      err.push(t);
    },
    stdin: () => Buffer.from(stdin),
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const seed = join(ROOT, 'fixtures/seed/08ASTANA358.txt');
const dir = mkdtempSync(join(tmpdir(), 'cablegram-cli-'));

describe('cablegram parse', () => {
  it('prints the record of the seed', async () => {
    const { code, stdout } = await cli(['parse', seed]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ id: '08ASTANA358', signers: ['ORDWAY'] });
  });
  it('prints the tree with --tree, and NDJSON for several files', async () => {
    const { code, stdout } = await cli(['parse', seed, seed, '--tree']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1] as string)).toMatchObject({ type: 'cable', format: 'markdown' });
  });
  it('reads standard input for -', async () => {
    const { code, stdout } = await cli(['parse', '-', '--date', '2008-02-21'], 'UNCLAS ASTANA 000358\n');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).id).toBe('08ASTANA358');
  });
  it('names a missing file and exits 2, going on with the others', async () => {
    const { code, stdout, stderr } = await cli(['parse', join(dir, 'nope.txt'), seed]);
    expect(code).toBe(2);
    expect(stderr).toBe(`cablegram: ${join(dir, 'nope.txt')}: cannot read: no such file\n`);
    expect(JSON.parse(stdout).id).toBe('08ASTANA358');
  });
  it('refuses a binary file and a directory with exit 2', async () => {
    const binary = join(dir, 'blob.bin');
    writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]));
    expect(await cli(['parse', binary])).toMatchObject({
      code: 2,
      stderr: `cablegram: ${binary}: not a cable: binary content (NUL bytes)\n`,
    });
    expect(await cli(['parse', dir])).toMatchObject({
      code: 2,
      stderr: `cablegram: ${dir}: cannot read: is a directory\n`,
    });
  });
  it('stops at the first error under --strict with file:line:column and exit 1', async () => {
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, 'FM AMEMBASSY ASTANA\nR 321299Z FEB 08\n');
    const { code, stderr } = await cli(['parse', bad, '--strict']);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:1: CG101: Expected a DTG like`),
    );
  });
  it('explains its usage on a wrong command or option, exit 2', async () => {
    expect(await cli(['frobnicate', seed])).toMatchObject({ code: 2 });
    expect(await cli(['parse'])).toMatchObject({ code: 2 });
    expect((await cli(['parse', seed, '--nope'])).code).toBe(2);
    expect(await cli(['--help'])).toMatchObject({ code: 0 });
  });
  it('decodes invalid UTF-8 with replacement characters and reports CG902', async () => {
    const bad = join(dir, 'latin1.txt');
    writeFileSync(bad, Buffer.concat([Buffer.from('1. Caf'), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]));
    const { code, stdout } = await cli(['parse', bad, '--tree']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).diagnostics.map((d: { code: string }) => d.code)).toEqual(['CG902']);
  });
  it('refuses an empty file and an empty standard input with exit 2', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '  \n');
    expect(await cli(['parse', empty])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `cablegram: ${empty}: no cable text: empty file\n`,
    });
    expect(await cli(['parse', '-'], '')).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'cablegram: -: no cable text: standard input was empty\n',
    });
  });
  it('refuses a 100 MB file: over the 64 MiB limit (CG904)', async () => {
    const big = join(dir, 'big.txt');
    const seedText = readFileSync(seed, 'utf8');
    writeFileSync(big, `${seedText}\n\n`.repeat(Math.ceil(100e6 / (seedText.length + 2))));
    const { code, stdout } = await cli(['parse', big, '--tree']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).diagnostics.map((d: { code: string }) => d.code)).toEqual(['CG904']);
  }, 120_000);
});

describe('cablegram extract', () => {
  it('prints the mentions of the seed as JSON', async () => {
    const { code, stdout } = await cli(['extract', seed, '--json']);
    expect(code).toBe(0);
    const found = JSON.parse(stdout);
    expect(
      found.quantities.some((q: { text: string; unit: string }) => q.text === '23.479 metric tons' && q.unit === 't'),
    ).toBe(true);
    expect(
      found.dates.some((d: { text: string; value: string }) => d.text === 'December 12' && d.value === '2007-12-12'),
    ).toBe(true);
  });
  it('highlights the text on a terminal, with a legend', async () => {
    const out: string[] = [];
    const code = await runCli(['extract', seed], {
      stdout: (t) => void out.push(t),
      stderr: () => {},
      stdin: () => Buffer.alloc(0),
      stdoutIsTTY: true,
    });
    expect(code).toBe(0);
    expect(out.join('')).toContain('\u001b[33m23.479 metric tons\u001b[0m');
    expect(out.join('')).toContain('quantity');
  });
});

describe('the cablegram executable', () => {
  // Bundled from source here, so that the test needs no prior build.
  const bundle = join(dir, 'cli.mjs');
  buildSync({
    entryPoints: [join(ROOT, 'src/cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    logLevel: 'silent',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });

  it('ends quietly when its output pipe closes early (| head)', async () => {
    const files = Array.from({ length: 300 }, () => JSON.stringify(seed)).join(' ');
    const result = spawnSync(
      'bash',
      ['-c', `set -o pipefail; node ${JSON.stringify(bundle)} parse ${files} | head -c 100 > /dev/null`],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
  it('exits 2 with a one-line message for a missing file', async () => {
    const result = spawnSync('node', [bundle, 'parse', join(dir, 'nope.txt')], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`cablegram: ${join(dir, 'nope.txt')}: cannot read: no such file\n`);
  });
});
