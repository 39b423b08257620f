/**
 * readArchive in a bundled app: an app bundled into a file of its own has no worker.js beside it, so `jobs` of 2
 * or more fails unless `workerUrl` names the worker module the app bundled beside it (one calling
 * runArchiveWorker); then it reads what one thread reads, in the same order.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runArchiveWorker } from '../../src/node/index.js';
import { ROOT } from '../helpers.js';
import { bundledApp } from './bundle.js';

const NODE = JSON.stringify(join(ROOT, 'src/node/index.ts'));
const CORE = JSON.stringify(join(ROOT, 'src/index.ts'));
const dir = bundledApp({
  app: `import { isMainThread } from 'node:worker_threads';
import { readArchive, runArchiveWorker } from ${NODE};
import { toRecord } from ${CORE};
export const workerUrl = new URL('./archive-worker.mjs', import.meta.url);
export const self = import.meta.url;
if (!isMainThread) runArchiveWorker();
export async function ids(path, options) {
  const found = [];
  for await (const cable of readArchive(path, options)) found.push(toRecord(cable).id ?? cable.source.file);
  return found;
}
`,
  'archive-worker': `import { runArchiveWorker } from ${NODE};\nrunArchiveWorker();\n`,
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type App = { workerUrl: URL; self: string; ids(path: string, options: object): Promise<string[]> };
const app = async () => (await import(pathToFileURL(join(dir, 'app.mjs')).href)) as App;
const FIXTURES = join(ROOT, 'fixtures');

describe('readArchive in a bundled app', () => {
  it('reads on workers the module workerUrl names (a URL, a path, the app itself) what one thread reads', async () => {
    const { ids, workerUrl, self } = await app();
    const alone = await ids(FIXTURES, { jobs: 1 });
    expect(alone.length).toBeGreaterThan(10);
    expect(alone).toContain('08ASTANA358');
    expect(await ids(FIXTURES, { jobs: 2, workerUrl })).toEqual(alone);
    expect(await ids(FIXTURES, { jobs: 2, workerUrl: join(dir, 'archive-worker.mjs') })).toEqual(alone);
    expect(await ids(FIXTURES, { jobs: 2, workerUrl: new URL(self) })).toEqual(alone);
  });
  it('fails without workerUrl: the worker cablegram ships is not beside the bundle', async () => {
    const { ids } = await app();
    await expect(ids(FIXTURES, { jobs: 2 })).rejects.toThrow(/worker\.js/);
  });
  it('has runArchiveWorker refuse the main thread', () => {
    expect(() => runArchiveWorker()).toThrow(/not on a worker thread/);
  });
});
