/**
 * The `cablegram` executable: runs {@link runCli} on the process's arguments and streams. Standard output is
 * written through an Output (src/node/output.ts), so a write error is a one-line message and exit 2, never a stack
 * trace or a silent exit 0; an interrupt removes the temporary file of `--out` before the process ends.
 */
import { readSync } from 'node:fs';
import { runCli } from './node/command.js';
import { abortOutputs, streamOutput } from './node/output.js';

/** Standard input, read to its end or to a byte past `limit` (an endless one, `/dev/zero`, is not read forever). */
function readStdin(limit = Number.POSITIVE_INFINITY): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 16);
  while (total <= limit) {
    let read: number;
    try {
      read = readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if ((error as NodeJS.ErrnoException).code === 'EOF') break;
      throw error;
    }
    if (read === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, read)));
    total += read;
  }
  return Buffer.concat(chunks);
}

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.once(signal, () => {
    abortOutputs();
    process.exit(code);
  });
}

const stdout = streamOutput(process.stdout, 'standard output');

runCli(process.argv.slice(2), {
  stdout: stdout.write,
  flush: stdout.finish,
  stderr: (text) => void process.stderr.write(text),
  stdin: readStdin,
  stdinStream: () => process.stdin,
  stderrIsTTY: process.stderr.isTTY === true,
  stdoutIsTTY: process.stdout.isTTY === true,
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Not a write error (those are handled): a bug, or a worker that cannot start. One line, exit 2.
    process.stderr.write(`cablegram: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
