import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../src/index.js';
import { blocks, span, spanFromTo } from '../../helpers.js';

describe('the signature pass', () => {
  it('parses the seed signature', () => {
    const text = '11. The last paragraph.\n\nORDWAY';
    expect(blocks(text)[1]).toEqual({ type: 'signature', position: span(text, 'ORDWAY'), names: ['ORDWAY'] });
  });
  it('finds the signature right after the text and before a closing classification line', () => {
    const text = '4. THE AMBASSADOR WILL CALL.\nSTEIGMAN\nCONFIDENTIAL';
    expect(blocks(text).map((b) => b.type)).toEqual(['paragraph', 'signature', 'classificationLine']);
    expect(blocks(text)[1]).toMatchObject({ names: ['STEIGMAN'] });
  });
  it('finds the signature after a paragraph that ends in a Classified By statement read inside its text', () => {
    // The keyword misspelled (`Classfied`): no field cuts the line, the paragraph's text carries the statement.
    const text =
      'SUBJECT: TALKS\n\n1. The Ambassador met the minister. Classfied By: Ambassador John Ordway, reasons 1.4 (b) ' +
      'and (d)\nORDWAY';
    const found = blocks(text);
    expect(found.map((b) => b.type)).toEqual(['subject', 'paragraph', 'signature']);
    const paragraph = found[1] as Paragraph;
    expect(paragraph.children.map((child) => child.type)).toEqual(['text', 'classifiedBy']);
    expect(paragraph.position).toEqual(spanFromTo(text, '1. The', '(b) and (d)'));
    expect(found[2]).toEqual({ type: 'signature', position: span(text, 'ORDWAY'), names: ['ORDWAY'] });
  });
  it('reads two-word and hyphenated names', () => {
    expect(blocks('1. Text.\n\nDE PREE')[1]).toMatchObject({ names: ['DE PREE'] });
    expect(blocks("1. Text.\n\nO'DONOHUE")[1]).toMatchObject({ names: ["O'DONOHUE"] });
  });
  it('reads a name glued after the last sentence, and keeps the sentence in the paragraph', () => {
    const text = '21. BEIRUT MINIMIZE CONSIDERED.  SMITH\n\nUNCLASSIFIED';
    expect(blocks(text)).toMatchObject([
      { type: 'paragraph', children: [{ type: 'text', value: 'BEIRUT MINIMIZE CONSIDERED.' }] },
      { type: 'signature', position: span(text, 'SMITH'), names: ['SMITH'] },
      { type: 'classificationLine' },
    ]);
  });
  it('reads a name with trailer characters glued on, and looks past a message-center note', () => {
    const text = '3. THE END OF THE TEXT.\n\nJONES##\n\nNOTE: NOT PASSED TO ABOVE ADDRESSEE(S)';
    expect(blocks(text).map((b) => b.type)).toEqual(['paragraph', 'signature', 'paragraph']);
    expect(blocks(text)[1]).toEqual({ type: 'signature', position: span(text, 'JONES##'), names: ['JONES'] });
  });
  it('reads no trailer word, caveat or classification level as a name', () => {
    for (const last of ['NNNN', 'SIPDIS', 'EXDIS', 'UNCLAS', 'TOP SECRET']) {
      expect(blocks(`1. The text.\n\n${last}`).map((b) => b.type)).not.toContain('signature');
    }
  });
  it('reads a name over a long run of `#` in linear time (the trailer is cut by a loop, not a regex)', () => {
    const text = `1. Text.\n\nJONES${'#'.repeat(200_000)}`;
    expect(blocks(text).at(-1)).toMatchObject({ type: 'signature', names: ['JONES'] });
  });
  it('looks past trailer lines (BT, #0358, NNNN), an end marker and a website line, also in the last paragraph', () => {
    const signer = (text: string) => blocks(text).find((b) => b.type === 'signature');
    expect(signer('1. Text.\n\nMINIMIZE CONSIDERED\nJONES\nBT\n#0358\nNNNN')).toMatchObject({ names: ['JONES'] });
    expect(signer('1. Text.\n\nJONES\n\n#')).toMatchObject({ names: ['JONES'] });
    expect(signer('1. Text.\n\nJONES\n\nCONFIDENTIAL\n\n<< END OF DOCUMENT >>')).toMatchObject({ names: ['JONES'] });
    expect(signer("1. Text.\n\nVisit Astana's Classified Website: http://example\nJONES")).toMatchObject({
      names: ['JONES'],
    });
    expect(signer("1. Text.\n\nJONES\n\nVisit Astana's Classified Website: http://example")).toMatchObject({
      names: ['JONES'],
    });
    const glued = '1. Text.\n\nJONES NNNN';
    expect(signer(glued)).toEqual({ type: 'signature', position: span(glued, 'JONES NNNN'), names: ['JONES'] });
  });
  it('reads no end-of-message signal as a name, however many N', () => {
    expect(blocks('1. Text.\n\nNNN').map((b) => b.type)).not.toContain('signature');
  });
});
