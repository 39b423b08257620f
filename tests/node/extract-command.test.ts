/** `cablegram extract`'s text rendering: mentions coloured, or bracketed with their kind when colour is off. */
import { describe, expect, it } from 'vitest';
import { extract, parseCable } from '../../src/index.js';
import { highlighted } from '../../src/node/extract-command.js';

const text = '1. On March 3 the Ministry of Finance in Astana paid $2 million.\n';
const found = extract(parseCable(text, { date: '2008-02-21' }), text);

describe('highlighted', () => {
  it('brackets each mention with its kind when colour is off', () => {
    expect(highlighted(text, found, false)).toBe(
      '1. On [March 3|date] the [Ministry of Finance|organization] in [Astana|place] paid [$2 million|quantity].\n',
    );
  });
  it('colours each mention by its kind, the text between left as it is', () => {
    const out = highlighted(text, found, true);
    expect(out).toContain('\u001b[36mMarch 3\u001b[0m');
    expect(out).toContain('\u001b[34mAstana\u001b[0m');
    const sgr = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g');
    expect(out.replace(sgr, '')).toBe(text);
  });
  it('leaves a text without mentions as it is', () => {
    const plain = '1. Nothing here.\n';
    expect(highlighted(plain, extract(parseCable(plain), plain), true)).toBe(plain);
  });
});
