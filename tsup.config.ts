import { defineConfig, type Options } from 'tsup';

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

export default defineConfig([
  {
    // The library: the browser-safe core and the Node-only entry, ESM + CJS + .d.ts.
    entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    shims: true,
    target: 'node20',
  },
  {
    // The executable and the worker thread readArchive starts (beside it in dist/).
    entry: { cli: 'src/cli.ts', worker: 'src/node/worker.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    target: 'node20',
  },
  playground,
]);
