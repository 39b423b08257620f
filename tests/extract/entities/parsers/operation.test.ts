import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { operationParser, programParser } from '../../../../src/extract/entities/parsers/operation.js';
import { recordExec } from '../../../regex-work.js';
import { entityContext, parseWith } from '../../run-one.js';

const read = (parser: typeof operationParser, text: string) =>
  parseWith(parser, entityContext(text), text).map((e) => [e.text, e.kind]);

describe('operationParser', () => {
  it('reads Operation X and a name with a year before operation', () => {
    expect(read(operationParser, 'during Operation Desert Hawk and the Shield-2009 counter-drug operation')).toEqual([
      ['Operation Desert Hawk', 'operation'],
      ['Shield-2009', 'operation'],
    ]);
  });
});

describe('programParser', () => {
  it('reads quoted programs and names ending in a program or agreement word', () => {
    expect(read(programParser, 'the "Safe Streets" program, the Merida Initiative and the Open Skies Treaty')).toEqual([
      ['Safe Streets', 'program'],
      ['Merida Initiative', 'program'],
      ['Open Skies Treaty', 'other'],
    ]);
  });
  it("reads a known organization's name ending in a program's word as the organization (its initials)", () => {
    expect(read(programParser, 'the International Monetary Fund and the Kestrel Monetary Fund met')).toEqual([
      ['International Monetary Fund', 'organization'],
      ['Kestrel Monetary Fund', 'program'],
    ]);
  });
  it("reads an agreement's or program's complement, and joins two words by and, not two names", () => {
    const text = [
      'the government ratified the Veltran Convention Against Corruption and then it joined the Kestrel Initiative',
      'to Combat Smuggling; it passed the Justice and Peace Law, and it gave money to UNHCR and Harbor Food Program',
      'before the talks on the Orlik Treaty on Monday, which followed the operation called Operation Desert Hawk',
      'Line Stance in the region',
    ].join(' ');
    expect([...read(programParser, text), ...read(operationParser, text)]).toEqual([
      ['Veltran Convention Against Corruption', 'other'],
      ['Kestrel Initiative to Combat Smuggling', 'program'],
      ['Justice and Peace Law', 'other'],
      ['Harbor Food Program', 'program'],
      ['Orlik Treaty', 'other'],
      ['Operation Desert Hawk Line Stance', 'operation'],
    ]);
  });
  it('reads no word before another capitalized one or after and, and no complement in a headline', () => {
    expect(read(programParser, 'for Narcotics and Law Enforcement funds, the Veltran Law Enforcement unit')).toEqual(
      [],
    );
    expect(read(programParser, 'intro\nNew Kestrel Law to Be Enacted Soon\ntext')).toEqual([
      ['New Kestrel Law', 'other'],
    ]);
  });
  it('needs more than the word itself', () => {
    expect(read(programParser, 'The Treaty was signed. A Plan exists.')).toEqual([]);
  });
});

/** The matches of a global scan of the program pattern, as [offset, match, groups]. */
function globalScan(text: string): Array<[number, string, Record<string, string | undefined>]> {
  const pattern = new RegExp(programParser.pattern.source, 'g');
  return [...text.matchAll(pattern)].map((m) => [m.index, m[0], { ...m.groups }]);
}
/** The matches programParser.scan finds, in the same shape. */
function scanned(text: string): Array<[number, string, Record<string, string | undefined>]> {
  const found: Array<[number, string, Record<string, string | undefined>]> = [];
  programParser.scan?.(text, (m) => found.push([m.index, m[0], { ...m.groups }]));
  return found;
}

describe('programParser.scan', () => {
  it('finds the matches of a global scan, after a match that ends inside a hyphenated word too', () => {
    // Five words before `Plan` are one too many: the first match ends at `Initiative`, inside its hyphenated word.
    const text = 'the Aa Bb Cc Initiative-Dd Ee Ff Plan, x-Open Skies Treaty and "Safe Streets" programme';
    expect(scanned(text)).toEqual(globalScan(text));
    expect(scanned(text).map(([, match]) => match)).toEqual([
      'Aa Bb Cc Initiative',
      'Dd Ee Ff Plan',
      'Open Skies Treaty',
      '"Safe Streets" program',
    ]);
  });
  it('finds the matches of a global scan on lines put together from the pieces of names', () => {
    const pieces = [
      ...['Merida', 'Open', 'Skies', 'A', 'Ab', 'xY', 'the', 'Program', 'Treaty', 'Act', 'programme', 'Plan', 'Law'],
      ...[' ', ' ', '  ', '-', "'", '\u2019', '"', '\n', ',', '.', '_', '7', '\t'],
    ];
    const line = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(line, (text) => {
        expect(scanned(text)).toEqual(globalScan(text));
      }),
      { numRuns: 5000 },
    );
  });
  it("is tried at one place per run of a word's characters: A'A'A'... costs one try, not one per capital", () => {
    const tries = (n: number) => {
      const text = `The Program of ${"A'".repeat(n)} and of ${'B-'.repeat(n)}B Plan`;
      const calls = recordExec(() => read(programParser, text)).filter(
        (call) => call.source === programParser.pattern.source,
      );
      // Sticky tries only: a global scan tried each capital itself (2n of them), reading its run to the end from each.
      expect(calls.every((call) => call.flags.includes('y'))).toBe(true);
      return calls.length;
    };
    expect(tries(1_000)).toBeGreaterThan(0);
    expect(tries(4_000)).toBe(tries(1_000));
  });
});
