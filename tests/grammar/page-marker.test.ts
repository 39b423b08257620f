import { describe, expect, it } from 'vitest';
import { inlinePageMarkers, pageMarker } from '../../src/grammar/page-marker.js';
import { parseCable } from '../../src/index.js';
import { blocks, span } from '../helpers.js';
import { nodeOf, readWith } from './read.js';

describe('pageMarker', () => {
  it('parses the serial style', () => {
    const text = 'ASTANA 00000358 001.2 OF 002';
    expect([nodeOf(pageMarker, text)]).toEqual([
      {
        type: 'pageMarker',
        position: span(text, text),
        style: 'serial',
        origin: 'ASTANA',
        serial: '00000358',
        page: { written: '001.2', meant: 1 },
        pages: 2,
        section: null,
        time: null,
      },
    ]);
  });
  it('parses the page style', () => {
    const text = 'PAGE 02        VATICA 01261 061419Z';
    expect([nodeOf(pageMarker, text)]).toEqual([
      {
        type: 'pageMarker',
        position: span(text, text),
        style: 'page',
        origin: 'VATICA',
        serial: '01261',
        page: { written: '02', meant: 2 },
        pages: null,
        section: null,
        time: '061419Z',
      },
    ]);
  });
  it('parses the page style with a section', () => {
    expect(nodeOf(pageMarker, 'PAGE 01 SECTO 02063 01 OF 02 302041Z')).toMatchObject({
      origin: 'SECTO',
      section: { number: 1, of: 2 },
      time: '302041Z',
    });
  });
  it('keeps a paragraph whole across a marker that falls mid-sentence', () => {
    const text = '7. Ninety-five kilos of drugs\n\nASTANA 00000358 002.2 OF 002\n\nwere seized in 2007.';
    const [paragraph] = blocks(text);
    expect(paragraph).toMatchObject({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Ninety-five kilos of drugs' },
        { type: 'pageMarker', position: span(text, 'ASTANA 00000358 002.2 OF 002') },
        { type: 'text', value: 'were seized in 2007.' },
      ],
    });
  });
  it('reports CG501 for a page past the page count', () => {
    const text = 'ASTANA 00000358 003.2 OF 002';
    expect(readWith(pageMarker, text).diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['CG501', 'Expected a page number no greater than the page count 2, found page 003.2'],
    ]);
  });
  it('reports CG501 for a page that does not follow the last one of its serial', () => {
    const text = 'ASTANA 00000358 001 OF 003';
    const { diagnostics, reading } = readWith(pageMarker, text, {
      state: { lastPage: { serial: '00000358', page: 2 } },
    });
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['CG501', 'Expected page 3 after page 2, found page 001'],
    ]);
    expect(reading.state.lastPage).toEqual({ serial: '00000358', page: 1 });
  });
  it('reports CG501 for pages out of order in a cable', () => {
    expect(
      parseCable('ASTANA 00000358 002 OF 003\n\n1. Text.\n\nASTANA 00000358 001 OF 003').diagnostics.map((d) => d.code),
    ).toEqual(['CG501']);
  });
  it('reports each out-of-order marker once, however often the rules look ahead at it', () => {
    const text = 'SUBJECT: A SUBJECT\nASTANA 00000358 002 OF 003\n\n1. Text\n\nASTANA 00000358 001 OF 003\n\nwent on.';
    expect(parseCable(text).diagnostics.map((d) => d.code)).toEqual(['CG501']);
  });
  it('finds page markers and page headers glued inside a line, after a known post only', () => {
    const line = 'DRUG REPORT ASTANA 00000358 001.2 OF 002 MORE TEXT ASTANA 00000358 P CO 21-FEB-08';
    expect(inlinePageMarkers(line).map((s) => line.slice(s.start, s.end))).toEqual([
      'ASTANA 00000358 001.2 OF 002',
      'ASTANA 00000358 P CO 21-FEB-08',
    ]);
    expect(inlinePageMarkers('SEE PLAN 12345678 001 OF 002')).toEqual([]);
  });
  it('parses the page style without a time, and with the time spaced before its Z', () => {
    expect(nodeOf(pageMarker, 'PAGE 01        STATE  123456')).toMatchObject({
      origin: 'STATE',
      serial: '123456',
      page: { written: '01', meant: 1 },
      section: null,
      time: null,
    });
    expect(nodeOf(pageMarker, 'PAGE 01        ANKARA 04567  01 OF 02  301956 Z')).toMatchObject({
      origin: 'ANKARA',
      section: { number: 1, of: 2 },
      time: '301956Z',
    });
    expect(nodeOf(pageMarker, 'PAGE 2 OF THE REPORT')).toBeNull();
  });
});
