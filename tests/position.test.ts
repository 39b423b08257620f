import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineIndex, lineStartAfter, pointAt } from '../src/position.js';
import { renderMarkdown } from '../src/render/markdown.js';

// Lookups remember the line (and the rendering's segment) of the last one; these tests ask in
// every order and check each answer against a lookup made afresh.
const orders = (n: number): number[][] => {
  const ascending = Array.from({ length: n }, (_, k) => k);
  const shuffled = ascending.map((k) => (k * 7919) % n);
  return [ascending, [...ascending].reverse(), shuffled];
};

describe.each([
  ['line feeds, carriage returns and both', 'RR RUEHAST\r\nDE RUEHTA #0358\rZNR UUUUU\n\nR 210951Z FEB 08\n'],
  ['line feeds only', 'RR RUEHAST\nDE RUEHTA #0358\n\nR 210951Z FEB 08\nFM AMEMBASSY ASTANA'],
])('pointAt, %s', (_name, text) => {
  const naive = (offset: number) => {
    const before = text.slice(0, offset);
    const breaks = before.match(/\r\n|\r|\n/g) ?? [];
    const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    return { line: breaks.length + 1, column: offset - lineStart + 1, offset };
  };
  it('agrees with a count of line breaks, whatever the order of lookups', () => {
    for (const order of orders(text.length + 1)) {
      const index = lineIndex(text);
      for (const offset of order) {
        // The `\n` of a `\r\n` belongs to the line it ends, like the `\r`.
        const expected =
          text[offset - 1] === '\r' && text[offset] === '\n'
            ? { ...naive(offset - 1), column: naive(offset - 1).column + 1, offset }
            : naive(offset);
        expect(pointAt(index, offset)).toEqual(expected);
      }
    }
  });
});

describe('offset map lookups', () => {
  it('answer the same in any order', () => {
    const input = 'TAGS: [SNAR](#) [KZ](#)\n\n4. About \\$240,000 and [PREL](#).';
    const fresh = (offset: number) => {
      const { map } = renderMarkdown(input);
      return [map.start(offset), map.end(offset)];
    };
    const length = renderMarkdown(input).text.length;
    const expected = Array.from({ length: length + 1 }, (_, offset) => fresh(offset));
    for (const order of orders(length + 1)) {
      const { map } = renderMarkdown(input);
      for (const offset of order) expect([map.start(offset), map.end(offset)]).toEqual(expected[offset]);
    }
  });
});

describe('lineStartAfter', () => {
  /** The model: a character at a time. */
  const model = (text: string, lines: number): number | null => {
    let seen = 1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (seen++ === lines) return i + 1 < text.length ? i + 1 : null;
    }
    return null;
  };
  it('finds where line n + 1 starts, lines ending at \\n, \\r\\n or a lone \\r', () => {
    expect(lineStartAfter('a\nb\r\nc\rd', 1)).toBe(2);
    expect(lineStartAfter('a\nb\r\nc\rd', 2)).toBe(5);
    expect(lineStartAfter('a\nb\r\nc\rd', 3)).toBe(7);
    expect(lineStartAfter('a\nb\r\nc\rd', 4)).toBeNull();
    expect(lineStartAfter('a\r', 1)).toBeNull();
  });
  it('agrees with a reading a character at a time', () => {
    const text = fc
      .array(fc.constantFrom('a', 'bc', '\n', '\r', '\r\n', '\n\r'), { maxLength: 30 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 12 }), (input, lines) => {
        expect(lineStartAfter(input, lines)).toBe(model(input, lines));
      }),
      { numRuns: 5000 },
    );
  });
});
