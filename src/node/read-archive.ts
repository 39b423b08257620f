/**
 * `readArchive`: the cables of a file, a directory (recursively: `.txt`, `.html`, `.htm`, `.md`,
 * `.csv`; symbolic links followed), a cables.csv stream or standard input, as an async iterable in
 * input order. CSV files and streams are split into rows as they stream (csv-rows.ts), so memory
 * stays flat whatever the archive's size; `jobs: N` parses on N worker threads and still yields in
 * input order, a cables.csv sent to them in pieces of rows cut on its bytes (csv-pieces.ts), split and parsed
 * there. A file or row that cannot be read, or that stops a worker, becomes a cable with no
 * children and a CG930 diagnostic, and the batch goes on: one cable out for every cable in.
 */
import {
  closeSync,
  createReadStream,
  type Dirent,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Cable, CableSource, Format } from '../ast.js';
import { DIAGNOSTIC_CODES } from '../diagnostics.js';
import { PARSE_LIMITS } from '../options.js';
import { parseCable } from '../parse.js';
import { type CableRecord, toRecord } from '../record.js';
import { type CsvPiece, csvPieces } from './csv-pieces.js';
import { type CsvRow, csvSplitter, opensLikeCsv } from './csv-rows.js';
import { BINARY, isBinary, readTextFile, regularFileProblem, specialKind, unreadableReason } from './file-text.js';
import { type CableLine, cableLine, type LineFormat } from './record-line.js';
import { parseOnWorkers } from './worker-pool.js';

/** Options of {@link readArchive}. */
export interface ArchiveOptions {
  /** Worker threads to parse on (1, the default, parses on the calling thread). */
  jobs?: number;
  /** The rendering of the files (detected per file when `auto`, the default). */
  format?: Format | 'auto';
  /**
   * The largest file or CSV row read, in bytes (64 MiB by default): a larger one becomes a CG930 cable, never
   * read. Also `parseCable`'s `maxBytes`.
   */
  maxBytes?: number;
  /** `parseCable`'s `maxNodes` (a million by default): the tree of one cable is cut there (CG905). */
  maxNodes?: number;
  /**
   * The heap of each worker thread, in MB (2048 by default): a cable that exhausts it stops its worker and costs
   * that cable alone (a CG930 cable); the others are parsed on a new worker. With `jobs: 1` there is no worker.
   */
  workerMemoryMb?: number;
  /**
   * The module each worker thread runs (with `jobs` of 2 or more): a `file:` URL, or a path (absolute, or from the
   * working directory with `./`). By default the worker cablegram ships beside its own code, found through
   * `import.meta.url`; an app that bundles `cablegram/node` into a file of its own has no such file beside it, so it
   * bundles a module that calls `runArchiveWorker()` (of `cablegram/node`; or its own entry, calling it when
   * `!isMainThread`) and names it here.
   *
   * @example
   * readArchive('cables/', { jobs: 4, workerUrl: new URL('./archive-worker.js', import.meta.url) })
   */
  workerUrl?: string | URL;
  /**
   * With `jobs` of 2 or more, a cables.csv goes to the workers in pieces of about this many bytes (256 KiB by
   * default), each ending where a row opens, split into rows and parsed there. Rows are numbered and yielded as on
   * one thread.
   */
  pieceBytes?: number;
}

/** The size of the pieces of a cables.csv sent to workers, by default. */
const PIECE_BYTES = 1 << 18;

/** One unit of work: a text to parse and where it came from, or why it could not be read. */
export interface ArchiveItem {
  text: string;
  file: string | null;
  row: number | null;
  format: Format | 'auto';
  error?: string;
}

/** What parsing an item needs besides the item: `parseCable`'s limits. */
export interface ItemLimits {
  maxBytes: number;
  maxNodes: number;
}

const EXTENSIONS = new Set(['.txt', '.html', '.htm', '.md', '.csv']);
const hasCableExtension = (path: string) => EXTENSIONS.has(extname(path).toLowerCase());

/** A file of a directory, or why a path of it is not read (a broken link, a FIFO, a loop of links). */
export interface ArchiveEntry {
  path: string;
  error: string | null;
}

/**
 * The files of a directory, recursively, in name order, with a cable's extension. Symbolic links are followed; a
 * directory read already (a loop of links, or one reached twice), a broken link, a device, FIFO or socket with a
 * cable's extension, an unreadable directory: each is an entry with its reason, never left out in silence.
 */
export function filesOf(dir: string, seen: Set<string> = new Set()): ArchiveEntry[] {
  let entries: Dirent[];
  try {
    const real = realpathSync(dir);
    if (seen.has(real))
      return [{ path: dir, error: `a directory read already (${real}): a loop of links, or a link to it` }];
    seen.add(real);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    return [{ path: dir, error: unreadableReason(error) }];
  }
  return entries
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => entryOf(join(dir, entry.name), entry, seen));
}

/** The entries one directory entry stands for (its files when it is a directory). */
function entryOf(path: string, entry: Dirent, seen: Set<string>): ArchiveEntry[] {
  let kind = specialKind(entry);
  if (kind === 'a symbolic link') {
    try {
      kind = specialKind(statSync(path));
    } catch {
      return hasCableExtension(path) ? [{ path, error: 'a broken symbolic link' }] : [];
    }
  }
  if (kind === 'a directory') return filesOf(path, seen);
  if (!hasCableExtension(path)) return [];
  return [{ path, error: kind ? `${kind}, not a regular file` : null }];
}

/** An item for a path that is not read, with the reason. */
const failed = (file: string | null, row: number | null, format: Format | 'auto', error: string): ArchiveItem => ({
  text: '',
  file,
  row,
  format,
  error,
});

/** A piece of a cables.csv for a worker to split and parse (`stream`: which CSV stream of the archive). */
export interface CsvStretch {
  stream: number;
  file: string | null;
  piece: CsvPiece;
}

/** How archiveItems gives a cables.csv: as rows, or in pieces of `bytes` for workers (`streams` counts them). */
type CsvMode = { pieces: false } | { pieces: true; bytes: number; streams: number };

/** The rows of a cables.csv stream as items, or its pieces. */
async function* csvUnits(stream: AsyncIterable<unknown>, file: string | null, maxBytes: number, mode: CsvMode) {
  if (!mode.pieces) {
    yield* csvItems(stream, file, maxBytes);
    return;
  }
  const id = mode.streams++;
  for await (const piece of csvPieces(stream, maxBytes, mode.bytes)) yield { stream: id, file, piece };
}

/** A cables.csv row as an item. */
export function rowItem(row: CsvRow, file: string | null): ArchiveItem {
  const item: ArchiveItem = { text: row.text, file, row: row.row, format: 'cablegate-csv' };
  if (row.error !== undefined) item.error = row.error;
  return item;
}

/** The rows of a cables.csv stream as items; a stream that breaks off gives one item with the reason. */
async function* csvItems(stream: AsyncIterable<unknown>, file: string | null, maxBytes: number) {
  const decoder = new TextDecoder();
  const split = csvSplitter(maxBytes);
  let last = 0;
  const item = (row: CsvRow): ArchiveItem => {
    last = row.row;
    return rowItem(row, file);
  };
  try {
    for await (const chunk of stream) {
      const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
      for (const row of split.push(text)) yield item(row);
    }
  } catch (error) {
    yield failed(file, last + 1, 'cablegate-csv', `the CSV breaks off: ${unreadableReason(error)}`);
    return;
  }
  split.push(decoder.decode());
  for (const row of split.end()) yield item(row);
}

/** The first bytes of a CSV file, to tell a cables.csv from a binary file named `.csv`; or why it cannot be read. */
function csvHeadProblem(file: string): string | null {
  const problem = regularFileProblem(file);
  if (problem) return problem;
  try {
    const fd = openSync(file, 'r');
    try {
      const head = Buffer.alloc(8000);
      const length = readSync(fd, head, 0, head.length, 0);
      const bytes = head.subarray(0, length);
      // A NUL in a cables.csv is a row's problem (CG901), not the archive's.
      return isBinary(bytes) && !opensLikeCsv(bytes.toString('utf8')) ? BINARY : null;
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return unreadableReason(error);
  }
}

/** The items of one stream: a cables.csv when it opens like one, else one cable (of at most `maxBytes`). */
async function* streamItems(
  input: Readable,
  format: Format | 'auto',
  maxBytes: number,
  mode: CsvMode,
): AsyncGenerator<ArchiveItem | CsvStretch> {
  const iterator = input[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let length = 0;
  let ended = false;
  while (length < 8192) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(String(next.value));
    head.push(chunk);
    length += chunk.length;
  }
  const rest = (async function* () {
    yield* head;
    while (!ended) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value as Buffer;
    }
  })();
  const first = Buffer.concat(head);
  if (format === 'cablegate-csv' || (format === 'auto' && opensLikeCsv(first.toString('utf8')))) {
    yield* csvUnits(rest, null, maxBytes, mode);
    return;
  }
  const all: Buffer[] = [];
  let size = 0;
  for await (const chunk of rest) {
    all.push(chunk);
    size += chunk.length;
    if (size > maxBytes) {
      await iterator.return?.();
      yield failed(null, null, format, `standard input of more than ${maxBytes} bytes (maxBytes)`);
      return;
    }
  }
  const bytes = Buffer.concat(all);
  yield isBinary(bytes)
    ? failed(null, null, format, BINARY)
    : { text: bytes.toString('utf8'), file: null, row: null, format };
}

/**
 * The items of an archive: one per file, one per CSV row, one per path that cannot be read; with `pieces`, a
 * cables.csv in pieces for workers instead of rows.
 */
export async function* archiveItems(
  input: string | Readable,
  options: ArchiveOptions = {},
  pieces = false,
): AsyncGenerator<ArchiveItem | CsvStretch> {
  const format = options.format ?? 'auto';
  const maxBytes = options.maxBytes ?? PARSE_LIMITS.maxBytes;
  // A piece ends in the opening of the next row (some 30 characters): below a row of 1,024, rows one by one.
  const mode: CsvMode =
    pieces && maxBytes >= 1024 ? { pieces, bytes: options.pieceBytes ?? PIECE_BYTES, streams: 0 } : { pieces: false };
  if (typeof input !== 'string') {
    yield* streamItems(input, format, maxBytes, mode);
    return;
  }
  let entries: ArchiveEntry[];
  try {
    entries = statSync(input).isDirectory() ? filesOf(input) : [{ path: input, error: null }];
  } catch {
    entries = [{ path: input, error: regularFileProblem(input) ?? 'no such file or directory' }];
  }
  for (const { path: file, error } of entries) {
    if (error !== null) yield failed(file, null, format, error);
    else if (extname(file).toLowerCase() === '.csv' || format === 'cablegate-csv') {
      const problem = csvHeadProblem(file);
      if (problem) yield failed(file, null, format, problem);
      else yield* csvUnits(createReadStream(file, { highWaterMark: 1 << 20 }), file, maxBytes, mode);
    } else {
      const read = readTextFile(file, maxBytes);
      yield 'error' in read ? failed(file, null, format, read.error) : { text: read.text, file, row: null, format };
    }
  }
}

/** Parses one item into a cable, with its source; an unreadable item into a cable with CG930. */
export function parseItem(item: ArchiveItem, limits: ItemLimits = PARSE_LIMITS): Cable {
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
  const cable = parseCable(item.text, { format: item.format, ...limits });
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

/** The codes that make a cable a failure of its batch: not read (CG930, CG904), read in part (CG920, CG905), a bug. */
const FAILURES = new Set(['CG930', 'CG904', 'CG920', 'CG905', 'CG999']);

/** The summary of a parsed cable (what the batch commands print and count). */
export function summarize(cable: Cable): CableSummary {
  const failure = cable.diagnostics.find((d) => FAILURES.has(d.code));
  return {
    record: toRecord(cable),
    source: cable.source,
    codes: cable.diagnostics.map((d) => d.code),
    size: cable.position.end.offset,
    failure: failure ? (failure.code === 'CG930' ? (failure.actual ?? failure.message) : failure.message) : null,
  };
}

/**
 * The kinds of result the archive readers produce: whole cables, summaries (cheaper to send between threads), or
 * the lines `records` writes.
 */
export type ArchiveResult = 'cable' | 'summary' | LineFormat;

/** A result of the archive readers, of one of the kinds of {@link ArchiveResult}. */
export type ArchiveValue = Cable | CableSummary | CableLine;

/** A parsed cable as a result of kind `result`. */
export function resultOf(cable: Cable, result: ArchiveResult): ArchiveValue {
  if (result === 'cable') return cable;
  return result === 'summary' ? summarize(cable) : cableLine(summarize(cable), result);
}

/** Reads an archive into cables or summaries, on the calling thread or `jobs` workers, in input order. */
export async function* mapArchive(
  input: string | Readable,
  options: ArchiveOptions,
  result: ArchiveResult,
): AsyncGenerator<ArchiveValue> {
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  const limits = {
    maxBytes: options.maxBytes ?? PARSE_LIMITS.maxBytes,
    maxNodes: options.maxNodes ?? PARSE_LIMITS.maxNodes,
  };
  if (jobs === 1) {
    for await (const item of archiveItems(input, options))
      yield resultOf(parseItem(item as ArchiveItem, limits), result);
    return;
  }
  const { workerMemoryMb: memoryMb, workerUrl } = options;
  yield* parseOnWorkers(archiveItems(input, options, true), { jobs, result, limits, memoryMb, workerUrl });
}
