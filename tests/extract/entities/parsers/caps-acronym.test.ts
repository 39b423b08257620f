import { describe, expect, it } from 'vitest';
import type { CapsToken } from '../../../../src/extract/entities/found.js';
import { definedExpansion } from '../../../../src/extract/entities/parsers/caps-acronym.js';
import { allCapsParser } from '../../../../src/extract/entities/parsers/all-caps.js';
import { entityContext, parseWith } from '../../run-one.js';

/** The words of an all-capitals run as tokens. */
const tokensOf = (text: string): CapsToken[] =>
  [...text.matchAll(/[A-Z][A-Z.'’-]*/g)].map((m) => ({ text: m[0], start: m.index, possessive: false }));

/** The expansion read from the run of `text` for `acronym`, and what the context then holds for it. */
function expand(text: string, acronym: string) {
  const context = entityContext(text);
  const read = definedExpansion(context, tokensOf(text), acronym);
  return {
    read: read && [read.from, text.slice(read.entity.start, read.entity.end), read.entity.kind],
    recorded: context.acronyms.get(acronym) ?? null,
  };
}

describe('definedExpansion', () => {
  it("reads the run's last words that spell the acronym as a body's name, by its head word", () => {
    expect(expand('DEBTS OWED TO THE KORDOVA REVENUE AUTHORITY', 'KRA')).toEqual({
      read: [4, 'KORDOVA REVENUE AUTHORITY', 'organization'],
      recorded: { kind: 'organization', expansion: 'KORDOVA REVENUE AUTHORITY' },
    });
    // The head before `OF`; connectives skipped, Romance ones too (a name in it: no head word in English).
    expect(expand('HE VISITED THE INSTITUTE OF NUCLEAR PHYSICS', 'INP')?.read).toEqual([
      3,
      'INSTITUTE OF NUCLEAR PHYSICS',
      'organization',
    ]);
    expect(expand('A MEMBER OF THE FUNDACION DE KORDOVA LIBRE', 'FKL')?.read?.[1]).toBe('FUNDACION DE KORDOVA LIBRE');
  });
  it('reads a name among the words as a body named after it, with no head word', () => {
    expect(expand('THE BELTRASKI SHIPPING LINES', 'BSL')?.read).toEqual([
      1,
      'BELTRASKI SHIPPING LINES',
      'organization',
    ]);
  });
  it('leaves alone words that name no body, a connective first, one word, and letters that do not spell', () => {
    expect(expand('EFFORTS AGAINST TRAFFICKING IN PERSONS', 'TIP')).toEqual({ read: null, recorded: null });
    expect(expand('CHIEF OF THE GENERAL STAFF', 'TGS').read).toBeNull();
    expect(expand('THE AUTHORITY', 'A').read).toBeNull();
    expect(expand('THE KORDOVA REVENUE AUTHORITY', 'XYZ').read).toBeNull();
  });
});

describe('allCapsParser with an acronym defined in capitals', () => {
  it("reads the expansion as one organization and the acronym as that organization's later on", () => {
    const text = 'FEES PAID TO THE KORDOVA REVENUE AUTHORITY (KRA) BY FIRMS. LATER KRA OFFICIALS SAID';
    const read = parseWith(allCapsParser, entityContext(text), text).map((e) => [e.text, e.kind]);
    expect(read).toEqual([
      ['KORDOVA REVENUE AUTHORITY', 'organization'],
      ['KRA', 'organization'],
      ['KRA', 'organization'],
    ]);
  });
});
