/**
 * The properties the fuzzer checks, shared by the fixed-seed sample in `npm test` and the large
 * run of `npm run fuzz`: parseCable never throws, the tree invariants hold, and toRecord never
 * throws on any tree (the other fuzz files add the strict entry and the cables.csv splitter).
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { treeProblems } from '../tree-check.js';

/** The property over one generator: every generated input parses into a tree with no problems. */
export function neverBreaks(inputs: fc.Arbitrary<string>): fc.IPropertyWithHooks<[string]> {
  return fc.property(inputs, (input) => {
    const problems = treeProblems(input);
    if (problems.length) throw new Error(problems.slice(0, 3).join('; '));
  });
}

/** How many cases each generator runs: FUZZ_RUNS (for `npm run fuzz`), else a small sample. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || undefined;
/** A fixed seed for `npm test`, a fresh one (printed on failure) for `npm run fuzz`. */
export const SEED = process.env.FUZZ_RUNS ? Date.now() : 20261129;

/** Checks a property on `runs` cases (FUZZ_RUNS under `npm run fuzz`), printing how many ran and how long it took. */
export function checkProperty<T extends unknown[]>(
  name: string,
  property: fc.IPropertyWithHooks<T>,
  runs: number,
): void {
  const started = Date.now();
  const result = fc.check(property, { numRuns: RUNS ?? runs, seed: SEED });
  console.log(
    `fuzz ${name}: ${result.numRuns} cases in ${((Date.now() - started) / 1000).toFixed(1)}s,` +
      ` ${result.failed ? 'FAILED' : '0 failures'} (seed ${SEED})`,
  );
  expect(result.failed, fc.defaultReportMessage(result) ?? '').toBe(false);
}

/** Declares the fuzz test of one generator: `runs` cases by default, FUZZ_RUNS under `npm run fuzz`. */
export function fuzzTest(name: string, inputs: fc.Arbitrary<string>, runs: number): void {
  it(`parses ${name} inputs without throwing, the tree invariants holding`, () => {
    checkProperty(name, neverBreaks(inputs), runs);
  });
}
