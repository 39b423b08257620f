import { describe, expect, it } from 'vitest';
import { classificationLine } from '../../src/grammar/classification-line.js';
import { span } from '../helpers.js';
import { nodeOf, readWith } from './read.js';

/** The classification line node of a text, with the parts given (the rest as in an empty line). */
const line = (text: string, parts: Record<string, unknown>) => ({
  type: 'classificationLine',
  position: span(text, text),
  caveats: [],
  section: null,
  origin: null,
  serial: null,
  ...parts,
});

describe('classificationLine', () => {
  it('parses the seed line with section, origin and serial; the text has begun', () => {
    const text = 'UNCLAS SECTION 01 OF 02 ASTANA 000358';
    const { read, reading } = readWith(classificationLine, text);
    expect(read?.node).toEqual(
      line(text, {
        classification: { written: 'UNCLAS', meant: 'UNCLASSIFIED' },
        section: { number: 1, of: 2 },
        origin: 'ASTANA',
        serial: '000358',
      }),
    );
    expect(reading.state.classified).toBe(true);
  });
  it('parses letters spaced out, wholly or in part', () => {
    const text = 'C O N F I D E N T I A L SECTION 01 OF 03 ASTANA 000123';
    expect(nodeOf(classificationLine, text)).toEqual(
      line(text, {
        classification: { written: 'C O N F I D E N T I A L', meant: 'CONFIDENTIAL' },
        section: { number: 1, of: 3 },
        origin: 'ASTANA',
        serial: '000123',
      }),
    );
    const partly = 'SE C R E T KABUL 000123';
    expect(nodeOf(classificationLine, partly)).toEqual(
      line(partly, { classification: { written: 'SE C R E T', meant: 'SECRET' }, origin: 'KABUL', serial: '000123' }),
    );
  });
  it('parses caveats after slashes and words', () => {
    expect(nodeOf(classificationLine, 'SECRET//NOFORN')).toEqual(
      line('SECRET//NOFORN', { classification: { written: 'SECRET', meant: 'SECRET' }, caveats: ['NOFORN'] }),
    );
    const text = 'UNCLAS SENSITIVE ASTANA 000358';
    expect(nodeOf(classificationLine, text)).toEqual(
      line(text, {
        classification: { written: 'UNCLAS', meant: 'UNCLASSIFIED' },
        caveats: ['SENSITIVE'],
        origin: 'ASTANA',
        serial: '000358',
      }),
    );
  });
  it('parses a multi-word origin and a lowered line of a known post', () => {
    const text = 'C O N F I D E N T I A L RIO DE JANEIRO 000044';
    expect(nodeOf(classificationLine, text)).toMatchObject({ origin: 'RIO DE JANEIRO', serial: '000044' });
    expect(nodeOf(classificationLine, 'Unclas nairobi 000165')).toMatchObject({ origin: 'NAIROBI', serial: '000165' });
  });
  it('reads no prose that starts with a level word', () => {
    expect(nodeOf(classificationLine, 'SECRET POLICE ARRESTED THE DEMONSTRATORS.')).toBeNull();
    expect(nodeOf(classificationLine, 'SECRETARY RICE 1234')).toBeNull();
    expect(nodeOf(classificationLine, 'Secret police 5000')).toBeNull();
  });
  it('reads the start of a line with text glued after its serial, and leaves the rest in its slot', () => {
    const text = 'C O N F I D E N T I A L SECTION 01 OF 02 ASTANA 000358 SIPDIS DEPT FOR SCA/CEN';
    const { read, reading } = readWith(classificationLine, text);
    expect(read).toEqual({
      node: line('C O N F I D E N T I A L SECTION 01 OF 02 ASTANA 000358 SIPDIS', {
        classification: { written: 'C O N F I D E N T I A L', meant: 'CONFIDENTIAL' },
        caveats: ['SIPDIS'],
        section: { number: 1, of: 2 },
        origin: 'ASTANA',
        serial: '000358',
      }),
      next: 0,
    });
    expect(reading.lines[0]).toMatchObject({ value: 'DEPT FOR SCA/CEN', cut: true, start: text.indexOf('DEPT') });
  });
  it('cuts a serial glued to the word after it, only after a known post', () => {
    const glued = readWith(classificationLine, 'UNCLAS ASTANA 000358SIPDISSTATE FOR INL');
    expect(glued.read?.node).toMatchObject({ origin: 'ASTANA', serial: '000358' });
    expect(glued.reading.lines[0]?.value).toBe('SIPDISSTATE FOR INL');
    expect(nodeOf(classificationLine, 'SECRET POLICE HELD 120000 MEN IN CAMPS')).toBeNull();
    // The E.O. number after the caveats is the next field's, not a second origin and serial.
    const before = readWith(classificationLine, 'UNCLAS ASTANA 000358 SIPDIS E.O. 12958: N/A');
    expect(before.reading.lines[0]?.value).toBe('E.O. 12958: N/A');
  });
  it('reports CG201 for an impossible section', () => {
    const text = 'UNCLAS SECTION 03 OF 02 ASTANA 000358';
    expect(readWith(classificationLine, text).diagnostics).toEqual([
      {
        code: 'CG201',
        severity: 'warning',
        message: 'Expected `SECTION n OF m` with 1 <= n <= m, found section 3 of 2',
        position: span(text, text),
        expected: 'SECTION n OF m with 1 <= n <= m',
        actual: 'SECTION 3 OF 2',
      },
    ]);
  });
  it('interrupts what stands open when a level stands alone on its line (a page header)', () => {
    const interrupts = (text: string) =>
      classificationLine.interrupts?.(readWith(classificationLine, text).reading.lines[0] as never);
    expect(interrupts('CONFIDENTIAL')).toBe(true);
    expect(interrupts('S E C R E T')).toBe(true);
    expect(interrupts('CONFIDENTIAL ASTANA 000123')).toBe(false);
  });
  it('reads a line after the stray punctuation of an export, reported as CG203 where it stands', () => {
    for (const stray of ['"', '","', ']']) {
      const text = `${stray}C O N F I D E N T I A L SECTION 01 OF 02 ASTANA 000358`;
      const { read, diagnostics } = readWith(classificationLine, text);
      expect(read?.node).toMatchObject({
        position: span(text, text.slice(stray.length)),
        classification: { written: 'C O N F I D E N T I A L', meant: 'CONFIDENTIAL' },
        origin: 'ASTANA',
        serial: '000358',
      });
      expect(diagnostics.map((d) => [d.code, d.position.start.offset, d.position.end.offset])).toEqual([
        ['CG203', 0, stray.length],
      ]);
    }
  });
  it('takes no line after stray punctuation without a known post', () => {
    expect(readWith(classificationLine, '"SECRET POLICE 5000 STRONG').read).toBeNull();
    expect(readWith(classificationLine, '"SECRET"').read).toBeNull();
  });
});
