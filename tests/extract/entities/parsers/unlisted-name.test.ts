import { describe, expect, it } from 'vitest';
import type { CapsToken } from '../../../../src/extract/entities/found.js';
import { isNameWord, nameLength, unlistedNameAt } from '../../../../src/extract/entities/parsers/unlisted-name.js';
import { entityContext } from '../../run-one.js';

/** The words of an all-capitals line as tokens, a possessive `'S` cut off. */
function tokensOf(text: string): CapsToken[] {
  return [...text.matchAll(/[A-Z][A-Z.'’-]*/g)].map((m) => {
    const possessive = /['’]S$/.test(m[0]);
    return { text: possessive ? m[0].slice(0, -2) : m[0], start: m.index, possessive };
  });
}

/** The first unlisted name read from the word `from` on: its text and kind, or null. */
function readAt(text: string, from: string, people: string[] = []) {
  const tokens = tokensOf(text);
  const k = tokens.findIndex((t) => t.text === from);
  const read = unlistedNameAt(entityContext(text, { people: new Set(people) }), tokens, k);
  return read && [text.slice(read.entity.start, read.entity.end), read.entity.kind, read.used];
}

describe('isNameWord', () => {
  it('takes words no English list holds', () => {
    expect(['BELTRASKI', 'TEKALDI', 'ZORVANEK-OSTRA'].map(isNameWord)).toEqual([true, true, true]);
  });
  it('refuses English words, titles, nationalities, months and cable abbreviations', () => {
    const words = ['PROVIDE', 'SOURCE', 'MINISTER', 'FRENCH', 'GERMANS', 'OCTOBER', 'POLOFF', 'SEPTEL', 'XXXXXX'];
    expect(words.filter(isNameWord)).toEqual([]);
  });
  it('refuses a misspelled English word, adjectives of doctrines, short words, hyphens with an English part', () => {
    const words = ['GOVERMENT', 'NEGOTAITION', 'BAATHIST', 'ZORVANISH', 'AB', 'ANTI-BELTRASKI'];
    expect(words.filter(isNameWord)).toEqual([]);
  });
});

describe('nameLength', () => {
  it('runs over name words, initials and inner particles, and stops at a possessive or an English word', () => {
    const tokens = tokensOf("AHMED J. BIN TEKALDI'S OFFICE");
    expect(nameLength(tokens, 0)).toBe(4);
    expect(nameLength(tokensOf('BELTRASKI TEKALDI WILL GO'), 0)).toBe(2);
  });
  it('opens no name on a particle, nor ends one on it', () => {
    expect(nameLength(tokensOf('DE BELTRASKI'), 0)).toBe(0);
    expect(nameLength(tokensOf('BELTRASKI DE THE'), 0)).toBe(1);
  });
  it('lets a given name that is an English word open a name only before a name word', () => {
    expect(nameLength(tokensOf('MARK TEKALDI'), 0)).toBe(2);
    expect(nameLength(tokensOf('MARK THE DATE'), 0)).toBe(0);
  });
  it('takes a word one edit from an English word inside a name, or before a name word that is no place', () => {
    expect(nameLength(tokensOf('LUCIO CAMPOS WILL GO'), 0)).toBe(2);
    expect(nameLength(tokensOf('CAMPOS TEKALDI WILL GO'), 0)).toBe(2);
    expect(nameLength(tokensOf('CAMPOS WILL GO'), 0)).toBe(0);
    expect(nameLength(tokensOf('REQIRES IRAN TO GO'), 0)).toBe(0);
    // After a given name that is an English word too.
    expect(nameLength(tokensOf('MARK CAMPOS SAID'), 0)).toBe(2);
  });
  it('ends a plain given name with an English word where the phrase ends, or with a surname of Moby', () => {
    expect(nameLength(tokensOf('HOSSEIN CABLE SAID'), 0)).toBe(2);
    expect(nameLength(tokensOf('HOSSEIN CABLE'), 0)).toBe(2);
    expect(nameLength(tokensOf('HOSSEIN BUSH MET THEM'), 0)).toBe(2);
    // Not an attributive use, a plural, a verb before its object, an adverb, a place word, a given name in English.
    expect(nameLength(tokensOf('HOSSEIN CABLE FACTORY'), 0)).toBe(1);
    expect(nameLength(tokensOf('HOSSEIN CARTOONS ARE'), 0)).toBe(1);
    expect(nameLength(tokensOf('HOSSEIN HELD THE POST'), 0)).toBe(1);
    expect(nameLength(tokensOf('HOSSEIN RECENTLY SAID'), 0)).toBe(1);
    expect(nameLength(tokensOf('HOSSEIN ISLAND'), 0)).toBe(1);
    expect(nameLength(tokensOf('MARK CABLE SAID'), 0)).toBe(0);
  });
});

describe('unlistedNameAt', () => {
  it('types a person by a given name, an initial, a reporting verb, or an earlier mention', () => {
    expect(readAt('THEN AHMED TEKALDI ARRIVED', 'AHMED')).toEqual(['AHMED TEKALDI', 'person', 2]);
    expect(readAt('THEN R. TEKALDI ARRIVED', 'R.')).toEqual(['R. TEKALDI', 'person', 2]);
    expect(readAt('ALSO BELTRASKI NOTED THAT', 'BELTRASKI')).toEqual(['BELTRASKI', 'person', 1]);
    expect(readAt('ALSO BELTRASKI WENT', 'BELTRASKI', ['BELTRASKI'])).toEqual(['BELTRASKI', 'person', 1]);
  });
  it('types a place by a preposition before it only where its phrase ends', () => {
    expect(readAt('THE CAMP NEAR ZORVANEK AND THE ROAD', 'ZORVANEK')).toEqual(['ZORVANEK', 'place', 1]);
    expect(readAt('A RISE IN ZORVANEK OUTPUT', 'ZORVANEK')).toBeNull();
    expect(readAt("IN BELTRASKI'S VIEW", 'BELTRASKI')).toBeNull();
  });
  it('takes an organization or place word after the name into it', () => {
    expect(readAt('AT THE KORVASTI UNIVERSITY TODAY', 'KORVASTI')).toEqual(['KORVASTI UNIVERSITY', 'organization', 2]);
    expect(readAt('ACROSS THE TEKALDI RIVER', 'TEKALDI')).toEqual(['TEKALDI RIVER', 'place', 2]);
  });
  it('reads a short word after THE as an acronym, an organization', () => {
    expect(readAt('LEADERS OF THE KOPRA MET', 'KOPRA')).toEqual(['KOPRA', 'organization', 1]);
  });
  it('guesses a person for two to four name words with nothing else, and marks the guess', () => {
    const text = 'REPORTS ON BELTRASKI TEKALDI CONTINUED';
    const tokens = tokensOf(text);
    const read = unlistedNameAt(entityContext(text), tokens, 2);
    expect(read?.entity).toMatchObject({ kind: 'person', guessed: true });
  });
  it('guesses no person for an adjective first, but for a given name of that shape', () => {
    expect(readAt('REPORTS ON BELTRANIC TEKALDI CONTINUED', 'BELTRANIC')).toBeNull();
    expect(readAt('REPORTS ON BELTRANIAN TEKALDI CONTINUED', 'BELTRANIAN')?.[1]).toBe('person');
  });
  it('guesses nothing for one word (but one met with), a plural, an acronym, a vowelless word before a verb', () => {
    expect(readAt('REPORTS ON BELTRASKI CONTINUED', 'BELTRASKI')).toBeNull();
    expect(readAt('TALKS WITH BELTRASKI CONTINUED', 'BELTRASKI')).toEqual(['BELTRASKI', 'person', 1]);
    expect(readAt('MANY TEKALDI ZORVANEKS CAME', 'TEKALDI')).toBeNull();
    expect(readAt('THE DFM SAID', 'DFM')).toEqual(['DFM', 'organization', 1]);
    expect(readAt('LATER DFM SAID', 'DFM')).toBeNull();
  });
  it('with untyped, reads one word nothing types as an untyped name, for the cable to type; never two', () => {
    const text = 'REPORTS ON BELTRASKI CONTINUED. THE BELTRASKI TEKALDI DELEGATION';
    const tokens = tokensOf(text);
    const one = unlistedNameAt(entityContext(text), tokens, 2, true);
    expect(one).toEqual({
      entity: expect.objectContaining({ start: 11, end: 20, kind: null, unlisted: true }),
      used: 1,
    });
    expect(unlistedNameAt(entityContext(text), tokens, 5, true)).toBeNull();
  });
  it('reads a nationality of two words as no name', () => {
    expect(readAt('THE COSTA RICAN DELEGATION', 'COSTA')).toBeNull();
  });
  it('remembers a person the evidence names, and not a guess', () => {
    const context = entityContext('AHMED TEKALDI SAID');
    unlistedNameAt(context, tokensOf('AHMED TEKALDI SAID'), 0);
    expect([...context.people]).toEqual(['AHMED TEKALDI', 'TEKALDI']);
    const guessed = entityContext('WITH BELTRASKI ZORVANEK TODAY');
    unlistedNameAt(guessed, tokensOf('WITH BELTRASKI ZORVANEK TODAY'), 1);
    expect(guessed.people.size).toBe(0);
  });
});

describe('unlistedNameAt on a word a head word typed before', () => {
  it('reads a later bare mention of the word as of the kind the head word gave, not an adjective', () => {
    const text = 'THE ZORVAKI PARTY AND THE ORLENIC COUNCIL MET. LATER ZORVAKI AND ORLENIC LEFT.';
    const tokens = tokensOf(text);
    const context = entityContext(text);
    const at = (word: string, from = 0) => tokens.findIndex((t, i) => i >= from && t.text === word);
    const read = (k: number) => {
      const found = unlistedNameAt(context, tokens, k);
      return found && [text.slice(found.entity.start, found.entity.end), found.entity.kind];
    };
    expect(read(at('ZORVAKI'))).toEqual(['ZORVAKI PARTY', 'organization']);
    expect(read(at('ORLENIC'))).toEqual(['ORLENIC COUNCIL', 'organization']);
    expect(read(at('ZORVAKI', at('LATER')))).toEqual(['ZORVAKI', 'organization']);
    expect(read(at('ORLENIC', at('LATER')))).toBeNull();
  });
  it("reads no post's office word as a name", () => {
    expect(['AMCONSUL', 'AMEMBASSY', 'USMISSION'].filter(isNameWord)).toEqual([]);
  });
  it('ends a name before a verb in the past after a given name, not before a surname of the lists', () => {
    const length = (line: string) => nameLength(tokensOf(line), 0);
    expect(length('OSMAN KARIMI MET WITH THEM')).toBe(2);
    expect(length('WAYNE SPOKE TO')).toBe(1);
    expect(length('WAYNE AGREED')).toBe(1);
    expect(length('OSCAR PORTER')).toBe(2);
  });
});
