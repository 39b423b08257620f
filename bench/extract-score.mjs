#!/usr/bin/env node
// Exact-span F1 of the built package's extract() on the gold cables of ../shared/extract-gold, per
// category, micro-averaged, scored by the gold's own score.mjs. The gold is split by cable with the
// same fixed hash as ../shared/conformance/check.mjs --half (sha256 of the cable id, first byte even
// = develop, odd = score): study the failures of the develop half, report both.
//
//   npm run -s build && node bench/extract-score.mjs [--half develop|score] [--show]
//
// --show prints the misses and false positives of each cable (read them on the develop half only).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extract, parseCable } from '../dist/index.js';

const GOLD = resolve(import.meta.dirname, '../../shared/extract-gold');
if (!existsSync(GOLD)) {
  console.log('../shared/extract-gold is absent: nothing to score');
  process.exit(0);
}
const { score } = await import(pathToFileURL(join(GOLD, 'score.mjs')).href);
const args = process.argv.slice(2);
const half = args.includes('--half') ? args[args.indexOf('--half') + 1] : null;
const show = args.includes('--show');
const halfOf = (id) => (createHash('sha256').update(id).digest()[0] % 2 === 0 ? 'develop' : 'score');

const ids = readdirSync(GOLD)
  .filter((f) => f.endsWith('.gold.json'))
  .map((f) => f.slice(0, -'.gold.json'.length))
  .filter((id) => !half || halfOf(id) === half)
  .sort();

/** The gold's source text: beside the gold, or where its `doc.source` says (the seed lives in the corpus). */
function sourceOf(id, gold) {
  const beside = join(GOLD, `${id}.txt`);
  return readFileSync(existsSync(beside) ? beside : resolve(GOLD, gold.doc.source), 'utf8');
}

/** extract()'s mentions as the scorer's predictions. */
function predictionOf(found) {
  const at = (m) => ({ start: m.position.start.offset, end: m.position.end.offset, text: m.text });
  return {
    system: 'cablegram',
    quantities: found.quantities.map((q) => ({ ...at(q), value: q.value, unit: q.unit, qualifier: q.qualifier })),
    dates: found.dates.map((d) => ({ ...at(d), value: d.value, value_end: d.valueEnd, duration: d.duration })),
    entities: found.entities.map((e) => ({ ...at(e), type: e.kind })),
  };
}

const CATEGORIES = {
  quantities: 'quantities',
  dates: 'dates',
  entities: 'entities(typed)',
  persons: 'entities:person',
};
const totals = Object.fromEntries(Object.keys(CATEGORIES).map((k) => [k, { tp: 0, fp: 0, found: 0, required: 0 }]));
for (const id of ids) {
  const gold = JSON.parse(readFileSync(join(GOLD, `${id}.gold.json`), 'utf8'));
  const source = sourceOf(id, gold);
  const result = score(gold, predictionOf(extract(parseCable(source), source)));
  for (const [name, category] of Object.entries(CATEGORIES)) {
    const exact = result.categories[category]?.exact;
    if (exact) for (const key of ['tp', 'fp', 'found', 'required']) totals[name][key] += exact[key];
  }
  if (show)
    for (const [name, category] of Object.entries(CATEGORIES)) {
      const c = result.categories[category];
      if (!c || name === 'persons') continue;
      console.log(`\n${id} ${name}: misses ${c.misses.length}, false positives ${c.false_positives.length}`);
      for (const miss of c.misses) console.log(`  miss ${miss}`);
      for (const fp of c.false_positives) console.log(`  fp   ${fp}`);
      for (const wrong of c.wrong_values) console.log(`  value ${JSON.stringify(wrong)}`);
    }
}

const f1 = ({ tp, fp, found, required }) => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = required ? found / required : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
};
console.log(`half ${half ?? 'all'} (${ids.join(' ')}), exact F1:`);
for (const [name, metric] of Object.entries(totals))
  console.log(
    `  ${name.padEnd(11)} ${(100 * f1(metric)).toFixed(1).padStart(5)}  ` +
      `(tp ${metric.tp}, fp ${metric.fp}, required ${metric.required})`,
  );
