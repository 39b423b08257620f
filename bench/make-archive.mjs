#!/usr/bin/env node
// Writes a synthetic cables.csv of a requested size, for benchmarks and tests, by repeating the
// cables of ../shared/corpus (their header and body blocks) with fresh reference ids:
//   node bench/make-archive.mjs OUT.csv 1G        (sizes like 500M, 1G, 2000000)
// The file has the layout of the Cablegate cables.csv: id, date, refid, origin, classification,
// references, header, content; quoted fields, backslash escapes, line breaks inside quotes.
import { createWriteStream, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from './corpus.mjs';

const [out, sizeArg = '100M'] = process.argv.slice(2);
if (!out) {
  console.error('usage: node bench/make-archive.mjs OUT.csv SIZE   (e.g. 1G, 500M)');
  process.exit(2);
}
const units = { K: 1e3, M: 1e6, G: 1e9 };
const size = Number.parseFloat(sizeArg) * (units[sizeArg.slice(-1).toUpperCase()] ?? 1);
const corpus = join(CORPUS, 'raw/anarchivist-cablegate-data');
const decode = (html) =>
  html
    .replace(/<[^<>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const cells = (html) =>
  [
    ...(/<table class=['"]cable['"]>([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '').matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g),
  ].map((m) => decode(m[1]).trim());
const cables = readdirSync(corpus)
  .filter((name) => name.endsWith('.html'))
  .map((name) => {
    const html = readFileSync(join(corpus, name), 'utf8');
    const [refid = '', created = '', , classification = '', origin = ''] = cells(html);
    const blocks = [...html.matchAll(/<pre[^>]*>([\s\S]*?)<\/pre>/g)].map((m) => decode(m[1]));
    return {
      refid,
      created,
      classification,
      origin,
      header: blocks.length > 1 ? blocks[0] : '',
      content: blocks.at(-1) ?? '',
    };
  });
const quote = (text) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const file = createWriteStream(out);
let written = 0;
let n = 0;
while (written < size) {
  const cable = cables[n % cables.length];
  n++;
  const [date = '2008-01-01', time = '00:00'] = cable.created.split(' ');
  const [y, m, d] = date.split('-');
  const refid = cable.refid.replace(/\d+$/, String(100000 + n));
  const fields = [
    String(n),
    `${Number(m)}/${Number(d)}/${y} ${time}`,
    refid,
    cable.origin,
    cable.classification,
    '',
    cable.header,
    cable.content,
  ];
  const row = `${fields.map(quote).join(',')}\n`;
  written += Buffer.byteLength(row);
  if (!file.write(row)) await new Promise((r) => file.once('drain', r));
}
file.end(() => console.log(`${out}: ${n} rows, ${(written / 1e6).toFixed(1)} MB`));
