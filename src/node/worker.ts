/**
 * The worker thread of the archive readers (`jobs: N`): parses the items it is sent and answers
 * with their cables, or their summaries for the batch commands (much less to send back).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseItem, summarize, type ArchiveItem, type ArchiveResult } from './read-archive.js';

const result = (workerData as { result: ArchiveResult } | null)?.result ?? 'cable';

parentPort?.on('message', ({ id, item }: { id: number; item: ArchiveItem }) => {
  const cable = parseItem(item);
  parentPort?.postMessage({ id, value: result === 'cable' ? cable : summarize(cable) });
});
