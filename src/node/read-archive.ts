/**
 * `readArchive`: the cables of a file, a directory (recursively: `.txt`, `.html`, `.htm`, `.md`,
 * `.csv`), a cables.csv stream or standard input, as an async iterable in input order. CSV files
 * and streams are split into rows by csv-parse as they stream, so memory stays flat whatever the
 * archive's size; `jobs: N` parses on N worker threads and still yields in input order. A file or
 * row that cannot be read becomes a cable with no children and a CG930 diagnostic, and the batch
 * goes on.
 */
import { closeSync, createReadStream, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { parse as csvParse } from 'csv-parse';
import type { Cable, CableSource, Format } from '../ast.js';
import { DIAGNOSTIC_CODES } from '../diagnostics.js';
import { parseCable } from '../parse.js';
import { isBinary, unreadableReason } from './file-text.js';
import { toRecord, type CableRecord } from '../record.js';

/** Options of {@link readArchive}. */
export interface ArchiveOptions {
  /** Worker threads to parse on (1, the default, parses on the calling thread). */
  jobs?: number;
  /** The rendering of the files (detected per file when `auto`, the default). */
  format?: Format | 'auto';
}

/** One unit of work: a text to parse and where it came from, or why it could not be read. */
export interface ArchiveItem {
  text: string;
  file: string | null;
  row: number | null;
  format: Format | 'auto';
  error?: string;
}

const EXTENSIONS = new Set(['.txt', '.html', '.htm', '.md', '.csv']);

/** The files of a directory, recursively, in name order, with a cable's extension. */
export function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return filesOf(path);
      return entry.isFile() && EXTENSIONS.has(extname(entry.name).toLowerCase()) ? [path] : [];
    });
}

/** The rows of a cables.csv stream, each as its raw text. */
async function* csvRows(stream: Readable, file: string | null): AsyncGenerator<ArchiveItem> {
  const parser = stream.pipe(
    csvParse({ escape: '\\', raw: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }),
  );
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<{ raw: string }>) {
      row++;
      yield { text: record.raw, file, row, format: 'cablegate-csv' };
    }
  } catch (error) {
    yield {
      text: '',
      file,
      row: row + 1,
      format: 'cablegate-csv',
      error: `the CSV breaks off: ${(error as Error).message}`,
    };
  }
}

/** The bytes of a file as text, or why they are not a cable. */
function readText(file: string): { text: string; error?: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { text: '', error: unreadableReason(error) };
  }
  if (isBinary(bytes)) return { text: '', error: 'binary content (NUL bytes)' };
  return { text: bytes.toString('utf8') };
}

/** The items of an archive: one per file, one per CSV row. */
export async function* archiveItems(
  input: string | Readable,
  options: ArchiveOptions = {},
): AsyncGenerator<ArchiveItem> {
  const format = options.format ?? 'auto';
  if (typeof input !== 'string') {
    // A stream: a cables.csv when it opens like one, else one cable.
    const chunks: Buffer[] = [];
    let head = '';
    const iterator = input[Symbol.asyncIterator]();
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(String(next.value));
      chunks.push(chunk);
      head += chunk.toString('utf8');
      if (head.length > 200) break;
    }
    const { Readable: ReadableStream } = await import('node:stream');
    const rest = ReadableStream.from(
      (async function* () {
        yield* chunks;
        for (;;) {
          const next = await iterator.next();
          if (next.done) return;
          yield next.value;
        }
      })(),
    );
    if (format === 'cablegate-csv' || (format === 'auto' && /^\s*"?\d+"?,"?\d{1,2}\/\d{1,2}\/\d{4} /.test(head))) {
      yield* csvRows(rest, null);
      return;
    }
    const all: Buffer[] = [];
    for await (const chunk of rest) all.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    yield { text: Buffer.concat(all).toString('utf8'), file: null, row: null, format };
    return;
  }
  let files: string[];
  try {
    files = statSync(input).isDirectory() ? filesOf(input) : [input];
  } catch {
    yield { text: '', file: input, row: null, format, error: 'no such file or directory' };
    return;
  }
  for (const file of files) {
    if (extname(file).toLowerCase() === '.csv' || format === 'cablegate-csv') {
      const { error } = readHead(file);
      if (error) yield { text: '', file, row: null, format, error };
      else yield* csvRows(createReadStream(file), file);
      continue;
    }
    const { text, error } = readText(file);
    yield error ? { text: '', file, row: null, format, error } : { text, file, row: null, format };
  }
}

/** Checks that a CSV file can be opened and that its first bytes are text. */
function readHead(file: string): { error?: string } {
  try {
    const fd = openSync(file, 'r');
    try {
      const head = Buffer.alloc(8000);
      const length = readSync(fd, head, 0, head.length, 0);
      return isBinary(head.subarray(0, length)) ? { error: 'binary content (NUL bytes)' } : {};
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { error: unreadableReason(error) };
  }
}

/** Parses one item into a cable, with its source; an unreadable item into a cable with CG930. */
export function parseItem(item: ArchiveItem): Cable {
  const started = performance.now();
  if (item.error !== undefined) {
    const point = { line: 1, column: 1, offset: 0 };
    const where = `${item.file ?? 'stdin'}${item.row !== null ? ` row ${item.row}` : ''}`;
    return {
      type: 'cable',
      position: { start: point, end: point },
      format: item.format === 'auto' ? 'raw' : item.format,
      date: null,
      archive: null,
      children: [],
      summary: null,
      diagnostics: [
        {
          code: 'CG930',
          severity: DIAGNOSTIC_CODES.CG930.severity,
          message: `Expected a readable cable in ${where}, found ${item.error}`,
          position: { start: point, end: point },
          actual: item.error,
        },
      ],
      source: { file: item.file, row: item.row, ms: 0 },
    };
  }
  const cable = parseCable(item.text, { format: item.format });
  cable.source = { file: item.file, row: item.row, ms: performance.now() - started };
  return cable;
}

/**
 * The cables of an archive, in input order.
 *
 * @example
 * for await (const cable of readArchive('cables.csv', { jobs: 2 })) console.log(toRecord(cable).id);
 */
export async function* readArchive(input: string | Readable, options: ArchiveOptions = {}): AsyncGenerator<Cable> {
  yield* mapArchive(input, options, 'cable') as AsyncGenerator<Cable>;
}

/**
 * What a batch needs of a cable, without its tree: the record, where it came from, its diagnostics' codes, its size,
 * why it failed.
 */
export interface CableSummary {
  record: CableRecord;
  source: CableSource | undefined;
  codes: string[];
  size: number;
  failure: string | null;
}

/** The summary of a parsed cable (what the batch commands print and count). */
export function summarize(cable: Cable): CableSummary {
  const failure = cable.diagnostics.find((d) => d.code === 'CG930' || d.code === 'CG920');
  return {
    record: toRecord(cable),
    source: cable.source,
    codes: cable.diagnostics.map((d) => d.code),
    size: cable.position.end.offset,
    failure: failure ? (failure.actual ?? failure.message) : null,
  };
}

/** The kinds of result the archive readers produce: whole cables, or summaries (cheaper to send between threads). */
export type ArchiveResult = 'cable' | 'summary';

/** Reads an archive into cables or summaries, on the calling thread or `jobs` workers, in input order. */
export async function* mapArchive(
  input: string | Readable,
  options: ArchiveOptions,
  result: ArchiveResult,
): AsyncGenerator<Cable | CableSummary> {
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  if (jobs === 1) {
    for await (const item of archiveItems(input, options)) {
      const cable = parseItem(item);
      yield result === 'cable' ? cable : summarize(cable);
    }
    return;
  }
  yield* parseOnWorkers(archiveItems(input, options), jobs, result);
}

/**
 * Worker heaps: a small young generation keeps each worker's resident memory low (a cable is
 * parsed and dropped at once, so little survives a scavenge); the old generation may grow for a
 * very large single cable.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 2048 };

/** Parses items on `jobs` worker threads, at most a few per worker in flight, yielding in order. */
async function* parseOnWorkers(
  items: AsyncGenerator<ArchiveItem>,
  jobs: number,
  result: ArchiveResult,
): AsyncGenerator<Cable | CableSummary> {
  const workers = Array.from(
    { length: jobs },
    () =>
      new Worker(new URL('./worker.js', import.meta.url), { workerData: { result }, resourceLimits: WORKER_LIMITS }),
  );
  const done = new Map<number, Cable | CableSummary>();
  const waiting = new Map<number, () => void>();
  let failure: Error | null = null;
  for (const worker of workers) {
    worker.on('message', ({ id, value }: { id: number; value: Cable | CableSummary }) => {
      done.set(id, value);
      waiting.get(id)?.();
    });
    worker.on('error', (error) => {
      failure = error;
      for (const wake of waiting.values()) wake();
    });
  }
  const limit = jobs * 8;
  let sent = 0;
  let next = 0;
  const arrived = (id: number) =>
    new Promise<void>((resolve) => {
      if (done.has(id) || failure) resolve();
      else waiting.set(id, resolve);
    });
  const take = async () => {
    await arrived(next);
    if (failure) throw failure;
    const value = done.get(next) as Cable | CableSummary;
    done.delete(next);
    waiting.delete(next);
    next++;
    return value;
  };
  try {
    for await (const item of items) {
      (workers[sent % jobs] as Worker).postMessage({ id: sent, item });
      sent++;
      while (sent - next >= limit) yield await take();
    }
    while (next < sent) yield await take();
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
