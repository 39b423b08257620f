import { describe, expect, it } from 'vitest';
import { oneSensePerCable } from '../../../src/extract/entities/one-sense-per-cable.js';
import type { Entity } from '../../../src/extract/schema.js';

/** The mentions of `name` in `text`, in order, the kinds given one by one (a title where one is given). */
function mentions(text: string, name: string, kinds: Array<Entity['kind'] | [Entity['kind'], string]>): Entity[] {
  const found: Entity[] = [];
  let at = text.indexOf(name);
  for (const given of kinds) {
    const [kind, title] = Array.isArray(given) ? given : [given, null];
    const point = (offset: number) => ({ line: 1, column: offset + 1, offset });
    const position = { start: point(at), end: point(at + name.length) };
    found.push({ type: 'entity', text: name, position, kind, title, acronym: null, expansion: null });
    at = text.indexOf(name, at + name.length);
  }
  return found;
}

const kindsOf = (entities: Entity[]) => entities.map((entity) => entity.kind);

describe('oneSensePerCable', () => {
  it('gives the few mentions of a name the kind most of its mentions in the cable have, by far', () => {
    const text = 'Tavares said so. Tavares agreed. Tavares left. They wrote to Tavares.';
    const entities = mentions(text, 'Tavares', ['person', 'person', 'person', 'place']);
    expect(kindsOf(oneSensePerCable(entities, text))).toEqual(['person', 'person', 'person', 'person']);
  });
  it('leaves a split vote alone: fewer than three, or not three times the others', () => {
    const text = 'Velora met Velora. Velora, Velora and Velora. Kestra and Kestra saw Kestra.';
    const split = mentions(text, 'Velora', ['place', 'place', 'place', 'person', 'person']);
    expect(kindsOf(oneSensePerCable(split, text))).toEqual(['place', 'place', 'place', 'person', 'person']);
    const few = mentions(text, 'Kestra', ['place', 'place', 'person']);
    expect(kindsOf(oneSensePerCable(few, text))).toEqual(['place', 'place', 'person']);
  });
  it('counts a titled mention three times and keeps its kind', () => {
    const text = 'Director Olvera spoke; Olvera, Olvera and Olvera were named, and Olvera too.';
    const entities = mentions(text, 'Olvera', [['person', 'Director'], 'place', 'place', 'place', 'place']);
    expect(kindsOf(oneSensePerCable(entities, text))).toEqual(['person', 'place', 'place', 'place', 'place']);
  });
  it("makes no person of a place after a place's preposition, nor of an English word or a known acronym", () => {
    const text =
      "Dorvan said, Dorvan left, Dorvan sat, Dorvan rose, Dorvan ran, Dorvan came; in Dorvan; in Dorvan's view.";
    const entities = mentions(text, 'Dorvan', [
      'person',
      'person',
      'person',
      'person',
      'person',
      'person',
      'place',
      'place',
    ]);
    expect(kindsOf(oneSensePerCable(entities, text)).slice(-2)).toEqual(['place', 'person']);
    const words = 'Forum met. Forum said. Forum left. NATO met, NATO said, NATO left, NATO agreed and NATO too.';
    const forum = mentions(words, 'Forum', ['person', 'person', 'person', 'organization']);
    expect(kindsOf(oneSensePerCable(forum, words))).toEqual(['person', 'person', 'person', 'organization']);
    const nato = mentions(words, 'NATO', ['person', 'person', 'person', 'person', 'organization']);
    expect(kindsOf(oneSensePerCable(nato, words)).at(-1)).toBe('organization');
  });
});
