/**
 * The Node entry and its worker thread bundled from source (no prior build needed), side by side as the package
 * ships them, for the tests that start worker threads; and the executable, for the tests that run it as a process.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { readArchive } from '../../src/node/read-archive.js';
import { ROOT } from '../helpers.js';

const BANNER = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

/** `cablegram/node` bundled with its worker beside it; built once per test file. */
export async function bundledNode(): Promise<{ readArchive: typeof readArchive }> {
  const out = mkdtempSync(join(tmpdir(), 'cablegram-workers-'));
  buildSync({
    entryPoints: { node: join(ROOT, 'src/node/index.ts'), worker: join(ROOT, 'src/node/worker.ts') },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outdir: out,
    outExtension: { '.js': '.mjs' },
    logLevel: 'silent',
    banner: { js: BANNER },
  });
  writeFileSync(join(out, 'worker.js'), "import './worker.mjs';\n");
  return (await import(join(out, 'node.mjs'))) as { readArchive: typeof readArchive };
}

/** The `cablegram` executable bundled into one file (with its worker beside it); returns its path. */
export function bundledCli(): string {
  const out = mkdtempSync(join(tmpdir(), 'cablegram-cli-'));
  buildSync({
    entryPoints: { cli: join(ROOT, 'src/cli.ts'), worker: join(ROOT, 'src/node/worker.ts') },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outdir: out,
    outExtension: { '.js': '.mjs' },
    logLevel: 'silent',
    banner: { js: BANNER },
  });
  writeFileSync(join(out, 'worker.js'), "import './worker.mjs';\n");
  return join(out, 'cli.mjs');
}
