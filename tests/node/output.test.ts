/**
 * The outputs of the command line: a stream whose write errors are thrown as one-line OutputErrors, and `--out`
 * written whole or not at all (a temporary file beside it, renamed at the end; removed on an error or an
 * interrupt; an input never named).
 */
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { abortOutputs, inputClash, isOutputError, openOut, type Output, streamOutput } from '../../src/node/output.js';

const dir = mkdtempSync(join(tmpdir(), 'cablegram-output-'));

/** A stream that fails the `n`th write with a system error. */
const failing = (n: number, code: string) => {
  let count = 0;
  return new Writable({
    write(_chunk, _encoding, done) {
      if (++count === n) done(Object.assign(new Error(`${code}: failed`), { code }));
      else done();
    },
  });
};

/** Opens `--out`, failing the test when it is refused. */
async function opened(path: string, inputs: string[] = []): Promise<Output> {
  const out = await openOut(path, inputs);
  if ('error' in out) throw new Error(out.error);
  return out;
}

/** Writes the texts, then finishes; the first error thrown, or null. */
async function writeAll(out: Output, texts: string[]): Promise<unknown> {
  try {
    for (const text of texts) await out.write(text);
    await out.finish();
  } catch (error) {
    return error;
  }
  return null;
}

describe('streamOutput', () => {
  it('throws a write error, by the end at the latest, as one line naming the target', async () => {
    for (const [n, code, reason] of [
      [1, 'EIO', 'input/output error'],
      [2, 'ENOSPC', 'no space left on the device'],
      [3, 'EFBIG', 'file too large (past the file-size limit)'],
    ] as const) {
      const thrown = await writeAll(streamOutput(failing(n, code), 'standard output'), ['a', 'b', 'c']);
      expect(isOutputError(thrown)).toBe(true);
      expect((thrown as Error).message).toBe(`standard output: cannot write: ${reason}`);
    }
    expect(await writeAll(streamOutput(failing(9, 'EIO'), 'standard output'), ['a', 'b', 'c'])).toBeNull();
  });
});

describe('openOut', () => {
  it('writes a temporary file beside --out and renames it over --out at the end', async () => {
    const path = join(dir, 'records.ndjson');
    writeFileSync(path, 'the old records\n');
    const out = await opened(path);
    await out.write('{"id":"08ASTANA358"}\n');
    expect(readFileSync(path, 'utf8')).toBe('the old records\n');
    expect(readdirSync(dir).filter((name) => name.startsWith('.records.ndjson.'))).toHaveLength(1);
    await out.finish();
    expect(readFileSync(path, 'utf8')).toBe('{"id":"08ASTANA358"}\n');
    expect(readdirSync(dir).filter((name) => name.startsWith('.records.ndjson.'))).toEqual([]);
  });
  it('leaves --out as it was, and no temporary file, when the run is aborted or interrupted', async () => {
    const path = join(dir, 'kept.ndjson');
    writeFileSync(path, 'the old records\n');
    const out = await opened(path);
    await out.write('half a record');
    out.abort();
    const again = await opened(path);
    await again.write('half a record');
    abortOutputs();
    expect(readFileSync(path, 'utf8')).toBe('the old records\n');
    expect(readdirSync(dir).filter((name) => name.startsWith('.kept.ndjson.'))).toEqual([]);
    expect(existsSync(join(dir, 'never.ndjson'))).toBe(false);
  });
  it('writes a device in place: /dev/null takes it, /dev/full fails with one line', async () => {
    const sink = await opened('/dev/null');
    await sink.write('x');
    await sink.finish();
    const thrown = await writeAll(await opened('/dev/full'), ['x'.repeat(100_000)]);
    expect((thrown as Error).message).toBe('/dev/full: cannot write: no space left on the device');
  });
  it('says why it cannot open: a missing directory, a directory', async () => {
    expect(await openOut(join(dir, 'no-such-dir', 'x.ndjson'), [])).toEqual({
      error: `${join(dir, 'no-such-dir', 'x.ndjson')}: cannot write: no such file`,
    });
    expect(await openOut(dir, [])).toEqual({ error: `${dir}: cannot write: is a directory` });
  });
});

describe('inputClash', () => {
  it('refuses an input, a link to one, a hard link, and a file inside an input directory', () => {
    const archive = join(dir, 'archive');
    mkdirSync(archive);
    writeFileSync(join(archive, 'cables.csv'), '"1","2/21/2008 9:51","08ASTANA358"\n');
    symlinkSync(join(archive, 'cables.csv'), join(dir, 'link.csv'));
    linkSync(join(archive, 'cables.csv'), join(dir, 'hard.csv'));
    expect(inputClash(join(dir, 'hard.csv'), [join(archive, 'cables.csv')])).toBe(
      `is the input ${join(archive, 'cables.csv')}`,
    );
    expect(inputClash(join(archive, 'cables.csv'), [join(archive, 'cables.csv')])).toBe(
      `is the input ${join(archive, 'cables.csv')}`,
    );
    expect(inputClash(join(dir, 'link.csv'), [join(archive, 'cables.csv')])).toBe(
      `is the input ${join(archive, 'cables.csv')}`,
    );
    expect(inputClash(join(archive, 'records.ndjson'), ['-', archive])).toBe(
      `lies inside the input directory ${archive}`,
    );
    expect(inputClash(join(archive, 'sub', 'records.ndjson'), [archive])).toBe(
      `lies inside the input directory ${archive}`,
    );
    expect(inputClash(join(dir, 'records.ndjson'), [archive, join(archive, 'cables.csv')])).toBeNull();
    expect(inputClash(`${archive}-records.ndjson`, [archive])).toBeNull();
  });
});
