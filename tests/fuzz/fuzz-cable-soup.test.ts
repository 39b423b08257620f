import fc from 'fast-check';
import { expect, it } from 'vitest';
import { cableSoup } from './generators.js';
import { neverBreaks, RUNS, SEED } from './properties.js';

const runs = RUNS ?? 500;

it('parses cableSoup inputs without throwing, the tree invariants holding', () => {
  const started = Date.now();
  const result = fc.check(neverBreaks(cableSoup), { numRuns: runs, seed: SEED });
  console.log(`fuzz cableSoup: ${result.numRuns} cases in ${((Date.now() - started) / 1000).toFixed(1)}s, ${result.failed ? 'FAILED' : '0 failures'} (seed ${SEED})`);
  expect(result.failed, fc.defaultReportMessage(result) ?? '').toBe(false);
});
