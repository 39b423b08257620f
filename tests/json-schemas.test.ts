/**
 * The JSON Schema files (scripts/json-schemas.mjs, written to dist/schema/ by the build): each compiles under
 * Ajv's draft 2020-12, accepts the trees, records and mentions cablegram yields (the seed, inputs written here,
 * and every cable of ../shared when present), and refuses what is no tree, record or mention.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../scripts/json-schemas.mjs';
import * as api from '../src/index.js';
import { describeShared, ROOT, SHARED } from './helpers.js';

const schemas = jsonSchemas(api) as Record<string, object>;
const ajv = new Ajv2020({ allErrors: false, strict: true });
const validate = {
  cable: ajv.compile(schemas['cable.json'] as object),
  record: ajv.compile(schemas['cable-record.json'] as object),
  mention: ajv.compile(schemas['mention.json'] as object),
};

/** The schema errors of a text's tree, record and mentions, each with where it was found ([] when all validate). */
function problems(text: string, name: string, withMentions = true): string[] {
  const cable = api.parseCable(text);
  const found = withMentions ? api.extract(cable, text) : { quantities: [], dates: [], entities: [] };
  const checks: Array<[keyof typeof validate, unknown]> = [
    ['cable', JSON.parse(JSON.stringify(cable))],
    ['record', api.toRecord(cable)],
    ...[...found.quantities, ...found.dates, ...found.entities].map((m) => ['mention', m] as ['mention', unknown]),
  ];
  return checks.flatMap(([kind, value]) =>
    validate[kind](value) ? [] : [`${name}: ${kind}: ${ajv.errorsText(validate[kind].errors)}`],
  );
}

const seed = readFileSync(join(ROOT, 'fixtures/seed/08ASTANA358.txt'), 'utf8');

describe('the JSON Schema files', () => {
  it('are the files package.json exports', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    for (const file of Object.keys(schemas)) expect(pkg.exports[`./schema/${file}`]).toBe(`./dist/schema/${file}`);
    expect(Object.keys(schemas)).toEqual(['cable.json', 'cable-record.json', 'mention.json']);
  });
  it("accept the seed's tree, record and mentions", () => {
    expect(problems(seed, 'seed')).toEqual([]);
    const found = api.extract(api.parseCable(seed), seed);
    expect(found.quantities.length + found.dates.length + found.entities.length).toBeGreaterThan(50);
  });
  it('accept trees of odd inputs written here: a 1970s telegram, a Cablegate page, a cables.csv row, nothing', () => {
    for (const [name, text] of [
      ['telegram', 'PAGE 01 STATE 123456\nORIGIN EUR-12\nINFO OCT-01 /040 R\nDRAFTED BY EUR/RPM:JSMITH\n'],
      ['page', '<html><pre>UNCLAS ASTANA 000358\n\nSUBJECT: X</pre><pre>1. Y &amp; Z.</pre></html>'],
      ['row', '"1","2/21/2008 9:51","08ASTANA358","Embassy Astana","UNCLASSIFIED","","H","1. On May 4 $5."\n'],
      ['blank', ''],
      ['control', '\u0000REF: A. STATE 12345\nTAGS:\n'],
    ])
      expect(problems(text as string, name as string)).toEqual([]);
  });
  it('refuse a record with a field of the wrong type, a field too many or one missing', () => {
    const record = api.toRecord(api.parseCable(seed));
    expect(validate.record(record)).toBe(true);
    expect(validate.record({ ...record, id: 358 })).toBe(false);
    expect(validate.record({ ...record, colour: 'red' })).toBe(false);
    const { subject: _, ...without } = record;
    expect(validate.record(without)).toBe(false);
  });
  it('refuse a tree node of an unknown type, and a mention without a position', () => {
    const cable = JSON.parse(JSON.stringify(api.parseCable(seed)));
    cable.children[0].type = 'telex';
    expect(validate.cable(cable)).toBe(false);
    const [quantity] = api.extractQuantities('They sent 300 troops.');
    expect(validate.mention(quantity)).toBe(true);
    expect(validate.mention({ ...quantity, position: undefined })).toBe(false);
  });
});

/** The files under a directory, recursively, whose names match. */
function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

describeShared('the JSON Schema files on ../shared', () => {
  it('accept the tree, record and mentions of every file of ../shared/corpus', () => {
    const corpus = files(join(SHARED, 'corpus'), /\.(txt|html|md|csv)$/);
    expect(corpus.length).toBeGreaterThan(100);
    expect(corpus.flatMap((file) => problems(readFileSync(file, 'utf8'), file))).toEqual([]);
  });
  it('accept the tree and record of every cable of ../shared/archive-dev', () => {
    const rows = readFileSync(join(SHARED, 'archive-dev/cablegate-dev.jsonl'), 'utf8').split('\n').filter(Boolean);
    expect(rows.length).toBe(2400);
    const texts = rows.map((row) => JSON.parse(row) as { refid: string; text: string });
    expect(texts.flatMap(({ refid, text }) => problems(text, refid, false))).toEqual([]);
  });
});
