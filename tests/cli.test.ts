/**
 * The command line, run in-process on files written here and the bundled seed, and as a process where only a
 * process can tell (a full disk, a file-size limit, an interrupt, a closed pipe).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCable } from '../src/index.js';
import { type CliIO, runCli } from '../src/node/command.js';
import { ROOT } from './helpers.js';
import { bundledCli } from './node/bundle.js';

async function cli(argv: string[], stdin: string | Buffer = '', io: Partial<CliIO> = {}) {
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
    ...io,
  });
  return { code, stdout: out.join(''), stderr: err.join(''), writes: out };
}

/** A system error, as a failed write gives it. */
const systemError = (code: string) => Object.assign(new Error(`${code}: write failed`), { code });

/** A cables.csv row of our own, in the file's shape. */
const row = (n: number) =>
  `"${n}","2/21/2008 9:51","08ASTANA${1000 + n}","Embassy Astana","UNCLASSIFIED","","R 210951Z FEB 08\nFM ` +
  `AMEMBASSY ASTANA","UNCLAS ASTANA 00${1000 + n}\n\nSUBJECT: ROW ${n}\n\n1. Text, with a comma.\n"\n`;

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
  it('refuses a 100 MB file up front, over --max-bytes (64M), and reads it with a larger one', async () => {
    const big = join(dir, 'big.txt');
    const seedText = readFileSync(seed, 'utf8');
    writeFileSync(big, `${seedText}\n\n`.repeat(Math.ceil(100e6 / (seedText.length + 2))));
    const size = readFileSync(big).length;
    expect(await cli(['parse', big])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `cablegram: ${big}: cannot read: a file of ${size} bytes, over the limit of 67108864 (--max-bytes)\n`,
    });
    let bytes = 0;
    let writes = 0;
    const code = await runCli(['parse', big, '--max-bytes', '128M'], {
      stdout: (t) => {
        bytes += t.length;
        writes++;
      },
      stderr: () => {},
      stdin: () => Buffer.alloc(0),
    });
    expect(code).toBe(0);
    // The record of 100 MB of text: its paragraphs alone are most of it.
    expect(bytes).toBeGreaterThan(60e6);
    // Written in pieces, never one string of 90 MB.
    expect(writes).toBeGreaterThan(1000);
  }, 300_000);
  it('writes the tree in pieces of about 64 KB, the same JSON as one string would be', async () => {
    const dense = join(dir, 'dense.txt');
    const text = '1. Text.\n\n'.repeat(20_000);
    writeFileSync(dense, text);
    const { code, stdout, writes } = await cli(['parse', dense, '--tree']);
    expect(code).toBe(0);
    expect(stdout).toBe(`${JSON.stringify(parseCable(text, { maxBytes: 67108864 }))}\n`);
    expect(writes.length).toBeGreaterThan(20);
    expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(70_000);
  });
  it('refuses a device and a FIFO up front, never reading them', async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(await cli(['parse', '/dev/zero', fifo, seed])).toMatchObject({
      code: 2,
      stderr:
        'cablegram: /dev/zero: cannot read: a character device, not a regular file\n' +
        `cablegram: ${fifo}: cannot read: a FIFO, not a regular file\n`,
    });
  });
  it('reads at most --max-bytes of standard input', async () => {
    const stdin = { stdin: (limit?: number) => Buffer.alloc(Math.min(limit ?? 1e9, 5000) + 1, 'x') };
    expect(await cli(['parse', '-', '--max-bytes', '4K'], '', stdin)).toMatchObject({
      code: 2,
      stderr: 'cablegram: -: cannot read: standard input of more than 4096 bytes (--max-bytes)\n',
    });
  });
  it('refuses a date that is no real day, and a size that is none, as usage errors', async () => {
    for (const [argv, message] of [
      [['--date', '2008-13-45'], "--date takes a real day like 2008-02-21 (or ISO 8601), not '2008-13-45'"],
      [['--date', '21 FEB 08'], "--date takes a real day like 2008-02-21 (or ISO 8601), not '21 FEB 08'"],
      [['--max-bytes', 'lots'], "--max-bytes takes a size like 64M or 1G, not 'lots'"],
    ] as const)
      expect(await cli(['parse', seed, ...argv])).toEqual({
        code: 2,
        stdout: '',
        stderr: `cablegram: ${message}\n`,
        writes: [],
      });
    expect((await cli(['parse', '-', '--date', '2008-02-21T09:51:00Z', '--tree'], 'REF: A. STATE 12345')).code).toBe(0);
  });
  it('reports a failed write to standard output in one line, exit 2; a closed pipe ends quietly, exit 0', async () => {
    for (const [code, reason] of [
      ['ENOSPC', 'no space left on the device'],
      ['EIO', 'input/output error'],
    ] as const) {
      const failing = { stdout: () => Promise.reject(systemError(code)) };
      expect(await cli(['parse', seed], '', failing)).toMatchObject({
        code: 2,
        stderr: `cablegram: standard output: cannot write: ${reason}\n`,
      });
      expect(await cli(['records', seed], '', failing)).toMatchObject({
        code: 2,
        stderr: `cablegram: standard output: cannot write: ${reason}\n`,
      });
    }
    const closed = {
      stdout: () => {
        throw systemError('EPIPE');
      },
    };
    expect(await cli(['records', seed, seed], '', closed)).toMatchObject({ code: 0, stderr: '' });
    const late = { flush: () => Promise.reject(systemError('ENOSPC')) };
    expect(await cli(['parse', seed], '', late)).toMatchObject({
      code: 2,
      stderr: 'cablegram: standard output: cannot write: no space left on the device\n',
    });
  });
});

describe('cablegram by the book', () => {
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  it('prints its version with --version, exit 0, on stdout', async () => {
    expect(await cli(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
  it("prints the usage with help, --help and -h; a command's help with help COMMAND or COMMAND --help", async () => {
    for (const argv of [['help'], ['--help'], ['-h']]) {
      const { code, stdout, stderr } = await cli(argv);
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(stdout).toMatch(/^usage: cablegram parse FILE\.\.\./);
      expect(stdout).toContain('cablegram extract FILE...');
    }
    for (const argv of [
      ['help', 'records'],
      ['records', '--help'],
      ['records', '-h', '--tree'],
    ]) {
      const { code, stdout } = await cli(argv);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^usage: cablegram records PATH\.\.\. \[--format ndjson\|csv\|json\]/);
      expect(stdout).toContain('  --out FILE ');
    }
  });
  it('refuses help for an unknown command, exit 2, on stderr', async () => {
    const { code, stdout, stderr } = await cli(['help', 'frobnicate']);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^cablegram: unknown command 'frobnicate'\nusage: /);
    expect((await cli(['help', 'toString'])).code).toBe(2);
    expect((await cli(['toString', seed])).code).toBe(2);
  });
  it('refuses an option its command does not take as a usage error, exit 2, nothing read or written', async () => {
    for (const [argv, message] of [
      [['records', seed, '--tree'], "records takes no --tree (see 'cablegram help records')"],
      [['parse', seed, '--jobs', '2', '--quiet'], "parse takes no --jobs, --quiet (see 'cablegram help parse')"],
      [['stats', seed, '--date', '2008-02-21'], "stats takes no --date (see 'cablegram help stats')"],
      [['extract', seed, '--format', 'csv'], "extract takes no --format (see 'cablegram help extract')"],
      [['parse', seed, '--bom'], "parse takes no --bom (see 'cablegram help parse')"],
      [['stats', seed, '--bom'], "stats takes no --bom (see 'cablegram help stats')"],
      [['records', seed, '--bom'], '--bom goes with --format csv (not ndjson)'],
      [['records', seed, '--bom', '--format', 'json'], '--bom goes with --format csv (not json)'],
      [['graph', seed, '--bom'], '--bom goes with --format csv (not graphml)'],
      [['records'], "records needs a PATH (see 'cablegram help records')"],
      [
        ['extract', seed, '--date', 'tomorrow'],
        "--date takes a real day like 2008-02-21 (or ISO 8601), not 'tomorrow'",
      ],
    ] as const)
      expect(await cli([...argv])).toEqual({ code: 2, stdout: '', stderr: `cablegram: ${message}\n`, writes: [] });
  });
  it('hides the progress line with --quiet', async () => {
    const many = join(dir, 'many.csv');
    writeFileSync(many, Array.from({ length: 400 }, (_, k) => row(k + 1)).join(''));
    const tty = { stderrIsTTY: true };
    const loud = await cli(['stats', many, '--json'], '', tty);
    expect(loud.stderr).toMatch(/\r\d+ cables, /);
    const quiet = await cli(['stats', many, '--json', '--quiet'], '', tty);
    expect(quiet.stderr).toBe('');
    expect(JSON.parse(quiet.stdout).cables).toBe(400);
    expect((await cli(['records', many, '-q'], '', tty)).stderr).toBe('');
  });
});

describe('cablegram extract', () => {
  const text = '1. On March 3 the Ministry of Finance in Astana paid $2 million.\n';
  const file = join(dir, 'march.txt');
  writeFileSync(file, text);
  it('reads relative dates against --date, and prints NDJSON for several files in their order', async () => {
    // No DTG and no --date: the day is found, its year (and so its value) unknown.
    const alone = await cli(['extract', file]);
    expect(JSON.parse(alone.stdout).dates.map((d: { text: string; value: string }) => [d.text, d.value])).toEqual([
      ['March 3', null],
    ]);
    const dated = await cli(['extract', file, '--date', '2008-02-21']);
    expect(dated.stdout).toMatch(/^\{\n {2}"quantities"/);
    expect(JSON.parse(dated.stdout).dates.map((d: { value: string }) => d.value)).toEqual(['2008-03-03']);
    const { code, stdout } = await cli(['extract', file, seed, '--json']);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0].entities.map((e: { text: string }) => e.text)).toEqual(['Ministry of Finance', 'Astana']);
    expect(lines[1].quantities.length).toBeGreaterThan(lines[0].quantities.length);
  });
  it('goes on past a file it cannot read, exit 2', async () => {
    const { code, stdout, stderr } = await cli(['extract', join(dir, 'nope.txt'), file]);
    expect(code).toBe(2);
    expect(stderr).toBe(`cablegram: ${join(dir, 'nope.txt')}: cannot read: no such file\n`);
    expect(JSON.parse(stdout).entities).toHaveLength(2);
  });
  it('highlights on a terminal, brackets under NO_COLOR, and highlights a pipe under FORCE_COLOR', async () => {
    const coloured = await cli(['extract', file], '', { stdoutIsTTY: true, env: {} });
    expect(coloured.stdout).toContain('\u001b[34mAstana\u001b[0m');
    expect(coloured.stdout).toContain('\n\n\u001b[33mquantity\u001b[0m  \u001b[36mdate\u001b[0m');
    const plain = await cli(['extract', file], '', { stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    expect(plain.stdout).toBe(
      '1. On [March 3|date] the [Ministry of Finance|organization] in [Astana|place] paid [$2 million|quantity].\n\n',
    );
    const forced = await cli(['extract', file], '', { stdoutIsTTY: false, env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[34mAstana\u001b[0m');
    const piped = await cli(['extract', file], '', { stdoutIsTTY: false, env: { NO_COLOR: '1' } });
    expect(JSON.parse(piped.stdout).entities).toHaveLength(2);
  });
  it('heads each file on a terminal when there are several', async () => {
    const { stdout } = await cli(['extract', file, file], '', { stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    expect(stdout.split('\n').filter((line) => line.startsWith('==> '))).toEqual([
      `==> ${file} <==`,
      `==> ${file} <==`,
    ]);
  });
});

describe('cablegram graph', () => {
  it('writes the citation graph of files and cables.csv rows, GraphML by default, CSV and JSON on demand', async () => {
    const archive = join(dir, 'graph.csv');
    writeFileSync(archive, row(1) + row(2));
    const cites = join(dir, 'cites.txt');
    writeFileSync(
      cites,
      'R 210951Z FEB 08\nFM AMEMBASSY ASTANA\nUNCLAS ASTANA 000358\n\nREF: A. ASTANA 1001 B. STATE 7\n',
    );
    const graphml = await cli(['graph', archive, cites]);
    expect(graphml).toMatchObject({ code: 0, stderr: '' });
    expect(graphml.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<graphml /);
    expect(graphml.stdout).toContain('<node id="08ASTANA1001"><data key="date">2008-02-21T09:51:00Z</data>');
    expect(graphml.stdout).toContain('<edge id="e1" source="08ASTANA358" target="08STATE7"><data key="label">B</data>');
    const csv = await cli(['graph', archive, cites, '--format', 'csv']);
    expect(csv.stdout).toBe('source,target,label\n08ASTANA358,08ASTANA1001,A\n08ASTANA358,08STATE7,B\n');
    const bom = await cli(['graph', archive, cites, '--format', 'csv', '--bom']);
    expect(bom.stdout).toBe(`\ufeff${csv.stdout}`);
    const json = await cli(['graph', cites, archive, '--format', 'json']);
    const nodes = JSON.parse(json.stdout).nodes.map((n: { id: string; stub: boolean }) => [n.id, n.stub]);
    expect(nodes).toEqual([
      ['08ASTANA358', false],
      ['08ASTANA1001', false],
      ['08ASTANA1002', false],
      ['08STATE7', true],
    ]);
  });
  it('refuses a format it does not write and options it does not take, exit 2', async () => {
    expect(await cli(['graph', seed, '--format', 'ndjson'])).toMatchObject({
      code: 2,
      stderr: "cablegram: --format takes graphml, csv or json, not 'ndjson'\n",
    });
    expect((await cli(['graph', seed, '--json'])).stderr).toBe(
      "cablegram: graph takes no --json (see 'cablegram help graph')\n",
    );
    expect((await cli(['graph', '--help'])).stdout).toMatch(/^usage: cablegram graph PATH\.\.\. \[--format graphml/);
  });
});

describe('cablegram records --out', () => {
  it('refuses --out naming an input or a file inside an input directory, before anything is written', async () => {
    const archive = mkdtempSync(join(tmpdir(), 'cablegram-inputs-'));
    const csv = join(archive, 'cables.csv');
    writeFileSync(csv, row(1) + row(2));
    for (const [argv, clash] of [
      [['records', csv, '--out', csv], `is the input ${csv}`],
      [['records', archive, '--out', join(archive, 'records.ndjson')], `lies inside the input directory ${archive}`],
      [['stats', archive, '--out', csv], `lies inside the input directory ${archive}`],
    ] as const) {
      expect(await cli([...argv])).toEqual({
        code: 2,
        stdout: '',
        stderr: `cablegram: --out ${argv[3]} ${clash}: writing it would destroy what is read; choose another file\n`,
        writes: [],
      });
    }
    expect(readFileSync(csv, 'utf8')).toBe(row(1) + row(2));
    expect(readdirSync(archive)).toEqual(['cables.csv']);
  });
  it('writes --out whole: the old file stays until the run ends, no temporary file is left', async () => {
    const out = join(dir, 'whole.ndjson');
    writeFileSync(out, 'old\n');
    const csv = join(dir, 'two.csv');
    writeFileSync(csv, row(1) + row(2));
    expect((await cli(['records', csv, '--out', out])).code).toBe(0);
    expect(
      readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).id),
    ).toEqual(['08ASTANA1001', '08ASTANA1002']);
    expect(readdirSync(dir).filter((name) => name.includes('.tmp'))).toEqual([]);
  });
  it('writes valid JSON with --format json, failed inputs and odd text included', async () => {
    const odd = mkdtempSync(join(tmpdir(), 'cablegram-odd-'));
    writeFileSync(
      join(odd, 'a.csv'),
      `${row(1).replace('Text,', 'Text \ud800 \u0000 \\"quoted\\",')}${row(2).slice(0, 120)}`,
    );
    writeFileSync(join(odd, 'b.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 0]));
    writeFileSync(
      join(odd, 'c.txt'),
      '\ufeffR 210951Z FEB 08\nFM AMEMBASSY ASTANA\n\nUNCLAS ASTANA 000358\n\n1. Text.',
    );
    const { code, stdout } = await cli(['records', odd, '--format', 'json']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).map((r: { id: string | null }) => r.id)).toEqual([
      '08ASTANA1001',
      null, // row 2, cut short before its serial
      null, // b.txt, binary
      '08ASTANA358', // c.txt, after its byte-order mark
    ]);
    const missing = await cli(['records', join(odd, 'nothing-here'), '--format', 'json']);
    expect([missing.code, JSON.parse(missing.stdout).map((r: { id: string | null }) => r.id)]).toEqual([2, [null]]);
  });
});

describe('the cablegram executable', () => {
  // Bundled from source here (with its worker), so that the test needs no prior build.
  const bundle = bundledCli();
  const run = (script: string) => spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 120_000 });
  const q = JSON.stringify;

  it('ends quietly when its output pipe closes early (| head)', () => {
    const files = Array.from({ length: 300 }, () => q(seed)).join(' ');
    const result = run(`set -o pipefail; node ${q(bundle)} parse ${files} | head -c 100 > /dev/null`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
  it('exits 2 with a one-line message for a missing file', () => {
    const result = spawnSync('node', [bundle, 'parse', join(dir, 'nope.txt')], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`cablegram: ${join(dir, 'nope.txt')}: cannot read: no such file\n`);
  });
  it('loses only a truncated last row with --jobs 2, blaming that row, and writes a record for each row', () => {
    const place = mkdtempSync(join(tmpdir(), 'cablegram-cut-'));
    const csv = join(place, 'cut.csv');
    const text = Array.from({ length: 40 }, (_, k) => row(k + 1)).join('');
    writeFileSync(csv, text.slice(0, text.lastIndexOf('1. Text')));
    const result = run(`node ${q(bundle)} records ${q(csv)} --jobs 2`);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `cablegram: ${csv}:row 40: Expected a closing \`"\` for this quoted field, found the end of the input ` +
        '(a truncated file?)\n',
    );
    const records = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.map((r) => r.id)).toEqual(Array.from({ length: 40 }, (_, k) => `08ASTANA${1001 + k}`));
  });
  it('exits 2 with one line, no stack trace, when standard output or --out is a full disk', () => {
    const stdout = run(`node ${q(bundle)} parse ${q(seed)} --tree > /dev/full`);
    expect([stdout.status, stdout.stderr]).toEqual([
      2,
      'cablegram: standard output: cannot write: no space left on the device\n',
    ]);
    const out = run(`node ${q(bundle)} records ${q(seed)} --out /dev/full`);
    expect([out.status, out.stderr]).toEqual([2, 'cablegram: /dev/full: cannot write: no space left on the device\n']);
  });
  it('exits 2 with one line past a file-size limit, leaving the old --out and no temporary file', () => {
    const place = mkdtempSync(join(tmpdir(), 'cablegram-fsize-'));
    const csv = join(place, 'many.csv');
    writeFileSync(csv, Array.from({ length: 300 }, (_, k) => row(k + 1)).join(''));
    const out = join(place, 'records.ndjson');
    writeFileSync(out, 'old\n');
    // ulimit -f counts blocks of 1024 bytes: 64 KB, where the records take some 600 KB.
    const result = run(`ulimit -f 64; node ${q(bundle)} records ${q(csv)} --out ${q(out)}`);
    expect([result.status, result.stderr]).toEqual([
      2,
      `cablegram: ${out}: cannot write: file too large (past the file-size limit)\n`,
    ]);
    expect(readFileSync(out, 'utf8')).toBe('old\n');
    expect(readdirSync(place).sort()).toEqual(['many.csv', 'records.ndjson']);
  });
  it('exits 2 with one line when --out is in a place it cannot write', () => {
    // As root a mode-0555 directory is writable: then /sys, which refuses new files to anyone.
    let place = '/sys';
    if (process.getuid?.() !== 0) {
      place = mkdtempSync(join(tmpdir(), 'cablegram-readonly-'));
      chmodSync(place, 0o555);
    }
    const result = run(`node ${q(bundle)} records ${q(seed)} --out ${q(join(place, 'records.ndjson'))}`);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^cablegram: .*records\.ndjson: cannot write: (permission denied|read-only file system)\n$/,
    );
  });
  it('leaves no half file when interrupted (SIGINT): no --out, no temporary file, exit 130', async () => {
    const place = mkdtempSync(join(tmpdir(), 'cablegram-sigint-'));
    mkdirSync(join(place, 'in'));
    const csv = join(place, 'in', 'many.csv');
    writeFileSync(csv, Array.from({ length: 40_000 }, (_, k) => row(k + 1)).join(''));
    const out = join(place, 'records.ndjson');
    const child = spawn('node', [bundle, 'records', csv, '--out', out], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Interrupted once it writes: when its temporary file is there.
    for (let tries = 0; tries < 600 && !readdirSync(place).some((name) => name.endsWith('.tmp')); tries++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(readdirSync(place)).toEqual(['in']);
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});
