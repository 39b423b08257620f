import { describe, expect, it } from 'vitest';
import { parseCable } from '../../src/index.js';
import { looksLikeMarkdown, renderMarkdown } from '../../src/render/markdown.js';
import { treeProblems } from '../tree-check.js';

describe('markdown rendition', () => {
  it('undoes links and escapes, mapping offsets back to the input', () => {
    const input = 'TAGS: [SNAR](#) [KZ](#)\n\n4. About \\$240,000 in 2007.';
    const { text, map } = renderMarkdown(input);
    expect(text).toBe('TAGS: SNAR KZ\n\n4. About $240,000 in 2007.');
    const snar = text.indexOf('SNAR');
    expect([map.start(snar), map.end(snar + 4)]).toEqual([input.indexOf('[SNAR]'), input.indexOf('[SNAR](#)') + 9]);
    const dollar = text.indexOf('$');
    expect([map.start(dollar), map.end(dollar + 1)]).toEqual([input.indexOf('\\$'), input.indexOf('\\$') + 2]);
  });
  it('is detected by its links and escapes only', () => {
    expect(looksLikeMarkdown('TAGS: [SNAR](#)')).toBe(true);
    expect(looksLikeMarkdown('about \\$240,000')).toBe(true);
    expect(looksLikeMarkdown('TAGS: SNAR, KZ\nREF: (A) STATE 12345')).toBe(false);
  });
  it('reads no link across line breaks, nor a label that starts with a space (nothing is dropped)', () => {
    for (const input of ['[a\r\rb](c\rd)\n[SNAR](#)', '[ [SNAR](#)', '[x [SNAR](#)']) {
      expect(treeProblems(input)).toEqual([]);
    }
    expect(renderMarkdown('[a\rb](#) [SNAR](#)').text).toBe('[a\rb](#) SNAR');
  });
  it('parses the seed as markdown', () => {
    expect(parseCable('TAGS: [SNAR](#)').format).toBe('markdown');
  });
});
