import { describe, expect, it } from 'vitest';
import { addresseeList } from '../../src/grammar/addressee-list.js';
import { blocks, span, spanFromTo } from '../helpers.js';
import { nodeOf, readWith } from './read.js';

describe('addresseeList', () => {
  it('parses a TO line with RI, name and sequence number', () => {
    const text = 'TO RUEHC/SECSTATE WASHDC 1822  ';
    expect([nodeOf(addresseeList, text)]).toEqual([
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
            namePosition: span(text, 'SECSTATE WASHDC'),
          },
        ],
      },
    ]);
  });
  it('parses continuation lines without a keyword', () => {
    const text = 'INFO RUEHAST/USOFFICE ALMATY 0244  \nRUCNCLS/SCA COLLECTIVE\n\nUNCLAS SECTION 01 OF 02 ASTANA 000358';
    expect(readWith(addresseeList, text).read).toEqual({
      next: 2,
      node: {
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
            namePosition: span(text, 'USOFFICE ALMATY'),
          },
          {
            type: 'addressee',
            position: span(text, 'RUCNCLS/SCA COLLECTIVE'),
            routingIndicator: 'RUCNCLS',
            name: 'SCA COLLECTIVE',
            precedence: null,
            sequence: null,
            namePosition: span(text, 'SCA COLLECTIVE'),
          },
        ],
      },
    });
  });
  it('parses precedence words and sequence numbers', () => {
    const text = 'TO AMEMBASSY KABUL  NIACT  IMMEDIATE 4410\nAMCONSUL PESHAWAR PRIORITY';
    expect(nodeOf(addresseeList, text)?.children).toEqual([
      {
        type: 'addressee',
        position: span(text, 'AMEMBASSY KABUL  NIACT  IMMEDIATE 4410'),
        routingIndicator: null,
        name: 'AMEMBASSY KABUL',
        precedence: 'NIACT IMMEDIATE',
        sequence: '4410',
        namePosition: span(text, 'AMEMBASSY KABUL'),
      },
      {
        type: 'addressee',
        position: span(text, 'AMCONSUL PESHAWAR PRIORITY'),
        routingIndicator: null,
        name: 'AMCONSUL PESHAWAR',
        precedence: 'PRIORITY',
        sequence: null,
        namePosition: span(text, 'AMCONSUL PESHAWAR'),
      },
    ]);
  });
  it('keeps a page-break line inside the list', () => {
    const text = 'TO PAGE 02 STATE 012345 121212Z\nAMEMBASSY KABUL PRIORITY';
    expect(nodeOf(addresseeList, text)).toMatchObject({
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
    expect(nodeOf(addresseeList, 'XMT AMEMBASSY SOFIA')).toMatchObject({
      role: 'xmt',
      children: [{ name: 'AMEMBASSY SOFIA' }],
    });
    expect(nodeOf(addresseeList, 'XMT/AMEMBASSY SOFIA')).toMatchObject({
      role: 'xmt',
      children: [{ name: 'AMEMBASSY SOFIA' }],
    });
  });
  it('reports CG102 for an addressee without a name', () => {
    const text = 'TO RUEHC/ 1822';
    const { read, diagnostics } = readWith(addresseeList, text);
    expect(read?.node.children).toEqual([
      {
        type: 'addressee',
        position: span(text, 'RUEHC/ 1822'),
        routingIndicator: 'RUEHC',
        name: '',
        precedence: null,
        sequence: '1822',
        namePosition: null,
      },
    ]);
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['CG102', 'Expected an addressee name like `AMEMBASSY ASTANA`, found `RUEHC/ 1822`'],
    ]);
  });
  it('ends at a line that opens another list, a field or a classification line', () => {
    const text = 'TO SECSTATE WASHDC\nINFO AMEMBASSY KABUL\nUNCLAS KABUL 000123\nTAGS: PREL';
    expect(readWith(addresseeList, text).read?.next).toBe(1);
    expect(readWith(addresseeList, text, { at: 1 }).read?.next).toBe(2);
  });
  it('is no list after the text began, outside a routing header (`TO THE SECRETARY FROM ...`)', () => {
    expect(nodeOf(addresseeList, 'TO THE SECRETARY FROM AMBASSADOR SMITH', { classified: true })).toBeNull();
  });
  it('reads address lines after a DTG even when text came before (a partial extract)', () => {
    const text =
      'This record is a partial extract.\n\nO 271458Z SEP 00\nFM AMEMBASSY ASTANA\nTO SECSTATE WASHDC IMMEDIATE 7212';
    expect(blocks(text).map((b) => b.type)).toEqual(['paragraph', 'dtgLine', 'fromLine', 'addresseeList']);
  });
});
