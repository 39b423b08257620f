/**
 * readArchive and the batch commands on archives written here: files, a page, cables.csv rows, a binary file;
 * rows with mixed line ends, a header row, a NUL, a truncated end; symbolic links, FIFOs and devices; a row that
 * stops its worker; and the same output on one thread and on two (a property).
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cable, parseCable, toRecord } from '../../src/index.js';
import { runCli } from '../../src/node/command.js';
import { readArchive } from '../../src/node/read-archive.js';
import { ROOT } from '../helpers.js';
import { bundledNode } from './bundle.js';

const seed = readFileSync(join(ROOT, 'fixtures/seed/08ASTANA358.txt'), 'utf8');
/** A cables.csv row of our own in the file's shape. */
const row = (n: number, serial: number) =>
  `"${n}","2/21/2008 9:51","08ASTANA${serial}","Embassy Astana","UNCLASSIFIED","","R 210951Z FEB 08\nFM ` +
  `AMEMBASSY ASTANA","UNCLAS ASTANA ${String(serial).padStart(6, '0')}\n\nSUBJECT: ROW ${n}, ` +
  `WITH \\"QUOTES\\"\n\n1. Text, with a comma.\n"\n`;
const CSV = row(1, 358) + row(2, 359) + row(3, 360);

const dir = mkdtempSync(join(tmpdir(), 'cablegram-archive-'));
/** Where the tests write their own archives (the one above stays as it is). */
const work = mkdtempSync(join(tmpdir(), 'cablegram-work-'));
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
  it('reads a cables.csv stream, and reads a truncated last row as far as it goes (CG920)', async () => {
    const truncated = CSV.slice(0, CSV.lastIndexOf('1. Text'));
    const cables = await collect(Readable.from([truncated.slice(0, 100), truncated.slice(100)]));
    expect(cables.map((c) => [c.source?.row, c.format, toRecord(c).id, c.diagnostics.map((d) => d.code)])).toEqual([
      [1, 'cablegate-csv', '08ASTANA358', []],
      [2, 'cablegate-csv', '08ASTANA359', []],
      [3, 'cablegate-csv', '08ASTANA360', ['CG920']],
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
  it('keeps input order on worker threads', { timeout: 120_000 }, async () => {
    const built = await bundledNode();
    const many = join(work, 'many.csv');
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

/** The rows, ids and diagnostic codes of an archive's cables. */
const shapeOf = (cables: Cable[]) =>
  cables.map((c) => [c.source?.row, toRecord(c).id, c.diagnostics.map((d) => d.code)]);

describe('readArchive keeps every row', () => {
  const rows = (count: number, end: (k: number) => string) =>
    Array.from({ length: count }, (_, k) => row(k + 1, 1000 + k).replace(/\n$/, end(k))).join('');
  it('reads rows ending in \\n, \\r\\n and \\r, mixed, one cable each (1,780 rows in, 1,780 out)', async () => {
    const mixed = join(work, 'mixed.csv');
    writeFileSync(
      mixed,
      rows(1780, (k) => ['\n', '\r\n', '\r'][k % 3] as string),
    );
    const cables = await collect(mixed);
    expect(cables).toHaveLength(1780);
    expect(cables.map((c) => toRecord(c).id)).toEqual(Array.from({ length: 1780 }, (_, k) => `08ASTANA${1000 + k}`));
    expect(cables.every((c) => c.diagnostics.length === 0)).toBe(true);
  });
  it('reads a header row as a header, from a file as from a stream', async () => {
    const text = `id,date,refid,origin,classification,references,header,content\r\n${rows(3, () => '\r\n')}`;
    const file = join(work, 'headed.csv');
    writeFileSync(file, text);
    const fromFile = shapeOf(await collect(file));
    expect(fromFile).toEqual([
      [1, '08ASTANA1000', []],
      [2, '08ASTANA1001', []],
      [3, '08ASTANA1002', []],
    ]);
    expect(shapeOf(await collect(Readable.from([Buffer.from(text)])))).toEqual(fromFile);
  });
  it('reads a cables.csv with a NUL in its first 8 KB (CG901 for that row), not refusing it whole', async () => {
    const file = join(work, 'nul.csv');
    writeFileSync(file, rows(3, () => '\n').replace('Text, with a comma.', 'Text\u0000 with a NUL.'));
    expect(shapeOf(await collect(file))).toEqual([
      [1, '08ASTANA1000', ['CG901']],
      [2, '08ASTANA1001', []],
      [3, '08ASTANA1002', []],
    ]);
  });
  it('reports a file over maxBytes without reading it, and a device or FIFO without opening it', async () => {
    const fifo = join(work, 'fifo.txt');
    execFileSync('mkfifo', [fifo]);
    const cables = [
      ...(await collect(join(dir, 'a-seed.txt'), 1)),
      ...(await collect('/dev/zero')),
      ...(await collect(fifo)),
    ];
    expect(cables.map((c) => c.diagnostics.map((d) => (d.code === 'CG930' ? d.actual : d.code)))).toEqual([
      ['CG401', 'CG401', 'CG401', 'CG401'],
      ['a character device, not a regular file'],
      ['a FIFO, not a regular file'],
    ]);
    const small: Cable[] = [];
    for await (const cable of readArchive(join(dir, 'a-seed.txt'), { maxBytes: 1000 })) small.push(cable);
    expect(small[0]?.diagnostics[0]?.actual).toBe(
      `a file of ${Buffer.byteLength(seed)} bytes, over the limit of 1000 (maxBytes)`,
    );
  });
  it('follows symbolic links in a directory, and reports the ones it cannot read (never a silent skip)', async () => {
    const linked = mkdtempSync(join(tmpdir(), 'cablegram-links-'));
    const outside = mkdtempSync(join(tmpdir(), 'cablegram-outside-'));
    writeFileSync(join(outside, 'seed.txt'), seed);
    mkdirSync(join(outside, 'more'));
    writeFileSync(join(outside, 'more', 'row.csv'), row(1, 362));
    symlinkSync(join(outside, 'seed.txt'), join(linked, 'a-link.txt'));
    symlinkSync(join(outside, 'more'), join(linked, 'b-dir'));
    symlinkSync(join(outside, 'gone.txt'), join(linked, 'c-broken.txt'));
    symlinkSync(linked, join(linked, 'd-loop'));
    execFileSync('mkfifo', [join(linked, 'e-fifo.txt')]);
    symlinkSync(join(outside, 'seed.txt'), join(linked, 'f-link.png'));
    // The directory b-dir stands for, reached again: reported, not read twice.
    symlinkSync(join(outside, 'more'), join(linked, 'g-same'));
    const cables = await collect(linked);
    expect(
      cables.map((c) => [
        c.source?.file?.slice(linked.length + 1),
        toRecord(c).id,
        c.diagnostics.find((d) => d.code === 'CG930')?.actual,
      ]),
    ).toEqual([
      ['a-link.txt', '08ASTANA358', undefined],
      ['b-dir/row.csv', '08ASTANA362', undefined],
      ['c-broken.txt', null, 'a broken symbolic link'],
      ['d-loop', null, `a directory read already (${linked}): a loop of links, or a link to it`],
      ['e-fifo.txt', null, 'a FIFO, not a regular file'],
      ['g-same', null, `a directory read already (${join(outside, 'more')}): a loop of links, or a link to it`],
    ]);
  });
});

describe('readArchive on worker threads', () => {
  it('loses only a truncated last row with jobs 2, and names its row', { timeout: 120_000 }, async () => {
    const built = await bundledNode();
    const text = Array.from({ length: 40 }, (_, k) => row(k + 1, 1000 + k)).join('');
    const file = join(work, 'cut.csv');
    writeFileSync(file, text.slice(0, text.lastIndexOf('1. Text')));
    const cables: Cable[] = [];
    for await (const cable of built.readArchive(file, { jobs: 2 })) cables.push(cable);
    expect(cables).toHaveLength(40);
    expect(cables.slice(0, 39).every((c) => c.diagnostics.length === 0)).toBe(true);
    expect(shapeOf(cables.slice(39))).toEqual([[40, '08ASTANA1039', ['CG920']]]);
  });
  it('costs a row that stops its worker (out of memory) that row alone, a CG930 cable, and goes on', {
    timeout: 120_000,
  }, async () => {
    const built = await bundledNode();
    const rows = Array.from({ length: 30 }, (_, k) => row(k + 1, 1000 + k));
    // Row 7: 400,000 short lines, some 80 MB of tree: more than a worker of 32 MB holds.
    rows[6] = (rows[6] as string).replace('1. Text, with a comma.', 'x\n'.repeat(400_000));
    const file = join(work, 'heavy.csv');
    writeFileSync(file, rows.join(''));
    const cables: Cable[] = [];
    for await (const cable of built.readArchive(file, { jobs: 2, workerMemoryMb: 32 })) cables.push(cable);
    expect(cables.map((c) => toRecord(c).id)).toEqual(
      Array.from({ length: 30 }, (_, k) => (k === 6 ? null : `08ASTANA${1000 + k}`)),
    );
    expect(cables[6]?.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        'CG930',
        `Expected a readable cable in ${file} row 7, found a cable that exhausted the memory of the worker parsing ` +
          'it (workerMemoryMb)',
      ],
    ]);
  });
  it('reads a cables.csv in small pieces on two workers as on one thread: rows numbered on, a row too long named', {
    timeout: 120_000,
  }, async () => {
    const built = await bundledNode();
    const ends = ['\n', '\r\n', '\r'];
    const rows = Array.from({ length: 60 }, (_, k) =>
      row(k + 1, 3000 + k)
        .replace('1. Text, with a comma.', k === 29 ? '1. Long.\n'.repeat(600) : '1. Text.')
        .replace(/\n$/, ends[k % 3] as string),
    );
    const file = join(work, 'pieces.csv');
    writeFileSync(file, rows.join('').slice(0, -20));
    const read = async (jobs: number, pieceBytes?: number) => {
      const found: Cable[] = [];
      for await (const cable of built.readArchive(file, { jobs, maxBytes: 4000, pieceBytes })) {
        found.push({ ...cable, source: { file: cable.source?.file ?? null, row: cable.source?.row ?? null, ms: 0 } });
      }
      return found;
    };
    const one = await read(1);
    expect(one).toHaveLength(60);
    expect(one[29]?.diagnostics.map((d) => d.message)).toEqual([
      `Expected a readable cable in ${file} row 30, found the row is longer than 4000 characters (maxBytes): a quote ` +
        'that never closes?',
    ]);
    for (const pieceBytes of [64, 700, undefined]) expect(await read(2, pieceBytes)).toEqual(one);
  });
  it('gives the same cables on one thread and on two, whatever the archive (property)', {
    timeout: 300_000,
  }, async () => {
    const built = await bundledNode();
    const body = fc.constantFrom('1. Text.', '1. Text\\" with \\"quotes\\".', 'x\n', '', 'TAGS: PREL\n\n1. Text.');
    const archive = fc.array(fc.record({ body, end: fc.constantFrom('\n', '\r\n', '\r'), cut: fc.boolean() }), {
      minLength: 1,
      maxLength: 30,
    });
    let k = 0;
    await fc.assert(
      fc.asyncProperty(archive, async (rows) => {
        const text = rows
          .map((r, n) =>
            row(n + 1, 2000 + n)
              .replace('1. Text, with a comma.', r.body)
              .replace(/\n$/, r.end),
          )
          .join('');
        const last = rows.at(-1);
        const file = join(work, `same-${k++}.csv`);
        writeFileSync(file, last?.cut ? text.slice(0, -12) : text);
        const read = async (jobs: number) => {
          const found: unknown[] = [];
          for await (const cable of built.readArchive(file, { jobs })) {
            found.push({ ...cable, source: { ...cable.source, ms: 0 } });
          }
          return found;
        };
        const one = await read(1);
        expect(one).toHaveLength(rows.length);
        expect(await read(2)).toEqual(one);
      }),
      { numRuns: 12, seed: 20261129 },
    );
  });
});

async function cli(argv: string[], stdin?: () => NodeJS.ReadableStream) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stdin: () => Buffer.alloc(0),
    ...(stdin ? { stdinStream: stdin } : {}),
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('cablegram records and stats', () => {
  it('writes NDJSON records, one for the bad file too, reports it and exits 2', async () => {
    const { code, stdout, stderr } = await cli(['records', dir]);
    expect(code).toBe(2);
    expect(stderr).toBe(`cablegram: ${join(dir, 'b/broken.txt')}: binary content (NUL bytes)\n`);
    const records = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.map((r) => [r.id, r.source.file.slice(dir.length + 1), r.source.row])).toEqual([
      ['08ASTANA358', 'a-seed.txt', null],
      [null, 'b/broken.txt', null],
      ['08ASTANA358', 'b/cables.csv', 1],
      ['08ASTANA359', 'b/cables.csv', 2],
      ['08ASTANA360', 'b/cables.csv', 3],
      ['08ASTANA361', 'c-page.html', null],
    ]);
    expect(records[1]).toMatchObject({ subject: null, paragraphs: [], diagnostics: 1 });
    // Each record as parse gives it (the output's --format is no option of the parser).
    expect(records[0]).toEqual({ ...toRecord(parseCable(seed)), source: { file: join(dir, 'a-seed.txt'), row: null } });
    const csv = (await cli(['records', join(dir, 'a-seed.txt'), '--format', 'csv'])).stdout;
    expect(csv.endsWith(`,0,${join(dir, 'a-seed.txt')},\n`)).toBe(true);
    const json = (await cli(['records', join(dir, 'a-seed.txt'), '--format', 'json'])).stdout;
    expect(JSON.parse(json)[0].diagnostics).toBe(0);
  });
  it('reads a cables.csv with a header row from standard input as from the file', async () => {
    const file = join(work, 'headed-cli.csv');
    writeFileSync(file, `id,date,refid,origin,classification,references,header,content\n${CSV}`);
    const fromFile = await cli(['records', file]);
    const fromStdin = await cli(['records', '-'], () => createReadStream(file));
    const ids = (out: string) =>
      out
        .trim()
        .split('\n')
        .map((line) => [JSON.parse(line).id, JSON.parse(line).source.row]);
    expect(ids(fromFile.stdout)).toEqual([
      ['08ASTANA358', 1],
      ['08ASTANA359', 2],
      ['08ASTANA360', 3],
    ]);
    expect(ids(fromStdin.stdout)).toEqual(ids(fromFile.stdout));
    expect([fromStdin.code, fromStdin.stderr]).toEqual([0, '']);
  });
  it('writes as many records as stats counts cables: 1,780 rows with mixed line ends', async () => {
    const file = join(work, 'mixed-cli.csv');
    writeFileSync(
      file,
      Array.from({ length: 1780 }, (_, k) =>
        row(k + 1, 1000 + k).replace(/\n$/, ['\n', '\r\n', '\r'][k % 3] as string),
      ).join(''),
    );
    const records = (await cli(['records', file])).stdout.trim().split('\n');
    expect(records).toHaveLength(1780);
    expect(JSON.parse((await cli(['stats', file, '--json'])).stdout)).toMatchObject({ cables: 1780, failed: 0 });
  });
  it('writes CSV with lists as JSON arrays and dotted columns, a byte-order mark with --bom, and JSON', async () => {
    const text = (await cli(['records', join(dir, 'a-seed.txt'), '--format', 'csv'])).stdout;
    const [header, values] = parse(text, { columns: false }) as string[][];
    expect(header).toContain('executiveOrder.raw');
    expect(header).toContain('section.number');
    const cell = (column: string) => (values as string[])[(header as string[]).indexOf(column)];
    expect(JSON.parse(cell('tags') as string)).toEqual(['SNAR', 'ASEC', 'PREL', 'KCOR', 'KCRM', 'KZ']);
    expect(JSON.parse(cell('to') as string)).toEqual(['SECSTATE WASHDC']);
    expect(text).toContain(',"[""SNAR"",""ASEC"",');
    expect(text.startsWith('id,')).toBe(true);
    const bom = (await cli(['records', join(dir, 'a-seed.txt'), '--format', 'csv', '--bom'])).stdout;
    expect(bom).toBe(`\ufeff${text}`);
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
