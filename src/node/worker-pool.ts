/**
 * Parsing on worker threads, in input order. Each worker takes items in turn (the least busy first, a few in
 * flight each) and answers in the order it was sent them, so when a worker stops (out of memory, a crash) the
 * first item it had not answered is the one that stopped it: that item becomes a CG930 cable, the others it held
 * go to a new worker, and the batch goes on. A worker that stops before it is ready (its module cannot load) stops
 * the batch with that error: no item is to blame.
 */
import { Worker } from 'node:worker_threads';
import type { Cable } from '../ast.js';
import {
  type ArchiveItem,
  type ArchiveResult,
  type CableSummary,
  type ItemLimits,
  parseItem,
  summarize,
} from './read-archive.js';

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

type Value = Cable | CableSummary;

/**
 * Worker heaps: a small young generation keeps each worker's resident memory low (a cable is
 * parsed and dropped at once, so little survives a scavenge); the old generation may grow for a
 * very large single cable.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 2048 };

/** One worker and the ids it was sent and has not answered, in order. */
interface Slot {
  worker: Worker;
  queue: number[];
  ready: boolean;
  gone: boolean;
}

/** Why an item's worker stopped, as a CG930 reason. */
function stoppedReason(error: Error): string {
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY')
    return 'a cable that exhausted the memory of the worker parsing it (workerMemoryMb)';
  return `a cable that stopped the worker parsing it (${error.message})`;
}

/** Starts `jobs` workers; items are sent with `send` and their results taken, by id, with `take`. */
function workerPool(options: PoolOptions) {
  const { result, limits } = options;
  const done = new Map<number, Value>();
  const waiting = new Map<number, () => void>();
  const items = new Map<number, ArchiveItem>();
  const state = { fatal: null as Error | null, closing: false };
  const slots: Slot[] = [];
  const settle = (id: number, value: Value) => {
    done.set(id, value);
    items.delete(id);
    waiting.get(id)?.();
  };
  const post = (slot: Slot, id: number) => {
    slot.queue.push(id);
    slot.worker.postMessage({ id, item: items.get(id) });
  };
  const lost = (k: number, slot: Slot, error: Error) => {
    if (slot.gone || state.closing) return;
    slot.gone = true;
    if (!slot.ready) {
      state.fatal = error;
      for (const wake of waiting.values()) wake();
      return;
    }
    const [culprit, ...rest] = slot.queue;
    const fresh = start(k);
    for (const id of rest) post(fresh, id);
    if (culprit === undefined) return;
    const cable = parseItem({ ...(items.get(culprit) as ArchiveItem), text: '', error: stoppedReason(error) });
    settle(culprit, result === 'cable' ? cable : summarize(cable));
  };
  const start = (k: number): Slot => {
    const maxOldGenerationSizeMb = options.memoryMb ?? WORKER_LIMITS.maxOldGenerationSizeMb;
    const worker = new Worker(options.workerUrl ?? new URL('./worker.js', import.meta.url), {
      workerData: { result, limits },
      resourceLimits: { ...WORKER_LIMITS, maxOldGenerationSizeMb },
    });
    const slot: Slot = { worker, queue: [], ready: false, gone: false };
    worker.on('message', (message: { ready: true } | { id: number; value: Value }) => {
      if ('ready' in message) slot.ready = true;
      else if (slot.queue.shift() === message.id) settle(message.id, message.value);
    });
    worker.on('error', (error) => lost(k, slot, error));
    worker.on('exit', (code) => lost(k, slot, new Error(`the worker exited with code ${code}`)));
    slots[k] = slot;
    return slot;
  };
  for (let k = 0; k < options.jobs; k++) start(k);
  return {
    send(id: number, item: ArchiveItem) {
      items.set(id, item);
      const slot = slots.reduce((best, s) => (s.queue.length < best.queue.length ? s : best));
      post(slot, id);
    },
    async take(id: number): Promise<Value> {
      if (!done.has(id) && !state.fatal) await new Promise<void>((resolve) => waiting.set(id, resolve));
      waiting.delete(id);
      if (state.fatal) throw state.fatal;
      const value = done.get(id) as Value;
      done.delete(id);
      return value;
    },
    async close() {
      state.closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

/** Parses items on `jobs` worker threads, at most eight per worker in flight, yielding in order. */
export async function* parseOnWorkers(
  items: AsyncGenerator<ArchiveItem>,
  options: PoolOptions,
): AsyncGenerator<Cable | CableSummary> {
  const pool = workerPool(options);
  const limit = options.jobs * 8;
  let sent = 0;
  let next = 0;
  try {
    for await (const item of items) {
      pool.send(sent++, item);
      while (sent - next >= limit) yield await pool.take(next++);
    }
    while (next < sent) yield await pool.take(next++);
  } finally {
    await pool.close();
  }
}
