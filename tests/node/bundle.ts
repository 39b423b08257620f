/**
 * The Node entry and its worker thread bundled from source (no prior build needed), side by side as the package
 * ships them, for the tests that start worker threads; the executable, for the tests that run it as a process; and
 * browser apps' bundles, for the tests of what the core costs an app.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, buildSync } from 'esbuild';
import type { readArchive } from '../../src/node/read-archive.js';
import { ROOT } from '../helpers.js';

const BANNER = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

/** Each of `entryPoints` (output name → source file) bundled for Node into `outdir`, self-contained, as `.mjs`. */
function bundleForNode(entryPoints: Record<string, string>, outdir: string): void {
  buildSync({
    entryPoints,
    bundle: true,
    platform: 'node',
    format: 'esm',
    outdir,
    outExtension: { '.js': '.mjs' },
    logLevel: 'silent',
    banner: { js: BANNER },
  });
}

/** `entry` (a source file under src/) bundled as `name.mjs` with its worker beside it, into a fresh folder. */
function bundleWithWorker(prefix: string, name: string, entry: string): string {
  const out = mkdtempSync(join(tmpdir(), prefix));
  bundleForNode({ [name]: join(ROOT, entry), worker: join(ROOT, 'src/node/worker.ts') }, out);
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

/** A browser app's bundle: its size and the modules with code in it (absolute paths). */
export interface BrowserBundle {
  bytes: number;
  inputs: string[];
}

/**
 * `source`, an app's module in `dir`, bundled as a browser app is (esbuild `--bundle --minify --platform=browser
 * --format=esm`), its packages found as Node finds them from `dir`. Throws on an import of a Node built-in: a
 * browser has none, and esbuild cannot resolve one for that platform.
 */
export async function browserBundle(dir: string, source: string): Promise<BrowserBundle> {
  const result = await build({
    stdin: { contents: source, resolveDir: dir, sourcefile: 'app.js' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    absWorkingDir: dir,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  const [meta] = Object.values(result.metafile.outputs);
  const inputs = Object.entries(meta?.inputs ?? {}).filter(([, input]) => input.bytesInOutput > 0);
  return { bytes: output?.contents.byteLength ?? 0, inputs: inputs.map(([path]) => resolve(dir, path)) };
}

/**
 * An app bundled for Node as an app's bundler does it: each of `sources` (file name → module text, with absolute
 * imports of src/) written to a fresh folder and bundled into a self-contained `.mjs` of the same name beside it,
 * and nothing else there (no worker.js). Returns the folder.
 */
export function bundledApp(sources: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cablegram-app-'));
  const entryPoints: Record<string, string> = {};
  for (const [name, text] of Object.entries(sources)) {
    const file = join(dir, `${name}.src.mjs`);
    writeFileSync(file, text);
    entryPoints[name] = file;
  }
  bundleForNode(entryPoints, dir);
  return dir;
}
