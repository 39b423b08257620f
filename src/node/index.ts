/**
 * `cablegram/node`: what needs Node.js (files, directories, streams, worker threads).
 *
 * @packageDocumentation
 */
export { runArchiveWorker } from './archive-worker.js';
export { readArchive, type ArchiveOptions } from './read-archive.js';
