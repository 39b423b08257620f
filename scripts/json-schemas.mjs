#!/usr/bin/env node
// The JSON Schema files of the package, generated from its zod schemas (z.toJSONSchema, draft 2020-12):
// dist/schema/cable.json (the tree), cable-record.json (toRecord's record) and mention.json (one mention of
// extract: a quantity, a date or an entity). `npm run build` runs this file after tsup, on the built package;
// tests/json-schemas.test.ts calls jsonSchemas() on the sources.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';

/** Each file's name, title and zod schema, from the package's exports (`api`: the built or the source module). */
const FILES = (api) => [
  ['cable.json', 'Cable', 'The syntax tree parseCable returns (unist-compatible, every node positioned).', api.Cable],
  ['cable-record.json', 'CableRecord', 'The flat record toRecord returns, one per cable.', api.CableRecord],
  [
    'mention.json',
    'Mention',
    'One mention extract finds: a quantity, a date or an entity (the items of its three lists).',
    z.discriminatedUnion('type', [api.Quantity, api.DateMention, api.Entity]),
  ],
];

/** A registry naming each zod schema `api` exports by its export name, but `root` (the file's own schema). */
function namedSchemas(api, root) {
  const registry = z.registry();
  for (const [name, value] of Object.entries(api))
    if (value instanceof z.ZodType && value !== root) registry.add(value, { id: name });
  return registry;
}

/**
 * The JSON Schemas of the package's trees, records and mentions, by file name.
 *
 * @param {Record<string, import('zod').ZodType>} api the module exporting Cable, CableRecord, Quantity, DateMention
 *   and Entity.
 * @returns {Record<string, object>}
 */
export function jsonSchemas(api) {
  const out = {};
  for (const [file, title, description, schema] of FILES(api)) {
    // The exported schemas (Position, Paragraph, Diagnostic...) become $defs under their own names, and other
    // schemas used more than once $defs too: the tree's file is a fourth of its inlined size.
    const json = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io: 'output',
      reused: 'ref',
      metadata: namedSchemas(api, schema),
    });
    out[file] = { $schema: json.$schema, title, description, ...json };
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = resolve(import.meta.dirname, '..');
  const api = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  const dir = join(root, 'dist/schema');
  mkdirSync(dir, { recursive: true });
  for (const [file, schema] of Object.entries(jsonSchemas(api)))
    writeFileSync(join(dir, file), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`JSON Schema: ${Object.keys(jsonSchemas(api)).map((file) => `dist/schema/${file}`).join(', ')}`);
}
