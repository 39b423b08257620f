/**
 * What every command of the command line shares: where it reads and writes ({@link CliIO}), reading one input
 * file or standard input as text, and writing JSON in pieces.
 */
import type { Environment } from './colour.js';
import { BINARY, readTextFile } from './file-text.js';
import { jsonPieces } from './json-out.js';

/** Where the command line reads and writes: the process's streams, or a test's. */
export interface CliIO {
  /** Writes output; a returned promise is awaited (back-pressure); a write error is thrown or rejected. */
  stdout(text: string): void | Promise<void>;
  stderr(text: string): void;
  /** Reads standard input: all of it, or (given `limit`) at most a byte more than `limit`. */
  stdin(limit?: number): Buffer;
  /** Standard input as a stream (for `records -` and `stats -`). */
  stdinStream?(): NodeJS.ReadableStream;
  /** Waits until what was written to stdout is written, throwing a write error that came late. */
  flush?(): Promise<void>;
  /** Whether stderr is a terminal (a progress line is drawn there). */
  stderrIsTTY?: boolean;
  /** Whether stdout is a terminal (`extract` highlights its text there). */
  stdoutIsTTY?: boolean;
  /** The environment (`NO_COLOR`, `FORCE_COLOR`, `TERM`); none when absent. */
  env?: Environment;
}

/** Reads a file (or stdin for `-`) as UTF-8; throws a one-line message for unreadable, binary or empty input. */
export function readInput(file: string, io: CliIO, maxBytes: number): string {
  let text: string;
  if (file === '-') {
    let bytes: Buffer;
    try {
      bytes = io.stdin(maxBytes);
    } catch (error) {
      throw new Error(`-: cannot read: ${(error as Error).message}`);
    }
    if (bytes.length > maxBytes)
      throw new Error(`-: cannot read: standard input of more than ${maxBytes} bytes (--max-bytes)`);
    text = bytes.toString('utf8');
  } else {
    const read = readTextFile(file, maxBytes);
    if ('error' in read) {
      const reason = read.error.replace('(maxBytes)', '(--max-bytes)');
      throw new Error(`${file}: ${read.error === BINARY ? 'not a cable' : 'cannot read'}: ${reason}`);
    }
    text = read.text;
  }
  // Invalid UTF-8 is decoded with replacement characters, which the parser reports (CG902).
  if (text.trim() === '')
    throw new Error(`${file}: no cable text: ${file === '-' ? 'standard input was empty' : 'empty file'}`);
  return text;
}

/**
 * Reads each of `files` (stdin for `-`) and hands its text to `each`, in order. A file that cannot be read is one
 * line on stderr and the others are still read; `each` may stop the run by returning an exit code. Returns that
 * code, else 2 when a file could not be read, else 0.
 *
 * @example
 * await eachInput(['a.txt', '-'], io, maxBytes, async (text, file) => { io.stderr(`${file}: ${text.length}\n`); })
 */
export async function eachInput(
  files: readonly string[],
  io: CliIO,
  maxBytes: number,
  each: (text: string, file: string) => Promise<number | undefined>,
): Promise<number> {
  let status = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readInput(file, io, maxBytes);
    } catch (error) {
      io.stderr(`cablegram: ${(error as Error).message}\n`);
      status = 2;
      continue;
    }
    const stop = await each(text, file);
    if (stop !== undefined) return stop;
  }
  return status;
}

/** Writes `value` as JSON in pieces (and a line break). */
export async function writeJson(write: (text: string) => void | Promise<void>, value: unknown, indent?: number) {
  for (const piece of jsonPieces(value, indent)) await write(piece);
  await write('\n');
}
