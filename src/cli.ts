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

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: () => readFileSync(0),
});
