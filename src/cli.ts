/**
 * The `cablegram` executable: runs {@link runCli} on the process's arguments and streams.
 */
import { readFileSync } from 'node:fs';
import { runCli } from './node/command.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (`| head`) ends the output quietly.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2), {
  // Waits for 'drain' when the pipe is full, so a large archive streams in flat memory.
  stdout: (text) =>
    process.stdout.write(text)
      ? undefined
      : new Promise<void>((resolve) => process.stdout.once('drain', () => resolve())),
  stderr: (text) => void process.stderr.write(text),
  stdin: () => readFileSync(0),
  stdinStream: () => process.stdin,
  stderrIsTTY: process.stderr.isTTY === true,
  stdoutIsTTY: process.stdout.isTTY === true,
}).then((code) => {
  process.exitCode = code;
});
