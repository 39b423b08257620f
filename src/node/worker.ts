/**
 * The worker thread of the archive readers (`jobs: N`): parses the items it is sent, in order, and answers with
 * their cables, or their summaries for the batch commands (much less to send back). It says it is ready once its
 * modules are loaded, so that the pool can tell a worker that cannot start from an item that stopped one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type ArchiveItem, type ArchiveResult, type ItemLimits, parseItem, summarize } from './read-archive.js';

const data = (workerData ?? {}) as { result?: ArchiveResult; limits?: ItemLimits };
const result = data.result ?? 'cable';

parentPort?.on('message', ({ id, item }: { id: number; item: ArchiveItem }) => {
  const cable = parseItem(item, data.limits);
  parentPort?.postMessage({ id, value: result === 'cable' ? cable : summarize(cable) });
});
parentPort?.postMessage({ ready: true });
