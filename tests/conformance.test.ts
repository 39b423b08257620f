/**
 * The shared conformance set (real snippets with expected record fields from a peer project's
 * test suite), scored the way ../shared/conformance/check.mjs scores it, against a floor raised as the rules
 * improve (lowered from 301 when table entries that only fitted these cases were removed: misspelled posts,
 * the TAGS phrase and person tables; see CHANGELOG).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { canonicalCableId, parseCable, toRecord } from '../src/index.js';
import { describeShared, SHARED } from './helpers.js';

/** The last recorded score (passing cases of 304); raise it when the parser improves. */
const FLOOR = 294;

interface Case {
  id: string;
  field: string;
  input: string;
  options?: { date?: string };
  expected: unknown;
}

const ws = (s: unknown) => (typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : s);
const pickAddressee = (a: Record<string, unknown>) => ({
  routingIndicator: a?.routingIndicator ?? null,
  name: ws(a?.name) ?? null,
  precedence: a?.precedence ?? null,
  sequence: a?.sequence ?? null,
  excluded: ((a?.excluded as string[]) ?? []).map(ws),
});
const norm: Record<string, (v: unknown) => unknown> = {
  subject: (v) => ws(v) || null,
  summary: (v) => ws(v) || null,
  classifiedBy: (v) => ws(v) || null,
  to: (v) => ((v as Record<string, unknown>[]) ?? []).map(pickAddressee),
  info: (v) => ((v as Record<string, unknown>[]) ?? []).map(pickAddressee),
};

function actual(c: Case): unknown {
  if (c.field === 'canonicalId') return canonicalCableId(c.input);
  const record = toRecord(parseCable(c.input, c.options ?? {}));
  if (c.field === 'classifiedBy') return record.classifiedBy?.name ?? null;
  if (c.field === 'declassify') return record.executiveOrder?.declassify ?? null;
  if (c.field === 'references') return [...new Set(record.references.map((r) => r.id).filter(Boolean))];
  return (record as Record<string, unknown>)[c.field] ?? null;
}

const canon = (field: string, v: unknown) => JSON.stringify(norm[field] ? norm[field](v) : (v ?? null));

describeShared('conformance (cablemap-dev.jsonl)', () => {
  it(`passes at least ${FLOOR} cases`, () => {
    const cases = readFileSync(join(SHARED, 'conformance/cablemap-dev.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Case);
    const passed = cases.filter((c) => canon(c.field, actual(c)) === canon(c.field, c.expected)).length;
    console.log(`conformance: ${passed}/${cases.length}`);
    expect(passed).toBeGreaterThanOrEqual(FLOOR);
  });
});
