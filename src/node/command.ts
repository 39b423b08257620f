/**
 * The command line, as a function of its arguments and streams (src/cli.ts runs it on the
 * process):
 *
 * - `cablegram parse FILE... [--record | --tree] [--strict]`: the record (default) or the tree of
 *   each file as JSON; NDJSON when several files are given.
 * - `cablegram records PATH... [--format ndjson|csv|json] [--jobs N] [--out FILE]`: one record per
 *   cable of files, directories and cables.csv files (see batch.ts).
 * - `cablegram stats PATH... [--json] [--jobs N]`: coverage of every record field over an archive.
 *
 * `-` reads standard input. Exit codes: 0 done, 1 a syntax error under `--strict`, 2 an input
 * that cannot be read (missing, a directory for `parse`, binary, empty) or a usage error.
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { type Cable, extract, isCableSyntaxError, parseCable, parseCableStrict, toRecord } from '../index.js';
import { recordsCommand, statsCommand } from './batch.js';
import { isBinary, unreadableReason } from './file-text.js';

/** Where the command line reads and writes: the process's streams, or a test's. */
export interface CliIO {
  /** Writes output; a returned promise is awaited (back-pressure). */
  stdout(text: string): void | Promise<void>;
  stderr(text: string): void;
  /** Reads all of standard input. */
  stdin(): Buffer;
  /** Standard input as a stream (for `records -` and `stats -`). */
  stdinStream?(): NodeJS.ReadableStream;
  /** Whether stderr is a terminal (a progress line is drawn there). */
  stderrIsTTY?: boolean;
  /** Whether stdout is a terminal (`extract` highlights its text there). */
  stdoutIsTTY?: boolean;
}

const USAGE = `usage: cablegram parse FILE... [--record | --tree] [--strict] [--date YYYY-MM-DD] [--pretty]
       cablegram records PATH... [--format ndjson|csv|json] [--jobs N] [--out FILE]
       cablegram stats PATH... [--json] [--jobs N]
       cablegram extract FILE [--json]

  FILE        a cable: raw text, markdown rendition, Cablegate page, cables.csv row; - reads stdin
  PATH        a file, a directory (its .txt .html .md .csv files, recursively) or a cables.csv
  --record    print the flat CableRecord (the default)
  --tree      print the syntax tree with positions and diagnostics
  --strict    stop at the first error, printing file:line:column, exit 1
  --date      the cable's date, for texts without a DTG
  --pretty    indent the JSON (one file only)
  --format    records as NDJSON (default), CSV (lists joined with |, nested fields dotted) or JSON
  --jobs      parse on N worker threads (output stays in input order)
  --out       write the records to FILE instead of stdout
  --json      stats (or extract) as JSON instead of a table (or highlighted text)`;

/** Reads a file (or stdin for `-`) as UTF-8; throws a one-line message for unreadable, binary or empty input. */
function readInput(file: string, io: CliIO): string {
  let bytes: Buffer;
  try {
    bytes = file === '-' ? io.stdin() : readFileSync(file);
  } catch (error) {
    throw new Error(`${file}: cannot read: ${unreadableReason(error)}`);
  }
  if (isBinary(bytes)) throw new Error(`${file}: not a cable: binary content (NUL bytes)`);
  // Invalid UTF-8 is decoded with replacement characters, which the parser reports (CG902).
  const text = bytes.toString('utf8');
  if (text.trim() === '')
    throw new Error(`${file}: no cable text: ${file === '-' ? 'standard input was empty' : 'empty file'}`);
  return text;
}

/** The options the command line takes (every command reads the ones it needs). */
const CLI_OPTIONS = {
  record: { type: 'boolean' },
  tree: { type: 'boolean' },
  strict: { type: 'boolean' },
  pretty: { type: 'boolean' },
  date: { type: 'string' },
  format: { type: 'string' },
  jobs: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Runs `cablegram` with `argv` (the arguments after the program name); returns the exit code.
 *
 * @example
 * runCli(['parse', 'fixtures/seed/08ASTANA358.txt'], io) // 0, the record printed on io.stdout
 */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof CLI_OPTIONS }>>;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: CLI_OPTIONS });
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
  if ((command === 'records' || command === 'stats') && files.length > 0) return batch(command, files, values, io);
  if (command === 'extract' && files.length === 1) return extractCommand(files[0] as string, values.json ?? false, io);
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
    let cable: Cable;
    try {
      cable = values.strict ? parseCableStrict(text, options) : parseCable(text, options);
    } catch (error) {
      if (!isCableSyntaxError(error)) throw error;
      const { start } = error.position;
      io.stderr(`${file}:${start.line}:${start.column}: ${error.code}: ${error.diagnostic.message}\n`);
      return 1;
    }
    const output = values.tree ? cable : toRecord(cable);
    await io.stdout(`${JSON.stringify(output, null, indent)}\n`);
  }
  return status;
}

/** `records` and `stats`: options checked, output to stdout or `--out`. */
async function batch(
  command: 'records' | 'stats',
  paths: string[],
  values: { format?: string; jobs?: string; out?: string; json?: boolean },
  io: CliIO,
): Promise<number> {
  const format = values.format ?? 'ndjson';
  if (format !== 'ndjson' && format !== 'csv' && format !== 'json') {
    io.stderr(`cablegram: --format takes ndjson, csv or json, not '${format}'\n`);
    return 2;
  }
  const jobs = values.jobs === undefined ? 1 : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) {
    io.stderr(`cablegram: --jobs takes a whole number from 1 to 64, not '${values.jobs}'\n`);
    return 2;
  }
  let write: (text: string) => void | Promise<void> = (text) => io.stdout(text);
  let close = async () => {};
  if (values.out !== undefined) {
    // The one place the command line writes a file: the --out the user named.
    const file = createWriteStream(values.out);
    const opened = new Promise<Error | null>((resolve) => {
      file.once('open', () => resolve(null));
      file.once('error', resolve);
    });
    const error = await opened;
    if (error) {
      io.stderr(`cablegram: ${values.out}: cannot write: ${error.message}\n`);
      return 2;
    }
    write = (text) =>
      file.write(text) ? undefined : new Promise<void>((resolve) => file.once('drain', () => resolve()));
    close = () => new Promise<void>((resolve) => file.end(() => resolve()));
  }
  const batchIO = {
    write,
    stderr: (text: string) => io.stderr(text),
    stderrIsTTY: io.stderrIsTTY ?? false,
    stdin: () =>
      io.stdinStream ? io.stdinStream() : (Readable.from([io.stdin()]) as unknown as NodeJS.ReadableStream),
  };
  try {
    return command === 'records'
      ? await recordsCommand(paths, { format, jobs }, batchIO)
      : await statsCommand(paths, { json: values.json ?? false, jobs }, batchIO);
  } finally {
    await close();
  }
}

// Colours of the highlighted text, one per kind of mention (ANSI: yellow, cyan, green, magenta, blue).
const COLOURS: Readonly<Record<string, string>> = {
  quantity: '33',
  date: '36',
  person: '32',
  organization: '35',
  place: '34',
  operation: '31',
  program: '31',
  other: '37',
};

/** `extract`: the mentions of a cable as JSON, or on a terminal its text with them highlighted and a legend. */
async function extractCommand(file: string, json: boolean, io: CliIO): Promise<number> {
  let text: string;
  try {
    text = readInput(file, io);
  } catch (error) {
    io.stderr(`cablegram: ${(error as Error).message}\n`);
    return 2;
  }
  const found = extract(parseCable(text), text);
  if (json || !io.stdoutIsTTY) {
    await io.stdout(`${JSON.stringify(found, null, 2)}\n`);
    return 0;
  }
  const marks = [
    ...found.quantities.map((m) => ({ start: m.position.start.offset, end: m.position.end.offset, kind: 'quantity' })),
    ...found.dates.map((m) => ({ start: m.position.start.offset, end: m.position.end.offset, kind: 'date' })),
    ...found.entities.map((m) => ({
      start: m.position.start.offset,
      end: m.position.end.offset,
      kind: m.kind as string,
    })),
  ].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    const colour = COLOURS[mark.kind] ?? '37';
    out += `${text.slice(at, mark.start)}\u001b[${colour}m${text.slice(mark.start, mark.end)}\u001b[0m`;
    at = mark.end;
  }
  out += text.slice(at);
  const legend = Object.entries(COLOURS)
    .map(([kind, colour]) => `\u001b[${colour}m${kind}\u001b[0m`)
    .join('  ');
  await io.stdout(`${out}\n\n${legend}\n`);
  return 0;
}
