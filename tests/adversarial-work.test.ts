/**
 * The adversarial inputs of bench/adversarial.mjs (and of issue 13's audit), read at n and 4n characters: the
 * regexp work of parseCable + toRecord (tests/regex-work.ts: the characters its `exec` calls walked at least)
 * grows at most linearly, 4x give or take, where a rule that scans to the end of the text from many starting
 * points would do 16x. Counted, never timed; each regexp's own work inside one call is the audit's
 * (tests/regex-audit.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../bench/adversarial-families.mjs';
import { parseCable, toRecord } from '../src/index.js';
import { recordExec, walked } from './regex-work.js';

const N = 25_000;

describe('adversarial inputs: regexp work linear in the length', () => {
  it.each(FAMILIES)('%s', (_name, make) => {
    const [small, large] = [N, 4 * N].map((n) => {
      const text = make(n);
      return walked(recordExec(() => toRecord(parseCable(text)))) / text.length;
    }) as [number, number];
    // Work per character at 4n within 1.3x of n's (a quadratic rule: 4x).
    expect(large / small).toBeLessThan(1.3);
  });
});
