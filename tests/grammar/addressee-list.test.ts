import { describe, expect, it } from 'vitest';
import { parseCable } from '../../src/index.js';
import { blocks, span, spanFromTo } from '../helpers.js';

describe('addresseeList', () => {
  it('parses a TO line with RI, name and sequence number', () => {
    const text = 'TO RUEHC/SECSTATE WASHDC 1822  ';
    expect(blocks(text)).toEqual([
      {
        type: 'addresseeList',
        position: span(text, 'TO RUEHC/SECSTATE WASHDC 1822'),
        role: 'to',
        children: [
          {
            type: 'addressee',
            position: span(text, 'RUEHC/SECSTATE WASHDC 1822'),
            routingIndicator: 'RUEHC',
            name: 'SECSTATE WASHDC',
            precedence: null,
            sequence: '1822',
          },
        ],
      },
    ]);
  });
  it('parses continuation lines without a keyword', () => {
    const text = 'INFO RUEHAST/USOFFICE ALMATY 0244  \nRUCNCLS/SCA COLLECTIVE\n\nUNCLAS SECTION 01 OF 02 ASTANA 000358';
    expect(blocks(text)[0]).toEqual({
      type: 'addresseeList',
      position: spanFromTo(text, 'INFO', 'COLLECTIVE'),
      role: 'info',
      children: [
        {
          type: 'addressee',
          position: span(text, 'RUEHAST/USOFFICE ALMATY 0244'),
          routingIndicator: 'RUEHAST',
          name: 'USOFFICE ALMATY',
          precedence: null,
          sequence: '0244',
        },
        {
          type: 'addressee',
          position: span(text, 'RUCNCLS/SCA COLLECTIVE'),
          routingIndicator: 'RUCNCLS',
          name: 'SCA COLLECTIVE',
          precedence: null,
          sequence: null,
        },
      ],
    });
  });
  it('parses precedence words and sequence numbers', () => {
    const text = 'TO AMEMBASSY KABUL NIACT IMMEDIATE 4410\nAMCONSUL PESHAWAR PRIORITY';
    const list = blocks(text)[0];
    expect(list).toMatchObject({
      children: [
        { name: 'AMEMBASSY KABUL', precedence: 'NIACT IMMEDIATE', sequence: '4410' },
        { name: 'AMCONSUL PESHAWAR', precedence: 'PRIORITY', sequence: null },
      ],
    });
  });
  it('keeps a page-break line inside the list', () => {
    const text = 'TO PAGE 02 STATE 012345 121212Z\nAMEMBASSY KABUL PRIORITY';
    expect(blocks(text)[0]).toMatchObject({
      type: 'addresseeList',
      role: 'to',
      children: [
        {
          type: 'pageMarker',
          style: 'page',
          origin: 'STATE',
          serial: '012345',
          page: { written: '02', meant: 2 },
          time: '121212Z',
        },
        { type: 'addressee', name: 'AMEMBASSY KABUL', precedence: 'PRIORITY' },
      ],
    });
  });
  it('parses XMT exclusions in both spellings', () => {
    expect(blocks('XMT AMEMBASSY SOFIA')[0]).toMatchObject({ role: 'xmt', children: [{ name: 'AMEMBASSY SOFIA' }] });
    expect(blocks('XMT/AMEMBASSY SOFIA')[0]).toMatchObject({ role: 'xmt', children: [{ name: 'AMEMBASSY SOFIA' }] });
  });
  it('reports CG102 for an addressee without a name', () => {
    expect(parseCable('TO RUEHC/ 1822').diagnostics.map((d) => d.code)).toEqual(['CG102']);
  });
  it('reads address lines after a DTG even when text came before (a partial extract)', () => {
    const text =
      'This record is a partial extract.\n\nO 271458Z SEP 00\nFM AMEMBASSY ASTANA\nTO SECSTATE WASHDC IMMEDIATE 7212';
    expect(blocks(text).map((b) => b.type)).toEqual(['paragraph', 'dtgLine', 'fromLine', 'addresseeList']);
  });
});
