import { relative, resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

const SRC = resolve(import.meta.dirname, 'src');

/** True for a source file of the core: src/ but node/ and cli.ts. */
const inCore = (path: string) => {
  const rel = relative(SRC, path).replaceAll('\\', '/');
  return !rel.startsWith('..') && !rel.startsWith('node/') && rel !== 'cli.ts';
};

/**
 * The core as ES modules, one file a module, as src/ has them (dist/parse.js, dist/grammar/tags.js, ...): with
 * `sideEffects: false`, an app's bundler leaves out every module the app does not reach (one flat file keeps every
 * statement of its top level that might do something, the extractors' lexicons in a bundle that never extracts).
 * The index (dist/index.js) and the Node entry import these files; the bundle-size test builds with these options.
 */
export const coreModules: Options = {
  entry: ['src/**/*.ts', '!src/index.ts', '!src/node/**', '!src/cli.ts'],
  format: ['esm'],
  bundle: false,
  outDir: 'dist',
  sourcemap: true,
  clean: false,
  target: 'es2022',
};

/** In an ES module build, an import of a core module stays an import, of its file in the tree of coreModules. */
export const coreExternal: Plugin = {
  name: 'cablegram-core-external',
  setup(build) {
    if (build.initialOptions.format !== 'esm') return;
    build.onResolve({ filter: /^\./ }, ({ path, resolveDir, kind }) => {
      const source = resolve(resolveDir, path.replace(/\.js$/, '.ts'));
      if (kind === 'entry-point' || !inCore(source)) return undefined;
      return { path: `./${relative(SRC, source).replaceAll('\\', '/').replace(/\.ts$/, '.js')}`, external: true };
    });
  },
};

/**
 * The playground page (playground/): the library bundled for browsers with the page's own script, one classic
 * script (an IIFE, so the page also opens from file://), the seed cable inlined as text, and the HTML and CSS of
 * playground/public copied beside it. `platform: 'browser'` fails the build on any Node built-in. The page's test
 * builds it with the same options into a folder of its own.
 */
export const playground: Options = {
  entry: { playground: 'playground/src/main.ts' },
  outDir: 'playground/dist',
  format: ['iife'],
  platform: 'browser',
  target: 'es2022',
  minify: true,
  noExternal: [/.*/],
  loader: { '.txt': 'text' },
  publicDir: 'playground/public',
  outExtension: () => ({ js: '.js' }),
  clean: true,
  tsconfig: 'playground/tsconfig.json',
};

/**
 * The library's entries: the browser-safe core and the Node-only entry, ESM + CJS + .d.ts. In ESM both import the
 * core's modules (coreModules); in CJS each is one file.
 */
export const library: Options = {
  entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: false,
  shims: true,
  target: 'node20',
  esbuildPlugins: [coreExternal],
};

export default defineConfig([
  library,
  coreModules,
  {
    // The executable and the worker thread readArchive starts (beside it in dist/).
    entry: { cli: 'src/cli.ts', worker: 'src/node/worker.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    target: 'node20',
  },
  playground,
]);
