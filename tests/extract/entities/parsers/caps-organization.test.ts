import { describe, expect, it } from 'vitest';
import { capsOrganizationAt } from '../../../../src/extract/entities/parsers/caps-organization.js';
import type { CapsToken } from '../../../../src/extract/entities/found.js';

/** The words of a line of capitals as the all-caps parser cuts them, a possessive `'S` noted. */
function tokensOf(line: string): CapsToken[] {
  return [...line.matchAll(/[A-Z][A-Z.'-]*/g)].map((m) => {
    const possessive = m[0].endsWith("'S");
    return { text: possessive ? m[0].slice(0, -2) : m[0], start: m.index, possessive };
  });
}

/** The organization that opens at the word `from` of `line`, as its text and the number of words it takes. */
function read(line: string, from: string): [string, number] | null {
  const tokens = tokensOf(line);
  const k = tokens.findIndex((token) => token.text === from);
  const found = capsOrganizationAt(tokens, k, k > 0 ? (tokens[k - 1] as CapsToken).text : '');
  return found && [line.slice(found.entity.start, found.entity.end), found.used];
}

describe('capsOrganizationAt', () => {
  it('reads modifiers, head words in a row and an OF with a portfolio or place', () => {
    expect(read('THE NATIONAL VELTRAN OIL COMPANY SAID', 'NATIONAL')).toEqual(['NATIONAL VELTRAN OIL COMPANY', 4]);
    expect(read('THE MINISTRY OF FOREIGN AFFAIRS TOLD US', 'MINISTRY')).toEqual(['MINISTRY OF FOREIGN AFFAIRS', 4]);
    expect(read('THE CENTRAL BANK OF KENYA AND', 'CENTRAL')).toEqual(['CENTRAL BANK OF KENYA', 4]);
    expect(read("THE GENERAL PEOPLE'S CONGRESS MET", 'GENERAL')).toEqual(["GENERAL PEOPLE'S CONGRESS", 3]);
    expect(read('KENYAN SECURITY FORCES ARRESTED', 'KENYAN')).toEqual(['KENYAN SECURITY FORCES', 3]);
    expect(read('THE UNITED NATIONS SECURITY COUNCIL MET', 'UNITED')).toEqual(['UNITED NATIONS SECURITY COUNCIL', 4]);
  });
  it("reads a ministry's own name, and a body before a title of its own, without THE", () => {
    expect(read('VIEWS OF MINISTRY OF ENERGY AND MINES OFFICIALS', 'MINISTRY')).toEqual([
      'MINISTRY OF ENERGY AND MINES',
      5,
    ]);
    expect(read('AND CENTRAL BANK PRESIDENT TOMAS VELL', 'CENTRAL')).toEqual(['CENTRAL BANK', 2]);
    expect(read('KENYAN OIL MINISTER OTIENO SAID', 'KENYAN')).toBeNull();
  });
  it("reads AND between two describing words as the body's, not between a describing word and a head", () => {
    expect(read('THE NATIONAL SECURITY AND DEFENSE COUNCIL MET', 'NATIONAL')).toEqual([
      'NATIONAL SECURITY AND DEFENSE COUNCIL',
      5,
    ]);
    expect(read('THE POLICE AND ARMY CLASHED', 'POLICE')).toBeNull();
  });
  it("reads a phrase of descriptive words after a place's possessive as that place's body", () => {
    expect(read("KENYA'S CENTRAL BANK SAID", 'CENTRAL')).toEqual(['CENTRAL BANK', 2]);
    expect(read("KENYA'S SUPREME COURT OF JUSTICE RULED", 'SUPREME')).toEqual(['SUPREME COURT OF JUSTICE', 4]);
    // Not after a person's possessive, nor with a plural head, nor a head alone.
    expect(read("TEKALDI'S CENTRAL BANK SAID", 'CENTRAL')).toBeNull();
    expect(read("KENYA'S SECURITY FORCES ARRESTED", 'SECURITY')).toBeNull();
    expect(read("KENYA'S BANK SAID", 'BANK')).toBeNull();
  });
  it('reads a phrase of descriptive words only after THE, with a head in the singular', () => {
    expect(read('ASK THE NATIONAL SECURITY COUNCIL', 'NATIONAL')).toEqual(['NATIONAL SECURITY COUNCIL', 3]);
    expect(read('NATIONAL SECURITY COUNCIL MET', 'NATIONAL')).toBeNull();
    expect(read('THE SECURITY FORCES ARRESTED', 'SECURITY')).toBeNull();
  });
  it('reads no kind of body: a head alone, after A or AN, an owner before it, a title or place word as head', () => {
    expect(read('THE MINISTRY SAID', 'MINISTRY')).toBeNull();
    expect(read('AN OIL COMPANY', 'OIL')).toBeNull();
    expect(read('A GROUP OF KENYAN NOTABLES', 'GROUP')).toBeNull();
    expect(read("VARGAS'S PARTY WON", 'VARGAS')).toBeNull();
    expect(read('THE KENYAN FM SAID', 'KENYAN')).toBeNull();
  });
});
