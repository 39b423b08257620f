/** JSON in pieces: the same text as JSON.stringify, for any plain value and for trees, never one string of it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCable, toRecord } from '../../src/index.js';
import { jsonPieces } from '../../src/node/json-out.js';
import { ROOT } from '../helpers.js';

const seed = readFileSync(join(ROOT, 'fixtures/seed/08ASTANA358.txt'), 'utf8');

describe('jsonPieces', () => {
  it('writes the tree and the record of the seed as JSON.stringify does, indented or not', () => {
    const cable = parseCable(seed);
    for (const value of [cable, toRecord(cable)])
      for (const indent of [undefined, 2])
        expect([...jsonPieces(value, indent)].join('')).toBe(JSON.stringify(value, null, indent));
  });
  it('writes any plain value as JSON.stringify does (property)', () => {
    const value = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(fc.string(), fc.oneof(fc.constant(undefined), fc.array(fc.jsonValue()), fc.jsonValue())),
      fc.array(fc.oneof(fc.constant(undefined), fc.jsonValue())),
    );
    fc.assert(
      fc.property(value, fc.constantFrom(undefined, 0, 1, 2, 4), (v, indent) => {
        expect([...jsonPieces(v, indent)].join('')).toBe(JSON.stringify(v, null, indent));
      }),
      { numRuns: 1000, seed: 20261129 },
    );
  });
  it('hands a large tree out in pieces of about 64 KB, never as one string', () => {
    const cable = parseCable('1. Text.\n\n'.repeat(50_000));
    const pieces = [...jsonPieces(cable)];
    expect(pieces.length).toBeGreaterThan(50);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(70_000);
    expect(pieces.join('')).toBe(JSON.stringify(cable));
  });
});
