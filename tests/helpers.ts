/**
 * Test helpers: the shared corpus beside the project (skipped with a notice when absent), and
 * positions computed independently of src/position.ts, so that tests check the parser's.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { parseCable, type Block, type Position } from '../src/index.js';

/** The project root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** `../shared` beside the project root (CI always has it; a user's clone does not). */
export const SHARED = resolve(ROOT, '../shared');
/** True when `../shared` is there. */
export const HAS_SHARED = existsSync(resolve(SHARED, 'corpus'));

/** `describe` for suites that read `../shared`: skipped, with a one-line notice, when it is absent. */
export function describeShared(name: string, body: () => void): void {
  if (!HAS_SHARED) {
    console.warn(`[cablegram] ../shared is absent: skipping "${name}" (CI always has it)`);
    // The body is not run: it would read the absent folder while collecting its tests.
    describe(name, () => it.skip('needs ../shared', () => {}));
    return;
  }
  describe(name, body);
}

/** The blocks of a text, as parseCable reads it. */
export function blocks(text: string): Block[] {
  return parseCable(text).children;
}

/** The position of `input.slice(start, end)`, counted here by hand. */
export function positionOf(input: string, start: number, end: number): Position {
  const point = (offset: number) => {
    const before = input.slice(0, offset);
    const lines = before.split(/\r\n|\r|\n/);
    return { line: lines.length, column: (lines.at(-1) as string).length + 1, offset };
  };
  return { start: point(start), end: point(end) };
}

/** The position of the `nth` (0-based) occurrence of `fragment` in `input`. */
export function span(input: string, fragment: string, nth = 0): Position {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = input.indexOf(fragment, at + 1);
    if (at < 0) throw new Error(`fragment not in input: ${fragment}`);
  }
  return positionOf(input, at, at + fragment.length);
}

/** The position from the start of fragment `from` to the end of fragment `to` (first occurrences after it). */
export function spanFromTo(input: string, from: string, to: string): Position {
  const start = input.indexOf(from);
  const end = input.indexOf(to, start) + to.length;
  if (start < 0 || end < to.length) throw new Error(`fragments not in input: ${from} … ${to}`);
  return positionOf(input, start, end);
}
