/**
 * The diagnostic catalogue: every code (but CG999, kept for the parser's own failures, and CG930,
 * which readArchive reports and its tests check) can be
 * produced by some input, reads as one sentence naming what was expected, and has the catalogue's
 * severity; the strict entry point throws the first error with `(line:column)`.
 */
import { describe, expect, it } from 'vitest';
import {
  DIAGNOSTIC_CODES,
  isCableSyntaxError,
  parseCable,
  parseCableStrict,
  type DiagnosticCode,
  type ParseOptions,
} from '../src/index.js';

/** A Cablegate page of our own, in the shape of the site's: metadata table, header and body `<pre>` blocks. */
const page = (refid: string, created: string, classification: string) =>
  `<html><body><table class='cable'><tr><th>Reference ID</th></tr><tr><td><a href='#'>${refid}</a></td>` +
  `<td>${created}</td><td>2010-11-28 18:06</td><td>${classification}</td><td>Embassy Astana</td></tr></table>` +
  `<code><pre>R 210951Z FEB 08&#x000A;FM AMEMBASSY ASTANA</pre></code><code><pre>UNCLAS ASTANA 000358 &#x000A;` +
  `&#x000A;1. Text.</pre></code></body></html>`;

/** A cables.csv row of our own, in the file's shape. */
const ROW =
  '"1","2/21/2008 9:51","08ASTANA358","Embassy Astana","UNCLASSIFIED","","R 210951Z FEB 08\nFM AMEMBASSY ' +
  'ASTANA","UNCLAS ASTANA 000358\n\n1. The \\"text\\"."\n';

/** One input per code that produces it (with the options it needs, for some). */
const PRODUCERS: Record<Exclude<DiagnosticCode, 'CG999' | 'CG930'>, string | [string, ParseOptions]> = {
  CG100: 'R 210951Z FEB 08\nFM AMEMBASSY ASTANA\n%%% GARBLED %%%',
  CG101: 'R 321299Z FEB 08',
  CG102: 'TO RUEHC/ 1822',
  CG201: 'UNCLAS SECTION 03 OF 02 ASTANA 000358',
  CG202: 'ZNR UUUUU ZZH\n\nSECRET ASTANA 000358',
  CG203: '","UNCLAS ASTANA 000358',
  CG300: 'TAGE: PREL, KZ',
  CG301: 'E.O. 12958: DECL: 02/30/2018',
  CG302: 'TAGS:',
  CG303: 'SUBJECT:',
  CG304: 'REF:',
  CG305: 'Classified By: Ambassador John Ordway',
  CG306: 'Classified By: 08 STATE 123456',
  CG401: '5. Five.\n\n16. Six.',
  CG402: '1. One.\n\n3. Three.',
  CG501: 'ASTANA 00000358 003 OF 002',
  CG900: '   \n',
  CG901: '1. Text.\n\nab\u0000cd',
  CG902: '1. Caf\ufffd au lait.',
  CG903: ['UNCLAS ASTANA 000358', { date: '2008-02-30' }],
  CG904: ['UNCLAS ASTANA 000358\n\n1. Text.', { maxBytes: 20 }],
  CG905: ['UNCLAS ASTANA 000358\n\n1. One.\n\n2. Two.\n\n3. Three.', { maxNodes: 4 }],
  CG910: page('08ASTANA359', '2008-02-21 09:51', 'UNCLASSIFIED'),
  CG911: page('08ASTANA358', '2008-02-22 09:51', 'UNCLASSIFIED'),
  CG912: page('08ASTANA358', '2008-02-21 09:51', 'SECRET//NOFORN'),
  CG920: ROW.slice(0, ROW.indexOf('1. The')),
  CG921: ROW + ROW,
};

describe('diagnostic catalogue', () => {
  for (const [code, producer] of Object.entries(PRODUCERS)) {
    it(`produces ${code}`, () => {
      const [input, options] = typeof producer === 'string' ? [producer, {}] : producer;
      const diagnostics = parseCable(input, options).diagnostics;
      expect(diagnostics.map((d) => d.code)).toContain(code);
      const diagnostic = diagnostics.find((d) => d.code === code);
      expect(diagnostic?.severity).toBe(DIAGNOSTIC_CODES[code as DiagnosticCode].severity);
      expect(diagnostic?.message).toMatch(/^(Expected|Paragraph number) .+/);
    });
  }
  // CG930 is readArchive's (tests/node/read-archive.test.ts).
  it('covers every code of the catalogue but CG999 (bugs) and CG930', () => {
    expect(Object.keys(PRODUCERS).sort()).toEqual(
      Object.keys(DIAGNOSTIC_CODES)
        .filter((c) => c !== 'CG999' && c !== 'CG930')
        .sort(),
    );
  });
});

describe('parseCableStrict', () => {
  it('throws the first error with code, position, expected and found', () => {
    const text = 'FM AMEMBASSY ASTANA\nR 321299Z FEB 08';
    let thrown: unknown;
    try {
      parseCableStrict(text);
    } catch (error) {
      thrown = error;
    }
    expect(isCableSyntaxError(thrown)).toBe(true);
    if (!isCableSyntaxError(thrown)) return;
    expect(thrown.code).toBe('CG101');
    expect(thrown.position.start).toEqual({ line: 2, column: 1, offset: 20 });
    expect(thrown.expected).toBe('DDHHMMZ MON YY');
    expect(thrown.actual).toBe('321299Z FEB 08');
    expect(thrown.message).toMatch(/^CG101: Expected a DTG like .*, found `321299Z FEB 08`.* \(2:1\)$/);
  });
  it('returns the tree when there is no error (warnings do not throw)', () => {
    expect(parseCableStrict('1. One.\n\n3. Three.').children).toHaveLength(2);
  });
  it('never lets parseCable throw, whatever it is given', () => {
    for (const input of [undefined, null, 42, {}] as unknown as string[]) expect(() => parseCable(input)).not.toThrow();
  });
});
