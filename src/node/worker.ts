/** The worker thread of `readArchive({ jobs })`: parses the items it is sent, answering with their cables. */
import { parentPort } from 'node:worker_threads';
import { parseItem, type ArchiveItem } from './read-archive.js';

parentPort?.on('message', ({ id, item }: { id: number; item: ArchiveItem }) => {
  parentPort?.postMessage({ id, cable: parseItem(item) });
});
