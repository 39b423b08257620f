#!/usr/bin/env node
// Run before a script that reads ../shared (`npm run conformance`): exits 1 with one line naming what is missing
// when a path given (relative to ../shared) is absent, instead of the stack trace of a module not found.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const shared = resolve(import.meta.dirname, '../../shared');
const [what, ...paths] = process.argv.slice(2);
const missing = paths.filter((path) => !existsSync(join(shared, path)));
if (missing.length > 0) {
  console.error(`${what} needs ${missing.map((path) => `../shared/${path}`).join(' and ')}, absent here`);
  process.exit(1);
}
