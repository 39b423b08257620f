import { describe, expect, it } from 'vitest';
import { listsRefiner } from '../../../../src/extract/entities/refiners/lists.js';
import { entityAt, entityContext } from '../../run-one.js';

describe('listsRefiner', () => {
  it('spreads a place or organization kind along a list, both ways', () => {
    const text = 'in Zorvan, Oruk and Tbilisi';
    const found = listsRefiner.refine(entityContext(text), [
      entityAt(text, 'Zorvan'),
      entityAt(text, 'Oruk'),
      entityAt(text, 'Tbilisi', { kind: 'place' }),
    ]);
    expect(found.map((e) => e.kind)).toEqual(['place', 'place', 'place']);
  });
  it('does not spread across other words', () => {
    const text = 'Tbilisi welcomed Oruk; Ana Duarte met Kasra';
    const found = listsRefiner.refine(entityContext(text), [
      entityAt(text, 'Tbilisi', { kind: 'place' }),
      entityAt(text, 'Oruk'),
      entityAt(text, 'Ana Duarte', { kind: 'person' }),
      entityAt(text, 'Kasra'),
    ]);
    expect(found.map((e) => e.kind)).toEqual(['place', null, 'person', null]);
  });
  it("spreads a person to a surname's shape joined by and or or alone; not over a comma, to a cue's place", () => {
    const text =
      'Ana Duarte and Kasra met. Vosk or Ana Duarte. On Oruk, Ana Duarte spoke. Ana Duarte and Zorvan; ' +
      'Ana Duarte and Treasury';
    const zorvan = text.indexOf('Zorvan');
    const found = listsRefiner.refine(entityContext(text), [
      entityAt(text, 'Ana Duarte and', { kind: 'person', end: text.indexOf('Ana Duarte') + 10 }),
      entityAt(text, 'Kasra'),
      entityAt(text, 'Vosk'),
      { ...entityAt(text, 'Ana Duarte.'), end: text.indexOf('Ana Duarte.') + 10, kind: 'person' },
      entityAt(text, 'Oruk'),
      { ...entityAt(text, 'Ana Duarte spoke'), end: text.indexOf('Ana Duarte spoke') + 10, kind: 'person' },
      { ...entityAt(text, 'Ana Duarte and Z'), end: text.indexOf('Ana Duarte and Z') + 10, kind: 'person' },
      { ...entityAt(text, 'Zorvan'), start: zorvan, end: zorvan + 6, placeByCue: true },
      { ...entityAt(text, 'Ana Duarte and T'), end: text.indexOf('Ana Duarte and T') + 10, kind: 'person' },
      entityAt(text, 'Treasury'),
    ]);
    expect(found.map((e) => [text.slice(e.start, e.end), e.kind])).toEqual([
      ['Ana Duarte', 'person'],
      ['Kasra', 'person'],
      ['Vosk', 'person'],
      ['Ana Duarte', 'person'],
      ['Oruk', null],
      ['Ana Duarte', 'person'],
      ['Ana Duarte', 'person'],
      ['Zorvan', null],
      ['Ana Duarte', 'person'],
      ['Treasury', null],
    ]);
  });
  it('spreads a person and the title along the list a title in the plural opens', () => {
    const text = 'Deputy Secretaries Kellam, Norbury and Vosk';
    const found = listsRefiner.refine(entityContext(text), [
      entityAt(text, 'Kellam', { kind: 'person', title: 'Deputy Secretaries' }),
      entityAt(text, 'Norbury'),
      entityAt(text, 'Vosk'),
    ]);
    expect(found.map((e) => [e.kind, e.title])).toEqual([
      ['person', 'Deputy Secretaries'],
      ['person', 'Deputy Secretaries'],
      ['person', 'Deputy Secretaries'],
    ]);
  });
  it('does not spread a person with a title in the singular', () => {
    const text = 'Minister Kellam, Norbury';
    const found = listsRefiner.refine(entityContext(text), [
      entityAt(text, 'Kellam', { kind: 'person', title: 'Minister' }),
      entityAt(text, 'Norbury'),
    ]);
    expect(found.map((e) => e.kind)).toEqual(['person', null]);
  });
  it('spreads to no surname of a person the text or the cable named (`in Libya, Berlusconi expressed`)', () => {
    const text = 'signed by Ivo Rask; in Tbilisi, Rask expressed regret; in Tbilisi, Duarte agreed';
    const found = listsRefiner.refine(entityContext(text, { people: new Set(['Duarte']) }), [
      entityAt(text, 'Ivo Rask', { kind: 'person' }),
      { ...entityAt(text, 'Tbilisi', { kind: 'place' }) },
      entityAt(text, 'Rask expressed', { end: text.indexOf('Rask expressed') + 4 }),
      {
        ...entityAt(text, 'Tbilisi'),
        start: text.lastIndexOf('Tbilisi'),
        end: text.lastIndexOf('Tbilisi') + 7,
        kind: 'place',
      },
      entityAt(text, 'Duarte'),
    ]);
    expect(found.map((e) => [text.slice(e.start, e.end), e.kind])).toEqual([
      ['Ivo Rask', 'person'],
      ['Tbilisi', 'place'],
      ['Rask', null],
      ['Tbilisi', 'place'],
      ['Duarte', null],
    ]);
  });
});
