import { describe, expect, it } from 'vitest';
import { coreferenceRefiner } from '../../../../src/extract/entities/refiners/coreference.js';
import { entityAt, entityContext } from '../../run-one.js';

describe('coreferenceRefiner', () => {
  it('types a later surname and a later acronym by their first mention, and registers them', () => {
    const text = 'Ana Duarte of the Kestrel Shipping Company (KSC) said KSC would pay; Duarte agreed';
    const context = entityContext(text);
    const found = coreferenceRefiner.refine(context, [
      entityAt(text, 'Ana Duarte', { kind: 'person' }),
      entityAt(text, 'Kestrel Shipping Company', { kind: 'organization', acronym: 'KSC' }),
      { ...entityAt(text, 'KSC'), start: text.lastIndexOf('KSC'), end: text.lastIndexOf('KSC') + 3 },
      entityAt(text, 'Duarte agreed', { end: text.indexOf('Duarte agreed') + 6 }),
    ]);
    expect(found.map((e) => [text.slice(e.start, e.end), e.kind, e.expansion])).toEqual([
      ['Ana Duarte', 'person', null],
      ['Kestrel Shipping Company', 'organization', null],
      ['KSC', 'organization', 'Kestrel Shipping Company'],
      ['Duarte', 'person', null],
    ]);
    expect(context.people.has('Duarte')).toBe(true);
    expect(context.acronyms.get('KSC')?.kind).toBe('organization');
  });
  it('types a word marked a place by its weak cue a place, unless the cable named a person so', () => {
    const text = 'Varsko Orlik flew in from Orlik; the trucks came from Derna';
    const context = entityContext(text);
    const found = coreferenceRefiner.refine(context, [
      entityAt(text, 'Varsko Orlik', { kind: 'person' }),
      { ...entityAt(text, 'Orlik'), start: text.lastIndexOf('Orlik'), end: text.lastIndexOf('Orlik') + 5 },
      entityAt(text, 'Derna', { placeByCue: true }),
    ]);
    expect(found.map((e) => [text.slice(e.start, e.end), e.kind])).toEqual([
      ['Varsko Orlik', 'person'],
      ['Orlik', 'person'],
      ['Derna', 'place'],
    ]);
  });
  it("registers a full name's inner surnames: before a particle, and the middle of three after a given name", () => {
    const context = entityContext('names');
    const text = 'Luiz Inacio Drennick da Silva met Maria Quorvel Brandt at the Costa Rica Consensus';
    coreferenceRefiner.refine({ ...context, text }, [
      entityAt(text, 'Luiz Inacio Drennick da Silva', { kind: 'person' }),
      entityAt(text, 'Maria Quorvel Brandt', { kind: 'person' }),
      entityAt(text, 'Costa Rica Consensus', { kind: 'person' }),
    ]);
    expect(['Drennick', 'Quorvel', 'Silva', 'Brandt'].every((name) => context.people.has(name))).toBe(true);
    expect(['Inacio', 'Rica', 'Maria', 'Luiz'].some((name) => context.people.has(name))).toBe(false);
  });
  it('types a later surname by a surname named after a title, not by an acronym after one', () => {
    const text = 'President Moreno and Director KORVEX spoke; later Moreno and KORVEX left';
    const at = (word: string) => text.lastIndexOf(word);
    const found = coreferenceRefiner.refine(entityContext(text), [
      entityAt(text, 'Moreno', { kind: 'person', title: 'President' }),
      entityAt(text, 'KORVEX', { kind: 'person', title: 'Director' }),
      { ...entityAt(text, 'Moreno'), start: at('Moreno'), end: at('Moreno') + 6 },
      { ...entityAt(text, 'KORVEX'), start: at('KORVEX'), end: at('KORVEX') + 6 },
    ]);
    expect(found.map((e) => [e.start, e.kind])).toEqual([
      [text.indexOf('Moreno'), 'person'],
      [text.indexOf('KORVEX'), 'person'],
      [at('Moreno'), 'person'],
      [at('KORVEX'), 'organization'],
    ]);
  });
  it("makes no organization of an officer's title or a month's abbreviation", () => {
    const text = 'The DCM and the RSO met on 5 JUL; the QXR';
    const found = coreferenceRefiner.refine(entityContext(text), [
      entityAt(text, 'DCM'),
      entityAt(text, 'RSO'),
      entityAt(text, 'JUL'),
      entityAt(text, 'QXR'),
    ]);
    expect(found.map((e) => [text.slice(e.start, e.end), e.kind])).toEqual([['QXR', 'organization']]);
  });
  it('makes no organization of the markings of the tables: levels, portion marks, caveats; nor numerals', () => {
    const words = ['UNCLAS', 'SECRET', 'TS', 'LOU', 'NOFORN', 'EXDIS', 'EFTO', 'REL', 'XIV', 'NE', 'GDP', 'QXR'];
    const text = `The memo said ${words.join(', ')}.`;
    const found = coreferenceRefiner.refine(
      entityContext(text),
      words.map((word) => entityAt(text, word)),
    );
    expect(found.map((e) => [text.slice(e.start, e.end), e.kind])).toEqual([['QXR', 'organization']]);
  });
  it('makes an undefined acronym an organization, not a caption, plural or currency code', () => {
    const text = 'The QXR joined; SBU; IDPs fled; EUR rose';
    const found = coreferenceRefiner.refine(entityContext(text), [
      entityAt(text, 'QXR'),
      entityAt(text, 'SBU'),
      entityAt(text, 'IDPs'),
      entityAt(text, 'EUR'),
    ]);
    expect(found.map((e) => [text.slice(e.start, e.end), e.kind])).toEqual([['QXR', 'organization']]);
  });
  it('registers a surname with the Arabic article and without it (al-Bashir, Al-Bashir, Bashir)', () => {
    const text = 'Leader Omar al-Vasiri spoke; later Vasiri and Al-Vasiri left';
    const context = entityContext(text);
    const found = coreferenceRefiner.refine(context, [
      entityAt(text, 'Omar al-Vasiri', { kind: 'person', title: 'Leader' }),
      { ...entityAt(text, 'Vasiri'), start: text.indexOf('Vasiri and'), end: text.indexOf('Vasiri and') + 6 },
      entityAt(text, 'Al-Vasiri'),
    ]);
    expect(found.map((e) => [text.slice(e.start, e.end), e.kind])).toEqual([
      ['Omar al-Vasiri', 'person'],
      ['Vasiri', 'person'],
      ['Al-Vasiri', 'person'],
    ]);
  });
  it('registers the first word of an Arabic name before its article (Saif al-Islam ... Saif)', () => {
    const text = 'Kestrin al-Vasiri spoke; later Kestrin left';
    const context = entityContext(text);
    const found = coreferenceRefiner.refine(context, [
      entityAt(text, 'Kestrin al-Vasiri', { kind: 'person' }),
      { ...entityAt(text, 'Kestrin'), start: text.lastIndexOf('Kestrin'), end: text.lastIndexOf('Kestrin') + 7 },
    ]);
    expect(found.map((e) => [text.slice(e.start, e.end), e.kind])).toEqual([
      ['Kestrin al-Vasiri', 'person'],
      ['Kestrin', 'person'],
    ]);
  });
  it('makes no organization of an English word stressed in capitals', () => {
    const text = 'The risk is MEDIUM and the KSPD agreed';
    const found = coreferenceRefiner.refine(entityContext(text), [entityAt(text, 'MEDIUM'), entityAt(text, 'KSPD')]);
    expect(found.map((e) => [text.slice(e.start, e.end), e.kind])).toEqual([['KSPD', 'organization']]);
  });
});
