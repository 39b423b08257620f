import { describe, expect, it } from 'vitest';
import { kindsBySurface, typeByCable } from '../../../src/extract/entities/cable-coreference.js';
import type { UntypedName } from '../../../src/extract/entities/index.js';
import { extract, parseCable } from '../../../src/index.js';

const point = (offset: number) => ({ line: 1, column: offset + 1, offset });
const position = (start: number, end: number) => ({ start: point(start), end: point(end) });

/** The untyped names `names` at their first occurrences in `text`. */
const untypedIn = (text: string, names: string[]): UntypedName[] =>
  names.map((name) => ({ name, start: text.indexOf(name), end: text.indexOf(name) + name.length }));

const cableNames = (people: string[], acronyms: Array<[string, 'organization' | null]> = [], lower: string[] = []) => ({
  people: new Set(people),
  acronyms: new Map(acronyms.map(([acronym, kind]) => [acronym, { kind, expansion: `${acronym} expanded` }])),
  lowerWords: new Set(lower),
});

describe('typeByCable', () => {
  it("types an untyped name by the cable's people and acronyms, wherever they were named", () => {
    const text = 'Varga warned the KDP. What next?';
    const untyped = untypedIn(text, ['Varga', 'KDP', 'What']);
    const named = cableNames(['Ilona Varga', 'Varga', 'What'], [['KDP', 'organization']], ['what']);
    expect(typeByCable(untyped, named, text, position).map((e) => [e.text, e.kind, e.expansion])).toEqual([
      ['Varga', 'person', null],
      ['KDP', 'organization', 'KDP expanded'],
    ]);
  });
  it("types no nationality, no common noun's acronym and no part of a longer word as the cable's", () => {
    const text = 'the Brazilian team, the TIP office and PolCouns';
    const untyped = [...untypedIn(text, ['Brazilian', 'TIP']), { name: 'Pol', start: 36, end: 39 }];
    const named = cableNames(['Brazilian', 'Pol'], [['TIP', null]]);
    expect(typeByCable(untyped, named, text, position)).toEqual([]);
  });
  it("types a name by the kind the cable's typed mentions agree on, not where they disagree or it is a word", () => {
    const text = 'Velcor,s bid and Ostra; the Forum met.';
    const untyped = untypedIn(text, ['Velcor', 'Ostra', 'Forum']);
    const kinds = new Map<string, 'organization' | 'place' | null>([
      ['Velcor', 'organization'],
      ['Ostra', null],
      ['Forum', 'organization'],
    ]);
    const named = { ...cableNames([]), kinds };
    expect(typeByCable(untyped, named, text, position).map((e) => [e.text, e.kind])).toEqual([
      ['Velcor', 'organization'],
    ]);
    expect(kindsBySurface(typeByCable(untyped, named, text, position))).toEqual(new Map([['Velcor', 'organization']]));
  });
  it('in capitals, types no English word or place the people hold', () => {
    const text = 'ORTEGA AND BROWN IN LIMA';
    const untyped = untypedIn(text, ['ORTEGA', 'BROWN', 'LIMA']);
    const named = cableNames(['ORTEGA', 'BROWN', 'LIMA']);
    expect(typeByCable(untyped, named, text, position).map((e) => e.text)).toEqual(['ORTEGA']);
  });
});

describe('extract: coreference over the whole cable', () => {
  it('types a bare surname in a paragraph before the one that names the person in full', () => {
    const text = [
      'UNCLASSIFIED',
      '',
      'SUBJECT: HARVEST TALKS',
      '',
      '1. Summary: Varga expects a late harvest. End summary.',
      '',
      '2. Deputy Minister of Agriculture Ilona Varga told us the harvest would begin late.',
      '',
    ].join('\n');
    const people = extract(parseCable(text), text).entities.filter((e) => e.kind === 'person');
    expect(people.map((e) => [e.text, e.position.start.line])).toEqual([
      ['Varga', 5],
      ['Ilona Varga', 7],
    ]);
  });
  it("types a name's mentions no evidence typed by the kind its typed mentions agree on, before or after", () => {
    const text = [
      'UNCLASSIFIED',
      '',
      'SUBJECT: PORT BIDS',
      '',
      '1. Velcor won the bid last year.',
      '',
      '2. The Velcor group then lost money, and Velcor,s shares fell.',
      '',
    ].join('\n');
    const velcor = extract(parseCable(text), text).entities.filter((e) => e.text === 'Velcor');
    expect(velcor.map((e) => [e.kind, e.position.start.line])).toEqual([
      ['organization', 5],
      ['organization', 7],
      ['organization', 7],
    ]);
  });
  it('in capitals, types a word nothing around typed by the person a later paragraph names', () => {
    const text = [
      'CONFIDENTIAL',
      '',
      'SUBJECT: HARVEST TALKS',
      '',
      '1. IF VELDRANO AGREES, THE TALKS WILL GO ON.',
      '',
      '2. FOREIGN MINISTER ANTON VELDRANO TOLD US HE WOULD.',
      '',
    ].join('\n');
    const people = extract(parseCable(text), text).entities.filter((e) => e.kind === 'person');
    expect(people.map((e) => [e.text, e.position.start.line])).toEqual([
      ['VELDRANO', 5],
      ['ANTON VELDRANO', 7],
    ]);
  });
});
