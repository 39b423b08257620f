/**
 * Where the command line writes, and how it tells the truth about it: every write error (a full disk, a file-size
 * limit, a read-only place, a closed pipe) is thrown as one {@link OutputError} with a one-line message, at the
 * next write or at the end, never lost. `--out FILE` is refused when it names an input or lies inside an input
 * directory (before anything is opened), and is written to a temporary file beside it that is renamed over it
 * only when the whole output was written: an error or an interrupt (see {@link abortOutputs}) leaves no half file.
 * A device or FIFO named by `--out` (`/dev/null`, `/dev/stdout`) is written in place.
 */
import { randomBytes } from 'node:crypto';
import {
  createWriteStream,
  realpathSync,
  renameSync,
  type Stats,
  statSync,
  unlinkSync,
  type WriteStream,
} from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { unreadableReason } from './file-text.js';

/** A write that failed: the message is one line (`FILE: cannot write: no space left on the device`). */
export interface OutputError extends Error {
  output: true;
  /** The system error code (`ENOSPC`, `EPIPE`...), when there is one. */
  code: string | undefined;
}

/** The {@link OutputError} for a failed write to `target` (a path, or `standard output`). */
export function outputError(target: string, cause: unknown): OutputError {
  if (isOutputError(cause)) return cause;
  const error = new Error(`${target}: cannot write: ${unreadableReason(cause)}`) as OutputError;
  error.output = true;
  error.code = (cause as NodeJS.ErrnoException)?.code;
  return error;
}

/** True when `value` is an {@link OutputError}. */
export function isOutputError(value: unknown): value is OutputError {
  return value instanceof Error && (value as OutputError).output === true;
}

/** Text written in order, back-pressure honoured; `finish` waits until all of it is written and throws what failed. */
export interface Output {
  write(text: string): void | Promise<void>;
  finish(): Promise<void>;
  /** Drops what was written (the temporary file of `--out`), when the run does not end well. */
  abort(): void;
}

/** An {@link Output} on a stream; `finish` ends it when `end` (a file), else waits for what was written (stdout). */
export function streamOutput(stream: NodeJS.WritableStream, target: string, end = false): Output {
  let failure: OutputError | null = null;
  const fail = (error: unknown) => {
    failure ??= outputError(target, error);
  };
  stream.on('error', fail);
  const check = () => {
    if (failure) throw failure;
  };
  const settled = (events: string[]) =>
    new Promise<void>((resolve) => {
      const done = () => {
        for (const event of [...events, 'error']) stream.removeListener(event, done);
        resolve();
      };
      for (const event of [...events, 'error']) stream.once(event, done);
    });
  return {
    write(text) {
      check();
      if (stream.write(text, (error) => error && fail(error))) return;
      return settled(['drain']).then(check);
    },
    async finish() {
      check();
      if (end) {
        const closed = settled(['close']);
        stream.end();
        await closed;
      } else await new Promise<void>((resolve) => stream.write('', () => resolve()));
      check();
    },
    abort() {
      (stream as WriteStream).destroy?.();
    },
  };
}

/** The temporary files of the `--out` files being written, removed by {@link abortOutputs}. */
const PENDING = new Set<() => void>();

/** Removes the temporary files of every `--out` being written (on SIGINT, before the process exits). */
export function abortOutputs(): void {
  for (const abort of [...PENDING]) abort();
}

/** The path `path` will have once written: its real path, or its directory's real path and its name. */
function targetOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/** Why `--out path` would overwrite an input (`is the input X`, `lies inside the input directory X`), or null. */
export function inputClash(path: string, inputs: readonly string[]): string | null {
  const target = targetOf(path);
  let out: Stats | null = null;
  try {
    out = statSync(path);
  } catch {}
  for (const input of inputs) {
    if (input === '-') continue;
    let real: string;
    let stats: Stats;
    try {
      real = realpathSync(input);
      stats = statSync(real);
    } catch {
      continue;
    }
    if (real === target || (out && stats.ino === out.ino && stats.dev === out.dev && out.isFile()))
      return `is the input ${input}`;
    if (stats.isDirectory() && target.startsWith(real.endsWith(sep) ? real : real + sep))
      return `lies inside the input directory ${input}`;
  }
  return null;
}

/** Opens a write stream; resolves with it, or with the error that kept it from opening. */
function opened(stream: WriteStream): Promise<Error | null> {
  return new Promise((resolve) => {
    stream.once('open', () => resolve(null));
    stream.once('error', resolve);
  });
}

/**
 * Opens `--out path` for writing, unless it names one of `inputs` (or lies inside one): the output, or a one-line
 * message saying why not.
 */
export async function openOut(path: string, inputs: readonly string[]): Promise<Output | { error: string }> {
  const clash = inputClash(path, inputs);
  if (clash) return { error: `--out ${path} ${clash}: writing it would destroy what is read; choose another file` };
  let existing: Stats | null = null;
  try {
    existing = statSync(path);
  } catch {}
  if (existing?.isDirectory()) return { error: `${path}: cannot write: is a directory` };
  if (existing && !existing.isFile()) {
    // A device or FIFO: written in place (no file to rename over it).
    const stream = createWriteStream(path);
    const error = await opened(stream);
    return error ? { error: outputError(path, error).message } : streamOutput(stream, path, true);
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const stream = createWriteStream(temp, { flags: 'wx', mode: existing ? existing.mode & 0o777 : 0o666 });
  const error = await opened(stream);
  if (error) return { error: outputError(path, error).message };
  const output = streamOutput(stream, path, true);
  const abort = () => {
    PENDING.delete(abort);
    output.abort();
    try {
      unlinkSync(temp);
    } catch {}
  };
  PENDING.add(abort);
  return {
    write: output.write,
    async finish() {
      try {
        await output.finish();
        renameSync(temp, path);
        PENDING.delete(abort);
      } catch (error) {
        abort();
        throw outputError(path, error);
      }
    },
    abort,
  };
}
