/**
 * The batch commands: `cablegram records` (one record per cable of an archive, as NDJSON, CSV or
 * JSON) and `cablegram stats` (per-field coverage over an archive, diagnostics by code, slowest
 * and largest cables). One bad file or row never stops a batch: it is reported (file, row,
 * reason), it still gives its record (nulls, its source, its diagnostics counted: records out equal
 * cables in, the count `stats` gives), and the rest goes on; the exit code says whether anything
 * failed. A progress line goes to stderr when stderr is a terminal (cables, MB, MB/s, ETA).
 */
import { statSync } from 'node:fs';
import { toRecord } from '../record.js';
import { csvRows, RECORD_COLUMNS } from './flatten.js';
import { type ArchiveValue, type CableSummary, filesOf, mapArchive } from './read-archive.js';
import type { CableLine, LineFormat } from './record-line.js';

/** What progress and failure messages need of a cable: a summary, or a record's line. */
type Counted = Pick<CableSummary, 'source' | 'size' | 'failure'>;

/**
 * Where a batch writes: output (awaited, for back-pressure), messages, and whether to draw a progress line there
 * (`stderrIsTTY`: stderr is a terminal, and no `--quiet`).
 */
export interface BatchIO {
  write(text: string): void | Promise<void>;
  stderr(text: string): void;
  stderrIsTTY: boolean;
  /** Standard input, for the path `-`. */
  stdin(): NodeJS.ReadableStream;
}

/** How a batch reads: worker threads, and the largest file or row read. */
export interface BatchOptions {
  jobs: number;
  maxBytes?: number;
}

/** Total size in bytes of the files the paths stand for (those readArchive reads), for the ETA; null when unknown. */
export function totalBytes(paths: string[]): number | null {
  let total = 0;
  try {
    for (const path of paths) {
      if (path === '-') return null;
      const files = statSync(path).isDirectory() ? filesOf(path) : [{ path, error: null }];
      for (const file of files) if (file.error === null) total += statSync(file.path).size;
    }
  } catch {
    return null;
  }
  return total;
}

/** A progress line on stderr, at most ten times a second, cleared at the end. */
export function progress(io: BatchIO, total: number | null) {
  const started = performance.now();
  let last = 0;
  let cables = 0;
  let bytes = 0;
  return {
    add(summary: Counted) {
      cables++;
      bytes += summary.size;
      if (!io.stderrIsTTY) return;
      const now = performance.now();
      if (now - last < 100) return;
      last = now;
      const seconds = (now - started) / 1000;
      const rate = bytes / 1e6 / Math.max(seconds, 1e-3);
      const eta = total ? Math.max(0, (total - bytes) / 1e6 / Math.max(rate, 1e-3)) : null;
      io.stderr(
        `\r${cables} cables, ${(bytes / 1e6).toFixed(1)} MB, ${rate.toFixed(1)} MB/s` +
          `${eta !== null ? `, ETA ${eta.toFixed(0)}s` : ''}   `,
      );
    },
    end() {
      if (io.stderrIsTTY && cables > 0) io.stderr('\r\u001b[K');
    },
  };
}

/**
 * The summaries of the cables of the paths, in order (or their lines, with `lines`); stdin for `-`. A path with no
 * cable files is reported and noted in `outcome`.
 */
export function cablesOf(
  paths: string[],
  io: BatchIO,
  options: BatchOptions,
  outcome: { empty: boolean },
): AsyncGenerator<CableSummary>;
export function cablesOf(
  paths: string[],
  io: BatchIO,
  options: BatchOptions,
  outcome: { empty: boolean },
  lines: LineFormat,
): AsyncGenerator<CableLine>;
export async function* cablesOf(
  paths: string[],
  io: BatchIO,
  options: BatchOptions,
  outcome: { empty: boolean },
  lines?: LineFormat,
): AsyncGenerator<ArchiveValue> {
  // Only the reading options: the output's `format` is no rendering of the input.
  const reading = { jobs: options.jobs, maxBytes: options.maxBytes };
  for (const path of paths) {
    let found = 0;
    const input = path === '-' ? (io.stdin() as never) : path;
    for await (const summary of mapArchive(input, reading, lines ?? 'summary')) {
      found++;
      yield summary;
    }
    if (found === 0) {
      io.stderr(`cablegram: ${path}: no cables (no .txt, .html, .htm, .md or .csv files with text)\n`);
      outcome.empty = true;
    }
  }
}

/** Where a cable came from, for messages: `file:row N`. */
const whereOf = (summary: Counted) =>
  `${summary.source?.file ?? 'stdin'}${summary.source?.row != null ? `:row ${summary.source.row}` : ''}`;

/** Reports a cable that could not be read; true when it was one. */
export function reportFailure(summary: Counted, io: BatchIO): boolean {
  if (summary.failure === null) return false;
  io.stderr(`cablegram: ${whereOf(summary)}: ${summary.failure}\n`);
  return true;
}

/**
 * `cablegram records`: writes one record per cable, a failed one too; returns the exit code (2 when any input
 * failed). JSON output is closed (`]`) whatever stops the batch, unless writing itself failed.
 */
export async function recordsCommand(
  paths: string[],
  options: BatchOptions & { format: 'ndjson' | 'csv' | 'json'; bom?: boolean },
  io: BatchIO,
): Promise<number> {
  const bar = progress(io, totalBytes(paths));
  let failed = false;
  let first = true;
  const out = gathered(io);
  if (options.format === 'csv') await out.write(csvRows([RECORD_COLUMNS], options.bom));
  if (options.format === 'json') await out.write('[');
  const outcome = { empty: false };
  const format = options.format === 'csv' ? 'csv' : 'ndjson';
  try {
    for await (const cable of cablesOf(paths, io, options, outcome, format)) {
      bar.add(cable);
      if (reportFailure(cable, io)) failed = true;
      // The elements of a JSON array are NDJSON lines, each after its separator.
      const { line } = cable;
      await out.write(options.format === 'json' ? `${first ? '\n' : ',\n'}${line.slice(0, -1)}` : line);
      first = false;
    }
  } finally {
    // Valid JSON however the batch ends, but after a failed write (nothing more can be written).
    if (out.writing()) await out.write(options.format === 'json' ? (first ? ']\n' : '\n]\n') : '', true);
    bar.end();
  }
  return failed || outcome.empty ? 2 : 0;
}

/** Text gathered before a write: a write a line costs more than the line (a stream's call, a buffer each). */
const GATHER = 1 << 18;

/**
 * The output of `records`, lines gathered into writes of some 256 KiB (`flush`: write what is gathered now);
 * `writing()` is false after a write failed.
 */
function gathered(io: BatchIO) {
  let held: string[] = [];
  let length = 0;
  let writing = true;
  return {
    async write(text: string, flush = false) {
      held.push(text);
      length += text.length;
      if (length < GATHER && !flush) return;
      const all = held.join('');
      held = [];
      length = 0;
      if (all.length === 0) return;
      writing = false;
      await io.write(all);
      writing = true;
    },
    writing: () => writing,
  };
}

/** Per-field coverage and diagnostic counts over an archive. */
export interface ArchiveStats {
  cables: number;
  failed: number;
  megabytes: number;
  seconds: number;
  coverage: Record<string, number>;
  diagnostics: Record<string, number>;
  slowest: Array<{ source: string; ms: number }>;
  largest: Array<{ source: string; megabytes: number }>;
}

const present = (value: unknown) =>
  value !== null &&
  value !== undefined &&
  value !== false &&
  !(Array.isArray(value) && value.length === 0) &&
  value !== 0;

/** `cablegram stats`: coverage of every record field, diagnostics by code, the slowest and largest cables. */
export async function statsCommand(
  paths: string[],
  options: BatchOptions & { json: boolean },
  io: BatchIO,
): Promise<number> {
  const started = performance.now();
  const bar = progress(io, totalBytes(paths));
  const found: Record<string, number> = {};
  const codes: Record<string, number> = {};
  const slow: ArchiveStats['slowest'] = [];
  const large: ArchiveStats['largest'] = [];
  let cables = 0;
  let failed = 0;
  let bytes = 0;
  const keep = <T extends { [k: string]: unknown }>(list: T[], item: T, key: keyof T) => {
    list.push(item);
    list.sort((a, b) => (b[key] as number) - (a[key] as number));
    if (list.length > 5) list.pop();
  };
  const outcome = { empty: false };
  for await (const summary of cablesOf(paths, io, options, outcome)) {
    bar.add(summary);
    cables++;
    bytes += summary.size;
    for (const code of summary.codes) codes[code] = (codes[code] ?? 0) + 1;
    if (reportFailure(summary, io)) failed++;
    for (const [field, value] of Object.entries(summary.record))
      if (field !== 'diagnostics' && present(value)) found[field] = (found[field] ?? 0) + 1;
    const source = whereOf(summary);
    keep(slow, { source, ms: Math.round((summary.source?.ms ?? 0) * 100) / 100 }, 'ms');
    keep(large, { source, megabytes: Math.round(summary.size / 1e4) / 100 }, 'megabytes');
  }
  bar.end();
  const coverage: Record<string, number> = {};
  for (const field of Object.keys(
    toRecord({
      type: 'cable',
      position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
      format: 'raw',
      date: null,
      archive: null,
      children: [],
      summary: null,
      diagnostics: [],
    }),
  )) {
    if (field !== 'diagnostics')
      coverage[field] = cables ? Math.round((1000 * (found[field] ?? 0)) / cables) / 1000 : 0;
  }
  const stats: ArchiveStats = {
    cables,
    failed,
    megabytes: Math.round(bytes / 1e4) / 100,
    seconds: Math.round(performance.now() - started) / 1000,
    coverage,
    diagnostics: Object.fromEntries(Object.entries(codes).sort()),
    slowest: slow,
    largest: large,
  };
  if (options.json) await io.write(`${JSON.stringify(stats, null, 2)}\n`);
  else await io.write(statsTable(stats));
  return failed || outcome.empty ? 2 : 0;
}

/** The stats as a table for a terminal. */
function statsTable(stats: ArchiveStats): string {
  const lines = [
    `${stats.cables} cables, ${stats.megabytes} MB in ${stats.seconds}s, ${stats.failed} failed`,
    '',
    'field                 coverage',
  ];
  for (const [field, share] of Object.entries(stats.coverage))
    lines.push(`${field.padEnd(22)}${(share * 100).toFixed(1).padStart(6)}%`);
  lines.push('', 'diagnostic  count');
  for (const [code, count] of Object.entries(stats.diagnostics))
    lines.push(`${code.padEnd(12)}${String(count).padStart(5)}`);
  lines.push('', 'slowest (ms)');
  for (const s of stats.slowest) lines.push(`  ${String(s.ms).padStart(8)}  ${s.source}`);
  lines.push('', 'largest (MB)');
  for (const s of stats.largest) lines.push(`  ${String(s.megabytes).padStart(8)}  ${s.source}`);
  return `${lines.join('\n')}\n`;
}
