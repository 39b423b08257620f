/**
 * The loop of an archive reader's worker thread (`jobs: N`): runs the jobs it is sent, in order (items to parse, or
 * a piece of a cables.csv to split into rows and parse), and answers with their cables, their summaries for the
 * batch commands, or the lines `records` writes (much less to send back). It says it is ready once its modules are
 * loaded, so that the pool can tell a worker that cannot start from an item that stopped one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PARSE_LIMITS } from '../options.js';
import type { ArchiveResult, ItemLimits } from './read-archive.js';
import { type Job, runJob } from './worker-pool.js';

/**
 * Serves the archive reader that started this worker thread: the module a `workerUrl` of `readArchive` names calls
 * it (an app that bundles `cablegram/node` bundles such a module beside it, see the README). Throws on the main
 * thread, where there is no reader to serve.
 *
 * @example
 * // archive-worker.js, bundled beside the app: readArchive(path, { jobs: 4, workerUrl: new URL('./archive-worker.js',
 * // import.meta.url) })
 * import { runArchiveWorker } from 'cablegram/node';
 * runArchiveWorker();
 */
export function runArchiveWorker(): void {
  const port = parentPort;
  if (port === null) throw new Error('runArchiveWorker: not on a worker thread (readArchive starts it with jobs > 1)');
  const data = (workerData ?? {}) as { result?: ArchiveResult; limits?: ItemLimits };
  const result = data.result ?? 'cable';
  const limits = data.limits ?? PARSE_LIMITS;
  port.on('message', ({ id, job }: { id: number; job: Job }) => {
    port.postMessage({ id, answers: runJob(job, result, limits) });
  });
  port.postMessage({ ready: true });
}
