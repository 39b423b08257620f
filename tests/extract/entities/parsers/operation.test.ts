import { describe, expect, it } from 'vitest';
import { operationParser, programParser } from '../../../../src/extract/entities/parsers/operation.js';
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
  it('needs more than the word itself', () => {
    expect(read(programParser, 'The Treaty was signed. A Plan exists.')).toEqual([]);
  });
});
