/**
 * The command line, as a function of its arguments and streams (src/cli.ts runs it on the
 * process): `cablegram parse FILE... [--record | --tree] [--strict]`.
 *
 * Prints the record (default) or the tree of each file as JSON; NDJSON when several files are
 * given. `-` reads standard input. Exit codes: 0 done, 1 a syntax error under `--strict`, 2 a
 * file that cannot be read (missing, a directory, binary) or a usage error.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isCableSyntaxError, parseCable, parseCableStrict, toRecord } from '../index.js';

/** Where the command line reads and writes: the process's streams, or a test's. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads all of standard input. */
  stdin(): Buffer;
}

const USAGE = `usage: cablegram parse FILE... [--record | --tree] [--strict] [--date YYYY-MM-DD]

  FILE        a cable as raw text or markdown rendition; - reads standard input
  --record    print the flat CableRecord (the default)
  --tree      print the syntax tree with positions and diagnostics
  --strict    stop at the first error, printing file:line:column, exit 1
  --date      the cable's date, for texts without a DTG
  --pretty    indent the JSON (one file only)`;

/** Reads a file (or stdin for `-`) as UTF-8; throws a one-line message for unreadable, binary or empty input. */
function readInput(file: string, io: CliIO): string {
  let bytes: Buffer;
  try {
    bytes = file === '-' ? io.stdin() : readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new Error(`${file}: cannot read: ${reason}`);
  }
  if (bytes.subarray(0, 8000).includes(0)) throw new Error(`${file}: not a cable: binary content (NUL bytes)`);
  // Invalid UTF-8 is decoded with replacement characters, which the parser reports (CG902).
  const text = bytes.toString('utf8');
  if (text.trim() === '') throw new Error(`${file}: no cable text: ${file === '-' ? 'standard input was empty' : 'empty file'}`);
  return text;
}

/**
 * Runs `cablegram` with `argv` (the arguments after the program name); returns the exit code.
 *
 * @example
 * runCli(['parse', 'fixtures/seed/08ASTANA358.txt'], io) // 0, the record printed on io.stdout
 */
export function runCli(argv: string[], io: CliIO): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        record: { type: 'boolean' },
        tree: { type: 'boolean' },
        strict: { type: 'boolean' },
        pretty: { type: 'boolean' },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr(`cablegram: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const [command, ...files] = positionals;
  if (command !== 'parse' || files.length === 0) {
    io.stderr(`cablegram: ${command ? `unknown command '${command}'` : 'missing command'}\n${USAGE}\n`);
    return 2;
  }
  if (values.record && values.tree) {
    io.stderr('cablegram: choose one of --record and --tree\n');
    return 2;
  }
  const options = values.date ? { date: values.date } : {};
  const indent = values.pretty && files.length === 1 ? 2 : undefined;
  let status = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readInput(file, io);
    } catch (error) {
      io.stderr(`cablegram: ${(error as Error).message}\n`);
      status = 2;
      continue;
    }
    let cable;
    try {
      cable = values.strict ? parseCableStrict(text, options) : parseCable(text, options);
    } catch (error) {
      if (!isCableSyntaxError(error)) throw error;
      const { start } = error.position;
      io.stderr(`${file}:${start.line}:${start.column}: ${error.code}: ${error.diagnostic.message}\n`);
      return 1;
    }
    const output = values.tree ? cable : toRecord(cable);
    io.stdout(`${JSON.stringify(output, null, indent)}\n`);
  }
  return status;
}
