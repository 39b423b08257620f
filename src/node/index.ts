/**
 * `cablegram/node`: what needs Node.js (files, directories, streams, worker threads).
 *
 * @packageDocumentation
 */
export { readArchive, type ArchiveOptions } from './read-archive.js';
