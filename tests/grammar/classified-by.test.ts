import { describe, expect, it } from 'vitest';
import { parseCable } from '../../src/index.js';
import { blocks, span, spanFromTo } from '../helpers.js';

describe('classifiedBy', () => {
  it('parses name, title and reasons', () => {
    const text = 'Classified By: Ambassador John Ordway for reasons 1.4 (b) and (d)';
    expect(blocks(text)).toEqual([
      {
        type: 'classifiedBy',
        position: span(text, text),
        text: 'Ambassador John Ordway for reasons 1.4 (b) and (d)',
        name: 'John Ordway',
        title: 'Ambassador',
        reasons: ['1.4(b)', '1.4(d)'],
      },
    ]);
  });
  it('parses capitals, a period and 1.5 reasons', () => {
    expect(blocks('CLASSIFIED BY DCM JOHN SMITH. REASONS: 1.5 (B) AND (D).')[0]).toMatchObject({
      name: 'JOHN SMITH',
      title: 'DCM',
      reasons: ['1.5(b)', '1.5(d)'],
    });
  });
  it('parses a name before its title and a semicolon', () => {
    expect(
      blocks('CLASSIFIED BY: Jane Q. Doe, Assistant Secretary, Department of State; REASON: 1.4(B), (D)')[0],
    ).toMatchObject({
      name: 'Jane Q. Doe',
      reasons: ['1.4(b)', '1.4(d)'],
    });
  });
  it('joins wrapped lines', () => {
    const text =
      'Classified By: Acting Deputy Chief of Mission John Smith for Reasons 1.4\n (b) and (d)\n\n1. (C) Text.';
    expect(blocks(text)[0]).toMatchObject({
      position: spanFromTo(text, 'Classified', '(d)'),
      name: 'John Smith',
      reasons: ['1.4(b)', '1.4(d)'],
    });
  });
  it('reports CG305 when no reasons are given', () => {
    expect(parseCable('Classified By: Ambassador John Ordway').diagnostics.map((d) => d.code)).toEqual(['CG305']);
  });
  it('reads the officer of a very long line from its first 1000 characters, the reasons and the text from all of it', () => {
    const text = `Classified By: Ambassador John Ordway ${'and staff '.repeat(2000)}for reasons 1.4 (b)`;
    const node = blocks(text)[0];
    if (node?.type !== 'classifiedBy') throw new Error(`expected a classifiedBy node, found ${node?.type}`);
    expect(node.title?.startsWith('Ambassador John Ordway and staff')).toBe(true);
    expect((node.title ?? '').length + (node.name ?? '').length).toBeLessThanOrEqual(1000);
    expect(node.reasons).toEqual(['1.4(b)']);
    expect(node.text).toBe(text.slice('Classified By: '.length));
  });
});
