/** Reading one input of the command line (a file or standard input) and writing JSON in pieces. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliIO, eachInput, readInput, writeJson } from '../../src/node/cli-io.js';

const dir = mkdtempSync(join(tmpdir(), 'cablegram-cli-io-'));
const io = (stdin: string): CliIO => ({ stdout: () => {}, stderr: () => {}, stdin: () => Buffer.from(stdin) });

describe('readInput', () => {
  it('reads a file and standard input as text', () => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, '1. A paragraph.\n');
    expect(readInput(file, io(''), 1000)).toBe('1. A paragraph.\n');
    expect(readInput('-', io('SUBJECT: X\n'), 1000)).toBe('SUBJECT: X\n');
  });
  it('throws one line for empty input, standard input over the limit, and a binary file', () => {
    expect(() => readInput('-', io(' \n'), 1000)).toThrow('-: no cable text: standard input was empty');
    expect(() => readInput('-', io('x'.repeat(11)), 10)).toThrow(
      '-: cannot read: standard input of more than 10 bytes (--max-bytes)',
    );
    const blob = join(dir, 'blob.bin');
    writeFileSync(blob, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]));
    expect(() => readInput(blob, io(''), 1000)).toThrow(`${blob}: not a cable: binary content (NUL bytes)`);
  });
});

describe('eachInput', () => {
  const a = join(dir, 'each-a.txt');
  const b = join(dir, 'each-b.txt');
  writeFileSync(a, 'A\n');
  writeFileSync(b, 'B\n');
  const run = async (files: string[], stop?: string) => {
    const seen: string[] = [];
    const errors: string[] = [];
    const code = await eachInput(files, { ...io('S\n'), stderr: (t) => void errors.push(t) }, 1000, async (text, f) => {
      seen.push(`${f}=${text.trim()}`);
      return text.trim() === stop ? 1 : undefined;
    });
    return { code, seen, errors };
  };
  it('hands each text with its name, in order, stdin for -', async () => {
    expect(await run([a, '-', b])).toEqual({ code: 0, seen: [`${a}=A`, '-=S', `${b}=B`], errors: [] });
  });
  it('reports a file it cannot read on one line, goes on, and exits 2', async () => {
    const missing = join(dir, 'missing.txt');
    const { code, seen, errors } = await run([missing, b]);
    expect([code, seen]).toEqual([2, [`${b}=B`]]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^cablegram: ${missing}: cannot read: .*\n$`));
  });
  it('stops at the code a text returns', async () => {
    expect(await run([a, b], 'A')).toEqual({ code: 1, seen: [`${a}=A`], errors: [] });
  });
});

describe('writeJson', () => {
  it('writes the JSON of a value and a line break', async () => {
    const pieces: string[] = [];
    await writeJson((text) => void pieces.push(text), { a: [1, 'b'] }, 2);
    expect(pieces.join('')).toBe(`${JSON.stringify({ a: [1, 'b'] }, null, 2)}\n`);
  });
});
