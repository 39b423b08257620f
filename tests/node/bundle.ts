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

/** `entry` (a source file under src/) bundled as `name.mjs` with its worker beside it, into a fresh folder. */
function bundleWithWorker(prefix: string, name: string, entry: string): string {
  const out = mkdtempSync(join(tmpdir(), prefix));
  buildSync({
    entryPoints: { [name]: join(ROOT, entry), worker: join(ROOT, 'src/node/worker.ts') },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outdir: out,
    outExtension: { '.js': '.mjs' },
    logLevel: 'silent',
    banner: { js: BANNER },
  });
  writeFileSync(join(out, 'worker.js'), "import './worker.mjs';\n");
  return join(out, `${name}.mjs`);
}

/** `cablegram/node` bundled with its worker beside it; built once per test file. */
export async function bundledNode(): Promise<{ readArchive: typeof readArchive }> {
  const path = bundleWithWorker('cablegram-workers-', 'node', 'src/node/index.ts');
  return (await import(path)) as { readArchive: typeof readArchive };
}

/** The `cablegram` executable bundled into one file (with its worker beside it); returns its path. */
export function bundledCli(): string {
  return bundleWithWorker('cablegram-cli-', 'cli', 'src/cli.ts');
}
