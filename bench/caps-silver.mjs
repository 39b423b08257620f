#!/usr/bin/env node
// The all-capitals entity path measured without annotation: each mixed-case cable of
// ../shared/archive-dev is read as written and again in capitals (1970s telegrams have no case
// cue), and the mentions of the capitals reading are scored against those of the written one
// (overlap of spans, same kind; one-to-one). The reference is the mixed-case path, not gold: a
// rise says the capitals path reads more like it, whatever the mixed-case path gets wrong. Study
// the develop half's misses (--show), report both halves.
//
//   npm run -s build && node bench/caps-silver.mjs [dist] [--half develop|score] [--show N] [--kind K] [--dump F]
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
const SHARED = resolve(import.meta.dirname, '../../shared');
if (!existsSync(join(SHARED, 'archive-dev'))) {
  console.log('../shared/archive-dev is absent: nothing to measure');
  process.exit(0);
}
const args = process.argv.slice(2);
const dist = resolve(args[0] && !args[0].startsWith('--') ? args[0] : resolve(import.meta.dirname, '../dist'));
const { extract, parseCable } = await import(pathToFileURL(`${dist}/index.js`).href);
const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const half = opt('--half', 'develop');
const show = Number(opt('--show', 0));
const onlyKind = opt('--kind', null);
const dump = opt('--dump', null);
const halfOf = (id) => (createHash('sha256').update(id).digest()[0] % 2 === 0 ? 'develop' : 'score');
const lines = readFileSync(join(SHARED, 'archive-dev/cablegate-dev.jsonl'), 'utf8').split('\n').filter(Boolean);
const upper = (s) => {
  let o = '';
  for (const c of s) {
    const u = c.toUpperCase();
    o += u.length === c.length ? u : c;
  }
  return o;
};
const MIXED = /[a-wyz][a-z]{2}/;
const t = { tp: 0, fp: 0, fn: 0, utp: 0, ufp: 0, ufn: 0, exact: 0 };
const misses = [],
  extras = [],
  wrongKind = [];
let n = 0;
const per = {};
for (const l of lines) {
  const c = JSON.parse(l);
  if (halfOf(c.refid) !== half) continue;
  const src = c.text;
  const body = src.slice(src.indexOf('\n\n'));
  if (!MIXED.test(body)) continue;
  n++;
  const ref = extract(parseCable(src), src).entities.map((e) => ({
    s: e.position.start.offset,
    e: e.position.end.offset,
    k: e.kind,
    t: e.text,
  }));
  const U = upper(src);
  const got = extract(parseCable(U), U).entities.map((e) => ({
    s: e.position.start.offset,
    e: e.position.end.offset,
    k: e.kind,
    t: e.text,
  }));
  const used = new Set(),
    usedU = new Set();
  const ctx = (m) => src.slice(Math.max(0, m.s - 40), m.e + 30).replace(/\s+/g, ' ');
  for (const r of ref) {
    per[r.k] ??= { tp: 0, fp: 0, fn: 0 };
    const j = got.findIndex((g, i) => !used.has(i) && g.s < r.e && r.s < g.e && g.k === r.k);
    if (j >= 0) {
      used.add(j);
      t.tp++;
      per[r.k].tp++;
      if (got[j].s === r.s && got[j].e === r.e) t.exact++;
    } else {
      t.fn++;
      per[r.k].fn++;
      const w = got.find((g) => g.s < r.e && r.s < g.e);
      if (w) wrongKind.push({ id: c.refid, r, w, c: ctx(r) });
      else misses.push({ id: c.refid, r, c: ctx(r) });
    }
    const u = got.findIndex((g, i) => !usedU.has(i) && g.s < r.e && r.s < g.e);
    if (u >= 0) {
      usedU.add(u);
      t.utp++;
    } else t.ufn++;
  }
  got.forEach((g, i) => {
    if (!used.has(i)) {
      t.fp++;
      per[g.k] ??= { tp: 0, fp: 0, fn: 0 };
      per[g.k].fp++;
      if (!ref.some((r) => g.s < r.e && r.s < g.e)) extras.push({ id: c.refid, r: g, c: ctx(g) });
    }
    if (!usedU.has(i)) t.ufp++;
  });
}
const f = (tp, fp, fn) => ((200 * tp) / (2 * tp + fp + fn)).toFixed(1);
const exact = ((100 * t.exact) / t.tp).toFixed(1);
console.log(
  `${half}: ${n} mixed-case cables; typed overlap F1 ${f(t.tp, t.fp, t.fn)} (tp ${t.tp} fp ${t.fp} fn ${t.fn})`,
);
console.log(`  untyped ${f(t.utp, t.ufp, t.ufn)}; exact among typed ${exact}%`);
for (const [k, v] of Object.entries(per))
  console.log(`  ${k.padEnd(13)} F1 ${f(v.tp, v.fp, v.fn)}  tp ${v.tp} fp ${v.fp} fn ${v.fn}`);
console.log(`  missed ${misses.length}, wrong kind ${wrongKind.length}, extra (no overlap) ${extras.length}`);
if (dump) writeFileSync(dump, JSON.stringify({ misses, wrongKind, extras }));
if (show) {
  const pick = (a) => {
    const o = [];
    const step = Math.max(1, Math.floor(a.length / show));
    for (let i = 0; i < a.length && o.length < show; i += step) o.push(a[i]);
    return o;
  };
  const filt = (a, key) => (onlyKind ? a.filter((x) => x[key].k === onlyKind) : a);
  console.log('\n-- missed');
  for (const m of pick(filt(misses, 'r'))) console.log(`${m.r.k.padEnd(12)} ${m.r.t.padEnd(30)} | ${m.c}`);
  console.log('\n-- wrong kind');
  for (const m of pick(filt(wrongKind, 'r'))) console.log(`${m.r.k}->${m.w.k} ${m.r.t.padEnd(28)} | ${m.c}`);
  console.log('\n-- extra');
  for (const m of pick(filt(extras, 'r'))) console.log(`${m.r.k.padEnd(12)} ${m.r.t.padEnd(30)} | ${m.c}`);
}
