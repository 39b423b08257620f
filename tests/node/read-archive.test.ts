/** readArchive and the batch commands on an archive written here: files, a page, cables.csv rows, a binary file. */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { toRecord, type Cable } from '../../src/index.js';
import { readArchive } from '../../src/node/read-archive.js';
import { runCli } from '../../src/node/command.js';
import { ROOT } from '../helpers.js';

const seed = readFileSync(join(ROOT, 'fixtures/seed/08ASTANA358.txt'), 'utf8');
/** A cables.csv row of our own in the file's shape. */
const row = (n: number, serial: number) =>
  `"${n}","2/21/2008 9:51","08ASTANA${serial}","Embassy Astana","UNCLASSIFIED","","R 210951Z FEB 08\nFM ` +
  `AMEMBASSY ASTANA","UNCLAS ASTANA ${String(serial).padStart(6, '0')}\n\nSUBJECT: ROW ${n}, ` +
  `WITH \\"QUOTES\\"\n\n1. Text, with a comma.\n"\n`;
const CSV = row(1, 358) + row(2, 359) + row(3, 360);

const dir = mkdtempSync(join(tmpdir(), 'cablegram-archive-'));
mkdirSync(join(dir, 'b'));
writeFileSync(join(dir, 'a-seed.txt'), seed);
writeFileSync(join(dir, 'b', 'cables.csv'), CSV);
writeFileSync(join(dir, 'b', 'broken.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 0]));
writeFileSync(
  join(dir, 'c-page.html'),
  `<html><table class='cable'><tr><td>08ASTANA361</td><td>2008-02-21 09:51</td></tr></table><code><pre>UNCLAS ` +
    `ASTANA 000361&#x000A;&#x000A;1. Page text.</pre></code></html>`,
);
writeFileSync(join(dir, 'd-image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]));

async function collect(input: string | Readable, jobs = 1): Promise<Cable[]> {
  const cables: Cable[] = [];
  for await (const cable of readArchive(input, { jobs })) cables.push(cable);
  return cables;
}

describe('readArchive', () => {
  it('reads a directory recursively in name order, CSV rows one by one, a binary file as CG930', async () => {
    const cables = await collect(dir);
    expect(
      cables.map((c) => [
        c.source?.file?.slice(dir.length + 1),
        c.source?.row,
        toRecord(c).id,
        c.diagnostics.map((d) => d.code),
      ]),
    ).toEqual([
      ['a-seed.txt', null, '08ASTANA358', ['CG401', 'CG401', 'CG401', 'CG401']],
      ['b/broken.txt', null, null, ['CG930']],
      ['b/cables.csv', 1, '08ASTANA358', []],
      ['b/cables.csv', 2, '08ASTANA359', []],
      ['b/cables.csv', 3, '08ASTANA360', []],
      ['c-page.html', null, '08ASTANA361', []],
    ]);
    expect(toRecord(cables[3] as Cable).subject).toBe('ROW 2, WITH "QUOTES"');
    expect(cables[1]?.diagnostics[0]?.message).toBe(
      `Expected a readable cable in ${join(dir, 'b/broken.txt')}, found binary content (NUL bytes)`,
    );
  });
  it('reads a cables.csv stream, and reports where a truncated one breaks off', async () => {
    const truncated = CSV.slice(0, CSV.lastIndexOf('1. Text'));
    const cables = await collect(Readable.from([truncated.slice(0, 100), truncated.slice(100)]));
    expect(cables.map((c) => [c.source?.row, c.format, toRecord(c).id, c.diagnostics.map((d) => d.code)])).toEqual([
      [1, 'cablegate-csv', '08ASTANA358', []],
      [2, 'cablegate-csv', '08ASTANA359', []],
      [3, 'cablegate-csv', null, ['CG930']],
    ]);
  });
  it('reads a stream that is no CSV as one cable', async () => {
    const cables = await collect(Readable.from([seed.slice(0, 50), seed.slice(50)]));
    expect(cables.map((c) => toRecord(c).id)).toEqual(['08ASTANA358']);
  });
  it('reports a missing path', async () => {
    const cables = await collect(join(dir, 'nope'));
    expect(cables.map((c) => c.diagnostics.map((d) => d.code))).toEqual([['CG930']]);
  });
  it('keeps input order on worker threads', async () => {
    // Bundled from source (no prior build needed): the library and its worker side by side.
    const out = mkdtempSync(join(tmpdir(), 'cablegram-workers-'));
    buildSync({
      entryPoints: { node: join(ROOT, 'src/node/index.ts'), worker: join(ROOT, 'src/node/worker.ts') },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outdir: out,
      outExtension: { '.js': '.mjs' },
      logLevel: 'silent',
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    });
    writeFileSync(join(out, 'worker.js'), "import './worker.mjs';\n");
    const built = (await import(join(out, 'node.mjs'))) as { readArchive: typeof readArchive };
    const many = join(out, 'many.csv');
    writeFileSync(many, Array.from({ length: 200 }, (_, k) => row(k + 1, 1000 + k)).join(''));
    const ids = async (jobs: number) => {
      const found: Array<string | null> = [];
      for await (const cable of built.readArchive(many, { jobs })) found.push(toRecord(cable).id);
      return found;
    };
    const expected = Array.from({ length: 200 }, (_, k) => `08ASTANA${1000 + k}`);
    expect(await ids(1)).toEqual(expected);
    expect(await ids(3)).toEqual(expected);
  });
});

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stdin: () => Buffer.alloc(0),
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('cablegram records and stats', () => {
  it('writes NDJSON records, reports the bad file and exits 2', async () => {
    const { code, stdout, stderr } = await cli(['records', dir]);
    expect(code).toBe(2);
    expect(stderr).toBe(`cablegram: ${join(dir, 'b/broken.txt')}: binary content (NUL bytes)\n`);
    const records = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.map((r) => [r.id, r.source.row])).toEqual([
      ['08ASTANA358', null],
      ['08ASTANA358', 1],
      ['08ASTANA359', 2],
      ['08ASTANA360', 3],
      ['08ASTANA361', null],
    ]);
  });
  it('writes CSV with lists joined by | and dotted columns, and JSON', async () => {
    const csv = (await cli(['records', join(dir, 'a-seed.txt'), '--format', 'csv'])).stdout.split('\n');
    const header = (csv[0] as string).split(',');
    expect(header).toContain('executiveOrder.raw');
    expect(header).toContain('section.number');
    const values = csv[1] as string;
    expect(values).toContain(',SNAR|ASEC|PREL|KCOR|KCRM|KZ,');
    expect(values).toContain(',SECSTATE WASHDC,');
    const json = JSON.parse((await cli(['records', join(dir, 'b', 'cables.csv'), '--format', 'json'])).stdout);
    expect(json.map((r: { id: string }) => r.id)).toEqual(['08ASTANA358', '08ASTANA359', '08ASTANA360']);
  });
  it('writes to --out, and refuses bad options', async () => {
    const out = join(dir, 'out.ndjson');
    expect((await cli(['records', join(dir, 'b', 'cables.csv'), '--out', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(3);
    expect(await cli(['records', dir, '--format', 'xml'])).toMatchObject({
      code: 2,
      stderr: "cablegram: --format takes ndjson, csv or json, not 'xml'\n",
    });
    expect(await cli(['records', dir, '--jobs', '0'])).toMatchObject({ code: 2 });
    expect(await cli(['records', dir, '--out', join(dir, 'no-such-dir', 'x')])).toMatchObject({ code: 2 });
  });
  it('says so when a directory holds no cables, exit 2', async () => {
    const none = mkdtempSync(join(tmpdir(), 'cablegram-empty-'));
    writeFileSync(join(none, 'notes.png'), Buffer.from([1, 2, 3]));
    expect(await cli(['records', none])).toEqual({
      code: 2,
      stdout: '',
      stderr: `cablegram: ${none}: no cables (no .txt, .html, .htm, .md or .csv files with text)\n`,
    });
    expect((await cli(['stats', none, '--json'])).code).toBe(2);
  });
  it('counts coverage and diagnostics with stats --json', async () => {
    const { stdout } = await cli(['stats', dir, '--json']);
    const stats = JSON.parse(stdout);
    expect(stats).toMatchObject({ cables: 6, failed: 1, diagnostics: { CG401: 4, CG930: 1 } });
    expect(stats.coverage.id).toBeCloseTo(5 / 6, 3);
    expect(stats.coverage.signers).toBeCloseTo(1 / 6, 3);
    expect(stats.slowest).toHaveLength(5);
  });
});
