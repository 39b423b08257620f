#!/usr/bin/env node
// Output snapshots for changes that must not change behaviour (a refactor, a speed change):
// `write` parses every input of ../shared (the 2,400 archive-dev cables, the conformance inputs,
// the corpus files, the extractor gold texts) with the built package and writes tree, record and
// extract of each as one JSON line; `diff` compares two snapshots and prints, per input that
// changed, which of the three changed and the first differing path.
//   node bench/snapshot.mjs write /tmp/before.jsonl
//   node bench/snapshot.mjs diff /tmp/before.jsonl /tmp/after.jsonl [--show 20]
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const shared = resolve('../shared');
const [mode, a, b] = process.argv.slice(2);
const show = Number(process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : 20);

/** Every input of ../shared as [key, text, options]. */
function* inputs() {
  const rows = readFileSync(join(shared, 'archive-dev/cablegate-dev.jsonl'), 'utf8').split('\n').filter(Boolean);
  for (const row of rows) {
    const { refid, text } = JSON.parse(row);
    yield [`archive-dev:${refid}`, text, {}];
  }
  const cases = readFileSync(join(shared, 'conformance/cablemap-dev.jsonl'), 'utf8').split('\n').filter(Boolean);
  for (const line of cases) {
    const c = JSON.parse(line);
    if (c.field !== 'canonicalId') yield [`conformance:${c.id}`, c.input, c.options ?? {}];
  }
  const raw = join(shared, 'corpus/raw');
  for (const folder of readdirSync(raw).sort()) {
    for (const name of readdirSync(join(raw, folder)).sort()) {
      yield [`corpus:${folder}/${name}`, readFileSync(join(raw, folder, name), 'utf8'), {}];
    }
  }
  const gold = join(shared, 'extract-gold');
  for (const name of readdirSync(gold)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    yield [`gold:${name}`, readFileSync(join(gold, name), 'utf8'), {}];
  }
  yield ['seed', readFileSync('fixtures/seed/08ASTANA358.txt', 'utf8'), {}];
}

async function write(file) {
  const api = await import(pathToFileURL(resolve('dist/index.js')).href);
  const out = createWriteStream(file);
  let count = 0;
  for (const [key, text, options] of inputs()) {
    const tree = api.parseCable(text, options);
    const line = JSON.stringify({ key, tree, record: api.toRecord(tree), extract: api.extract(tree, text) });
    if (!out.write(`${line}\n`)) await new Promise((done) => out.once('drain', done));
    count++;
  }
  await new Promise((done) => out.end(done));
  console.log(`${count} inputs written to ${file}`);
}

/** The first path where `x` and `y` differ, or null. */
function firstDifference(x, y, path = '') {
  if (x === y) return null;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) {
    return `${path || '.'}: ${JSON.stringify(x)?.slice(0, 160)} -> ${JSON.stringify(y)?.slice(0, 160)}`;
  }
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) {
    const found = firstDifference(x[key], y[key], `${path}.${key}`);
    if (found) return found;
  }
  return null;
}

function load(file) {
  const map = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const at = line.indexOf('","tree"');
    map.set(JSON.parse(`${line.slice(0, at + 1)}}`).key, line);
  }
  return map;
}

function diff(before, after) {
  const x = load(before);
  const y = load(after);
  const changed = { tree: 0, record: 0, extract: 0, missing: 0 };
  let shown = 0;
  for (const [key, line] of x) {
    const other = y.get(key);
    if (other === line) continue;
    if (other === undefined) {
      changed.missing++;
      continue;
    }
    const p = JSON.parse(line);
    const q = JSON.parse(other);
    const parts = [];
    for (const part of ['record', 'extract', 'tree']) {
      const found = firstDifference(p[part], q[part], part);
      if (found) {
        changed[part]++;
        parts.push(found);
      }
    }
    if (shown++ < show) console.log(`${key}\n  ${parts.join('\n  ')}`);
  }
  console.log(`${x.size} inputs; changed: ${JSON.stringify(changed)}`);
}

if (!existsSync(shared)) {
  console.log('bench/snapshot.mjs: ../shared is absent; nothing to snapshot');
} else if (mode === 'write' && a) await write(a);
else if (mode === 'diff' && a && b) diff(a, b);
else {
  console.error('usage: snapshot.mjs write OUT.jsonl | diff BEFORE.jsonl AFTER.jsonl [--show N]');
  process.exit(2);
}
