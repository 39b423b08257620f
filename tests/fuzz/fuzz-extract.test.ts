/**
 * extract never throws, and each mention's text is the input's text at its offsets, on any string and on a soup of
 * the words the extractors' rules turn on (titles, cue words, all-capitals names, fiscal years, parts of years),
 * written in the cable's shape by this file. (Real cables go through extract in bench/ and tests/extract/: a mutated
 * cable takes 60 ms here, too slow for `npm run fuzz`'s 340,000 cases.)
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { extract, parseCable } from '../../src/index.js';
import { anyString } from './generators.js';
import { checkProperty } from './properties.js';

const CUE_WORDS = [
  ...'GENERAL PRIME MINISTER SAID NOTED THE IN NEAR FROM OF AL BIN DE J. THE RIVER UNIVERSITY SHAH'.split(' '),
  ...'TEKALDI BELTRASKI-OSK KORDOVA FELDGLING COSTA RICAN LTG POLOFF REFTEL XXXXXX MARCH FRIDAY'.split(' '),
  ...'Deputy Secretaries Kellam Norbury and or for Latin America Ex-Defence Vice-President Militants'.split(' '),
  ...'Costa Rican Climate Change Hizballah Afghan Taliban FY 04 FY2008/09 Q3 H2 early mid- 2009 1. 3 ,'.split(' '),
];
const cueSoup = fc
  .array(fc.tuple(fc.constantFrom(...CUE_WORDS), fc.constantFrom(' ', ' ', '\n', '', "'S ", '. ')), { maxLength: 80 })
  .map((words) => `1. ${words.map(([word, gap]) => word + gap).join('')}\n`);

/** Every mention of `input` has the input's text at its offsets. */
function mentionsHold(input: string): void {
  const found = extract(parseCable(input), input);
  for (const mention of [...found.quantities, ...found.dates, ...found.entities]) {
    const written = input.slice(mention.position.start.offset, mention.position.end.offset);
    if (written !== mention.text) throw new Error(`${JSON.stringify(mention.text)} at ${JSON.stringify(written)}`);
  }
}

describe('extract', () => {
  it.each([
    ['cueSoup', cueSoup, 2000],
    ['anyString', anyString, 500],
  ] as const)('reads %s inputs without throwing, every mention at its text', (name, inputs, runs) => {
    checkProperty(`extract ${name}`, fc.property(inputs, mentionsHold), runs);
  });
});
