/**
 * The worker thread the archive readers start by default (`jobs: N`), shipped beside cablegram/node as
 * `dist/worker.js`: it serves the reader (see archive-worker.ts).
 */
import { runArchiveWorker } from './archive-worker.js';

runArchiveWorker();
