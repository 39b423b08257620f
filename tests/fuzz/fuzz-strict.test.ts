/**
 * The strict entry against the lenient one: `parseCableStrict` throws exactly when `parseCable` reports an error,
 * and then the first error, as a CableSyntaxError; else it returns the same tree. Over every generator, with
 * options drawn too (a bad date, a small `maxNodes`, null). `npm test` runs a sample; `npm run fuzz` FUZZ_RUNS.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { isCableSyntaxError, type ParseOptions, parseCable, parseCableStrict } from '../../src/index.js';
import { anyString, cableSoup, mutatedCable } from './generators.js';
import { checkProperty } from './properties.js';

const options: fc.Arbitrary<ParseOptions | null | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.record({ date: fc.constantFrom('2008-02-21', '2008-02-30', '21 FEB 08') }, { requiredKeys: [] }),
  fc.record({ maxNodes: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ maxBytes: fc.integer({ min: 1, max: 5000 }) }),
);

it('throws under parseCableStrict exactly when parseCable reports an error, the first one', () => {
  const property = fc.property(fc.oneof(anyString, cableSoup, mutatedCable), options, (input, given) => {
    const lenient = parseCable(input, given);
    const error = lenient.diagnostics.find((d) => d.severity === 'error');
    let thrown: unknown = null;
    let strict = null;
    try {
      strict = parseCableStrict(input, given);
    } catch (caught) {
      thrown = caught;
    }
    if (error) {
      expect(isCableSyntaxError(thrown)).toBe(true);
      if (isCableSyntaxError(thrown)) expect(thrown.diagnostic).toEqual(error);
    } else {
      expect(thrown).toBeNull();
      expect(strict).toEqual(lenient);
    }
  });
  checkProperty('strict', property, 300);
});
