import fc from 'fast-check';
import { expect, it } from 'vitest';
import { mutatedCable } from './generators.js';
import { neverBreaks, RUNS, SEED } from './properties.js';

const runs = RUNS ?? 150;

it('parses mutatedCable inputs without throwing, the tree invariants holding', () => {
  const started = Date.now();
  const result = fc.check(neverBreaks(mutatedCable), { numRuns: runs, seed: SEED });
  console.log(`fuzz mutatedCable: ${result.numRuns} cases in ${((Date.now() - started) / 1000).toFixed(1)}s, ${result.failed ? 'FAILED' : '0 failures'} (seed ${SEED})`);
  expect(result.failed, fc.defaultReportMessage(result) ?? '').toBe(false);
});
