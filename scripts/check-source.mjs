#!/usr/bin/env node
// The source checks the formatter leaves to us (run by `npm run lint`): no line of `src/`, `tests/`, `bench/`,
// `scripts/` or `playground/` (its built `dist/` left out) is longer than 120 characters (the formatter does not wrap
// comments, strings or regexps).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const LIMIT = 120;
// Files issue 12 (the extractors) reshapes, checked once it lands.
const roots = ['src', 'tests', 'bench', 'scripts', 'playground'];
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'dist' && name !== 'node_modules') walk(path);
    }
    else if (/\.(?:ts|mjs|js)$/.test(name)) files.push(path);
  }
};
for (const root of roots) walk(root);
const long = [];
for (const file of files) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, k) => {
      if ([...line].length > LIMIT) long.push(`${file}:${k + 1}: ${[...line].length} characters`);
    });
}
if (long.length > 0) {
  console.error(`Lines over ${LIMIT} characters:\n${long.join('\n')}`);
  process.exit(1);
}
console.log(`${files.length} files, no line over ${LIMIT} characters`);
