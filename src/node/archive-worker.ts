/**
 * The loop of an archive reader's worker thread (`jobs: N`): parses the items it is sent, in order, and answers
 * with their cables, or their summaries for the batch commands (much less to send back). It says it is ready once
 * its modules are loaded, so that the pool can tell a worker that cannot start from an item that stopped one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type ArchiveItem, type ArchiveResult, type ItemLimits, parseItem, summarize } from './read-archive.js';

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
  port.on('message', ({ id, item }: { id: number; item: ArchiveItem }) => {
    const cable = parseItem(item, data.limits);
    port.postMessage({ id, value: result === 'cable' ? cable : summarize(cable) });
  });
  port.postMessage({ ready: true });
}
