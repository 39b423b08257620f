import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalCableId, parseCable, toRecord } from '../../src/index.js';
import { looksLikeBodyOnly, looksLikeCablegatePage, renderHtml } from '../../src/render/html.js';
import { describeShared, SHARED } from '../helpers.js';
import { treeProblems } from '../tree-check.js';

/** A page of our own in the site's shape: chrome, metadata table, header and body `<pre>` blocks. */
const PAGE =
  "<html><head><title>Cable Viewer</title></head><body><div class='pane'>chrome</div>\n<table " +
  "class='cable'>\n<tr><th>Reference ID</th><th>Created</th><th>Released</th><th>Classification</th><th>" +
  'Origin</th></tr>\n' +
  "<tr>\n<td>\n<a href='/cable/2008/02/08ASTANA358.html'>08ASTANA358</a>\n</td>\n<td>\n<a " +
  "href='/date/2008-02_0.html'>2008-02-21 09:09</a>\n</td>\n<td>2010-11-28 18:06</td>\n<td>\n<a " +
  "href='/classification/1_0.html' title='unclassified'>UNCLASSIFIED</a>\n</td>\n<td>Embassy " +
  'Astana</td>\n</tr>\n</table>\n' +
  '<code><pre>R 210951Z FEB 08&#x000A;FM AMEMBASSY ASTANA&#x000A;TO RUEHC/SECSTATE WASHDC 1822</pre></code>\n' +
  "<code><pre>UNCLAS SECTION 01 OF 02 ASTANA 000358 &#x000A; &#x000A;TAGS: <a href='/tag/SNAR_0.html'>SNAR</a> " +
  "<a href='/tag/KZ_0.html'>KZ</a>&#x000A;SUBJECT: DRUGS &amp; CRIME&#x000A; &#x000A;<a id='par1' href='#par1'>" +
  '¶</a>1. The text.&#x000A; &#x000A;ORDWAY</pre></code>\n</body></html>';

describe('cablegate-html rendering', () => {
  it('is detected, and body-only fragments apart', () => {
    expect(looksLikeCablegatePage(PAGE)).toBe(true);
    expect(looksLikeBodyOnly('<code><pre>UNCLAS ASTANA 000358 \n1. Text.</pre></code>')).toBe(true);
    expect(looksLikeBodyOnly('UNCLAS ASTANA 000358')).toBe(false);
  });
  it('reads the header and body blocks, links and entities undone, and the metadata apart', () => {
    const rendered = renderHtml(PAGE);
    expect(rendered?.text).toBe(
      'R 210951Z FEB 08\nFM AMEMBASSY ASTANA\nTO RUEHC/SECSTATE WASHDC 1822\n\nUNCLAS SECTION 01 OF 02 ASTANA ' +
        '000358 \n \nTAGS: SNAR KZ\nSUBJECT: DRUGS & CRIME\n \n¶1. The text.\n \nORDWAY',
    );
    expect(rendered?.archive).toEqual({
      refid: '08ASTANA358',
      created: '2008-02-21 09:09',
      released: '2010-11-28 18:06',
      classification: 'UNCLASSIFIED',
      origin: 'Embassy Astana',
    });
  });
  it('gives positions into the original HTML', () => {
    const cable = parseCable(PAGE);
    expect(cable.format).toBe('cablegate-html');
    const at = (node: { position: { start: { offset: number }; end: { offset: number } } }) =>
      PAGE.slice(node.position.start.offset, node.position.end.offset);
    const tags = cable.children.find((n) => n.type === 'tags');
    expect(tags && at(tags)).toBe("TAGS: <a href='/tag/SNAR_0.html'>SNAR</a> <a href='/tag/KZ_0.html'>KZ</a>");
    const subject = cable.children.find((n) => n.type === 'subject');
    expect(subject && at(subject)).toBe('SUBJECT: DRUGS &amp; CRIME');
    const paragraph = cable.children.find((n) => n.type === 'paragraph');
    expect(paragraph && at(paragraph)).toBe("<a id='par1' href='#par1'>¶</a>1. The text.");
    expect(cable.children[0] && at(cable.children[0])).toBe('R 210951Z FEB 08');
    expect(treeProblems(PAGE)).toEqual([]);
  });
  it('puts the metadata in the record, and reads the text as text', () => {
    const record = toRecord(parseCable(PAGE));
    expect(record).toMatchObject({
      id: '08ASTANA358',
      subject: 'DRUGS & CRIME',
      tags: ['SNAR', 'KZ'],
      signers: ['ORDWAY'],
      archive: { refid: '08ASTANA358' },
      diagnostics: 0,
    });
  });
  it('reads a cables.csv row glued into the body', () => {
    const glued = PAGE.replace(
      '<code><pre>UNCLAS',
      '<code><pre>2008-02-21 09:51:00\t08ASTANA358\tEmbassy Astana\tUNCLASSIFIED\t\tR 210951Z FEB 08\\&#x000A;' +
        'FM AMEMBASSY ASTANA\\&#x000A;TO RUEHC/SECSTATE WASHDC 1822\tUNCLAS',
    );
    const record = toRecord(parseCable(glued));
    expect(record).toMatchObject({ id: '08ASTANA358', from: 'AMEMBASSY ASTANA', subject: 'DRUGS & CRIME' });
  });
  it('reads a media copy date line and flags a partial extract', () => {
    const media = PAGE.replace(
      '<code><pre>R 210951Z FEB 08&#x000A;FM AMEMBASSY ASTANA&#x000A;TO RUEHC/SECSTATE WASHDC 1822</pre></code>',
      '<code><pre>This record is a partial extract of the original cable. The full text of the original cable ' +
        'is not available.</pre></code>',
    ).replace('<code><pre>UNCLAS', '<code><pre>Thursday, 21 February 2008, 09:51&#x000A;UNCLAS');
    const cable = parseCable(media);
    expect(cable.children.find((n) => n.type === 'dateLine')).toMatchObject({
      written: 'Thursday, 21 February 2008, 09:51',
      iso: '2008-02-21T09:51:00Z',
    });
    expect(toRecord(cable)).toMatchObject({ id: '08ASTANA358', dtg: '2008-02-21T09:51:00Z', partial: true });
  });
});

describeShared('the Cablegate pages of ../shared/corpus', () => {
  const manifest = JSON.parse(readFileSync(join(SHARED, 'corpus/manifest.json'), 'utf8')) as Array<{
    file: string;
    format: string;
    meta?: { refid: string; created: string; classification: string };
  }>;
  const pages = manifest.filter((entry) => entry.format === 'cablegate-html');
  const records = pages.map((entry) => ({
    entry,
    record: toRecord(parseCable(readFileSync(join(SHARED, 'corpus', entry.file), 'utf8'))),
  }));
  it('and the body-only fragments are read as such (one of them holds no <pre>, only a line of page chrome)', () => {
    const fragments = manifest
      .filter((entry) => entry.format === 'body-only')
      .map((entry) => readFileSync(join(SHARED, 'corpus', entry.file), 'utf8'));
    const withPre = fragments.filter((text) => text.includes('<pre>'));
    expect([fragments.length, withPre.length]).toEqual([24, 23]);
    for (const text of withPre) expect(parseCable(text).format).toBe('body-only');
  });
  it('are all read as pages', () => {
    expect(pages.length).toBe(98);
    expect(records.every(({ record }) => record.archive !== null)).toBe(true);
  });
  it('give ids, dates and classifications that agree with the page table (97% at least, as measured)', () => {
    let id = 0;
    let dated = 0;
    let date = 0;
    let level = 0;
    for (const { entry, record } of records) {
      const meta = entry.meta as { refid: string; created: string; classification: string };
      if (record.id === canonicalCableId(meta.refid)) id++;
      if (record.dtg) {
        dated++;
        if (record.dtg.slice(0, 10) === meta.created.slice(0, 10)) date++;
      }
      if (
        record.classification ===
        /^(TOP SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|LIMITED OFFICIAL USE)/.exec(meta.classification)?.[1]
      )
        level++;
    }
    console.log(
      `cablegate pages: id ${id}/98, date ${date}/${dated} dated (${98 - dated} texts carry no date), ` +
        `classification ${level}/98`,
    );
    expect(id).toBeGreaterThanOrEqual(97);
    expect(level).toBeGreaterThanOrEqual(97);
    expect(dated).toBeGreaterThanOrEqual(81);
    expect(date).toBe(dated);
  });
});
