/**
 * Parsing on worker threads, in input order. The items go to the workers in jobs: files several at a time, a
 * cables.csv in pieces (csv-pieces.ts) that the worker splits into rows and parses, so the calling thread only
 * reads, finds where rows open, and writes what comes back. Each worker takes jobs in turn (the least busy first, a
 * few in flight each) and answers in the order it was sent them, so when a worker stops (out of memory, a crash)
 * the first job it had not answered is the one that stopped it: its items are run again one job each, the item
 * that stops a worker alone becomes a CG930 cable, the other jobs go to a new worker, and the batch goes on. A
 * worker that stops before it is ready (its module cannot load) stops the batch with that error: no item is to
 * blame. A worker numbers the rows of a piece from 1; they are numbered in their file here, in order, and an item
 * that could not be read (a CG930 cable, whose message names its row) is made into a cable here.
 */
import { Worker } from 'node:worker_threads';
import { pieceRows } from './csv-rows.js';
import {
  type ArchiveItem,
  type ArchiveResult,
  type ArchiveValue,
  type CsvStretch,
  type ItemLimits,
  parseItem,
  resultOf,
  rowItem,
} from './read-archive.js';
import { type CableLine, lineWithRow } from './record-line.js';

/** How to run the workers. */
export interface PoolOptions {
  jobs: number;
  result: ArchiveResult;
  limits: ItemLimits;
  /** The old-generation heap of each worker, in MB (2048 when undefined). */
  memoryMb: number | undefined;
  /** The module each worker runs (worker.js beside this module's file when undefined). */
  workerUrl: string | URL | undefined;
}

/** One unit of work for a worker: items to parse, or a piece of a cables.csv to split into rows and parse. */
export type Job = { items: ArchiveItem[] } | { bytes: Uint8Array; last: boolean; file: string | null };

/** A worker's answer for one item: its result, or the item itself when it could not be read. */
export type Answer = ArchiveValue | { unread: ArchiveItem };

/** The items of a job: a piece split into rows (numbered from 1 in the piece), as its worker splits it. */
export function jobItems(job: Job, maxBytes: number): ArchiveItem[] {
  if ('items' in job) return job.items;
  return pieceRows(new TextDecoder().decode(job.bytes), job.last, maxBytes).map((row) => rowItem(row, job.file));
}

/** What a worker does with a job: the answer for each of its items, in order. */
export function runJob(job: Job, result: ArchiveResult, limits: ItemLimits): Answer[] {
  return jobItems(job, limits.maxBytes).map((item) =>
    item.error !== undefined ? { unread: item } : resultOf(parseItem(item, limits), result),
  );
}

/**
 * Worker heaps: a small young generation keeps each worker's resident memory low (a cable is
 * parsed and dropped at once, so little survives a scavenge); the old generation may grow for a
 * very large single cable.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 2048 };

/** One worker and the ids of the jobs it was sent and has not answered, in order. */
interface Slot {
  worker: Worker;
  queue: number[];
  ready: boolean;
  gone: boolean;
}

/** A job sent and not answered, and how to settle it. */
interface Pending {
  job: Job;
  resolve: (answers: Answer[]) => void;
  reject: (error: Error) => void;
}

/** Why an item's worker stopped, as a CG930 reason. */
function stoppedReason(error: Error): string {
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY')
    return 'a cable that exhausted the memory of the worker parsing it (workerMemoryMb)';
  return `a cable that stopped the worker parsing it (${error.message})`;
}

/** Starts `jobs` workers; `submit` sends a job and resolves with its answers. */
function workerPool(options: PoolOptions) {
  const pending = new Map<number, Pending>();
  const state = { fatal: null as Error | null, closing: false, ids: 0 };
  const slots: Slot[] = [];
  const post = (slot: Slot, id: number) => {
    slot.queue.push(id);
    slot.worker.postMessage({ id, job: pending.get(id)?.job });
  };
  const submit = (job: Job): Promise<Answer[]> =>
    new Promise((resolve, reject) => {
      if (state.fatal) return reject(state.fatal);
      const id = state.ids++;
      pending.set(id, { job, resolve, reject });
      post(
        slots.reduce((best, s) => (s.queue.length < best.queue.length ? s : best)),
        id,
      );
    });
  const lost = (k: number, slot: Slot, error: Error) => {
    if (slot.gone || state.closing) return;
    slot.gone = true;
    if (!slot.ready) {
      state.fatal = error;
      for (const job of pending.values()) job.reject(error);
      pending.clear();
      return;
    }
    const [culprit, ...rest] = slot.queue;
    const fresh = start(k);
    for (const id of rest) post(fresh, id);
    const stopped = culprit === undefined ? undefined : pending.get(culprit);
    if (culprit === undefined || !stopped) return;
    pending.delete(culprit);
    const items = jobItems(stopped.job, options.limits.maxBytes);
    if (items.length === 1) {
      stopped.resolve([{ unread: { ...(items[0] as ArchiveItem), text: '', error: stoppedReason(error) } }]);
      return;
    }
    // Which item stopped it: each on its own.
    Promise.all(items.map((item) => submit({ items: [item] }))).then(
      (parts) => stopped.resolve(parts.flat()),
      stopped.reject,
    );
  };
  const start = (k: number): Slot => {
    const maxOldGenerationSizeMb = options.memoryMb ?? WORKER_LIMITS.maxOldGenerationSizeMb;
    const worker = new Worker(options.workerUrl ?? new URL('./worker.js', import.meta.url), {
      workerData: { result: options.result, limits: options.limits },
      resourceLimits: { ...WORKER_LIMITS, maxOldGenerationSizeMb },
    });
    const slot: Slot = { worker, queue: [], ready: false, gone: false };
    worker.on('message', (message: { ready: true } | { id: number; answers: Answer[] }) => {
      if ('ready' in message) slot.ready = true;
      else if (slot.queue[0] === message.id) {
        slot.queue.shift();
        pending.get(message.id)?.resolve(message.answers);
        pending.delete(message.id);
      }
    });
    worker.on('error', (error) => lost(k, slot, error));
    worker.on('exit', (code) => lost(k, slot, new Error(`the worker exited with code ${code}`)));
    slots[k] = slot;
    return slot;
  };
  for (let k = 0; k < options.jobs; k++) start(k);
  return {
    submit,
    async close() {
      state.closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

/** Files a job holds at most, and the text (a piece of a cables.csv holds about as much). */
const BATCH = { items: 16, chars: 1 << 18 };

/** The jobs of an archive's items: pieces of a cables.csv as they come (with their stream), files a few at once. */
async function* jobsOf(units: AsyncGenerator<ArchiveItem | CsvStretch>) {
  let batch: ArchiveItem[] = [];
  let chars = 0;
  for await (const unit of units) {
    if (!('piece' in unit)) {
      batch.push(unit);
      chars += unit.text.length;
      if (batch.length < BATCH.items && chars < BATCH.chars) continue;
    }
    if (batch.length > 0) yield { job: { items: batch } as Job, stream: null };
    batch = [];
    chars = 0;
    if (!('piece' in unit)) continue;
    const { piece, file, stream } = unit;
    if ('bytes' in piece) yield { job: { bytes: piece.bytes, last: piece.last, file } as Job, stream };
    else if (piece.rows.length > 0) yield { job: { items: piece.rows.map((r) => rowItem(r, file)) } as Job, stream };
  }
  if (batch.length > 0) yield { job: { items: batch } as Job, stream: null };
}

/**
 * An answer as a result, its row numbered in its file (`base`: the rows of the file before its job); its row, or
 * null for a file.
 */
function numbered(answer: Answer, base: number, options: PoolOptions): { value: ArchiveValue; row: number | null } {
  if ('unread' in answer) {
    const item = answer.unread;
    const row = item.row === null ? null : base + item.row;
    return { value: resultOf(parseItem({ ...item, row }, options.limits), options.result), row };
  }
  const local = answer.source?.row ?? null;
  if (local === null || base === 0) return { value: answer, row: local };
  const row = base + local;
  const { result } = options;
  if (result === 'ndjson' || result === 'csv') return { value: lineWithRow(answer as CableLine, result, row), row };
  if (answer.source) answer.source.row = row;
  return { value: answer, row };
}

/** Parses an archive's items on `jobs` worker threads, a few jobs per worker in flight, yielding in input order. */
export async function* parseOnWorkers(
  units: AsyncGenerator<ArchiveItem | CsvStretch>,
  options: PoolOptions,
): AsyncGenerator<ArchiveValue> {
  const pool = workerPool(options);
  const limit = options.jobs * 3;
  const queue: Array<{ stream: number | null; answers: Promise<Answer[]> }> = [];
  const rows = { stream: -1, base: 0 };
  async function* settle() {
    const next = queue.shift() as (typeof queue)[number];
    const answers = await next.answers;
    if (next.stream !== null && next.stream !== rows.stream) Object.assign(rows, { stream: next.stream, base: 0 });
    let last = rows.base;
    for (const answer of answers) {
      const { value, row } = numbered(answer, rows.base, options);
      if (row !== null) last = row;
      yield value;
    }
    if (next.stream !== null) rows.base = last;
  }
  try {
    for await (const { job, stream } of jobsOf(units)) {
      const answers = pool.submit(job);
      answers.catch(() => {}); // awaited in turn below; a rejection is never left unhandled meanwhile
      queue.push({ stream, answers });
      while (queue.length >= limit) yield* settle();
    }
    while (queue.length > 0) yield* settle();
  } finally {
    await pool.close();
  }
}
