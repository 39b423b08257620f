import { defineConfig } from 'tsup';

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
]);
