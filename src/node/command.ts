/**
 * The command line, as a function of its arguments and streams (src/cli.ts runs it on the
 * process):
 *
 * - `cablegram parse FILE... [--record | --tree] [--strict]`: the record (default) or the tree of
 *   each file as JSON; NDJSON when several files are given. The JSON is written in pieces, never
 *   held as one string (json-out.ts).
 * - `cablegram records PATH... [--format ndjson|csv|json] [--jobs N] [--out FILE]`: one record per
 *   cable of files, directories and cables.csv files (see batch.ts).
 * - `cablegram stats PATH... [--json] [--jobs N]`: coverage of every record field over an archive.
 *
 * `-` reads standard input. Exit codes: 0 done, 1 a syntax error under `--strict`, 2 an input
 * that cannot be read (missing, a directory for `parse`, a device or FIFO, too large, binary,
 * empty), an output that cannot be written (a full disk, a file-size limit, a read-only place), or a
 * usage error. Every message is one line on stderr; a closed output pipe (`| head`) ends quietly.
 */
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { type Cable, extract, isCableSyntaxError, parseCable, parseCableStrict, toRecord } from '../index.js';
import { cableDate, PARSE_LIMITS } from '../options.js';
import { recordsCommand, statsCommand } from './batch.js';
import { BINARY, parseSize, readTextFile } from './file-text.js';
import { jsonPieces } from './json-out.js';
import { isOutputError, openOut, type Output, outputError } from './output.js';

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
}

const USAGE = `usage: cablegram parse FILE... [--record | --tree] [--strict] [--date YYYY-MM-DD] [--pretty]
                       [--max-bytes SIZE]
       cablegram records PATH... [--format ndjson|csv|json] [--jobs N] [--out FILE] [--max-bytes SIZE]
       cablegram stats PATH... [--json] [--jobs N] [--max-bytes SIZE]
       cablegram extract FILE [--json] [--max-bytes SIZE]

  FILE        a cable: raw text, markdown rendition, Cablegate page, cables.csv row; - reads stdin
  PATH        a file, a directory (its .txt .html .md .csv files, recursively) or a cables.csv
  --record    print the flat CableRecord (the default)
  --tree      print the syntax tree with positions and diagnostics
  --strict    stop at the first error, printing file:line:column, exit 1
  --date      the cable's date, for texts without a DTG (a real day: YYYY-MM-DD)
  --pretty    indent the JSON (one file only)
  --format    records as NDJSON (default), CSV (lists joined with |, nested fields dotted) or JSON
  --jobs      parse on N worker threads (output stays in input order)
  --out       write the records to FILE (whole or not at all) instead of stdout
  --max-bytes the largest file or CSV row read (default 64M; K, M, G suffixes)
  --json      stats (or extract) as JSON instead of a table (or highlighted text)`;

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
  'max-bytes': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof CLI_OPTIONS }>
>['values'];

/** Reads a file (or stdin for `-`) as UTF-8; throws a one-line message for unreadable, binary or empty input. */
function readInput(file: string, io: CliIO, maxBytes: number): string {
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

/** Writes `value` as JSON in pieces (and a line break). */
async function writeJson(write: (text: string) => void | Promise<void>, value: unknown, indent?: number) {
  for (const piece of jsonPieces(value, indent)) await write(piece);
  await write('\n');
}

/** The options every command shares, checked: a usage message when one is not valid. */
function checkedValues(values: Values): { maxBytes: number; date: string | null } | { usage: string } {
  const maxBytes = values['max-bytes'] === undefined ? PARSE_LIMITS.maxBytes : parseSize(values['max-bytes']);
  if (maxBytes === null) return { usage: `--max-bytes takes a size like 64M or 1G, not '${values['max-bytes']}'` };
  const date = values.date === undefined ? null : cableDate(values.date);
  if (values.date !== undefined && date === null)
    return { usage: `--date takes a real day like 2008-02-21 (or ISO 8601), not '${values.date}'` };
  return { maxBytes, date };
}

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
  const checked = checkedValues(values);
  if ('usage' in checked) {
    io.stderr(`cablegram: ${checked.usage}\n`);
    return 2;
  }
  // Every write to stdout goes through here: its errors become one-line OutputErrors.
  const stdout = async (text: string) => {
    try {
      await io.stdout(text);
    } catch (error) {
      throw outputError('standard output', error);
    }
  };
  try {
    const code = await dispatch(positionals, values, { ...checked, stdout }, io);
    await io.flush?.().catch((error) => {
      throw outputError('standard output', error);
    });
    return code;
  } catch (error) {
    if (!isOutputError(error)) throw error;
    // A reader that closed the pipe (`| head`) wanted no more: that is no failure.
    if (error.code === 'EPIPE') return 0;
    io.stderr(`cablegram: ${error.message}\n`);
    return 2;
  }
}

/** What a command is handed: the shared options, checked, and the guarded stdout. */
interface Context {
  maxBytes: number;
  date: string | null;
  stdout: (text: string) => Promise<void>;
}

/** Runs the command `positionals` names. */
async function dispatch(positionals: string[], values: Values, context: Context, io: CliIO): Promise<number> {
  const [command, ...files] = positionals;
  if (values.help) {
    await context.stdout(`${USAGE}\n`);
    return 0;
  }
  if ((command === 'records' || command === 'stats') && files.length > 0)
    return batch(command, files, values, context, io);
  if (command === 'extract' && files.length === 1)
    return extractCommand(files[0] as string, values.json ?? false, context, io);
  if (command !== 'parse' || files.length === 0) {
    io.stderr(`cablegram: ${command ? `unknown command '${command}'` : 'missing command'}\n${USAGE}\n`);
    return 2;
  }
  if (values.record && values.tree) {
    io.stderr('cablegram: choose one of --record and --tree\n');
    return 2;
  }
  return parseCommand(files, values, context, io);
}

/** `parse`: the record or the tree of each file, as JSON. */
async function parseCommand(files: string[], values: Values, context: Context, io: CliIO): Promise<number> {
  const options = { maxBytes: context.maxBytes, ...(context.date ? { date: context.date } : {}) };
  const indent = values.pretty && files.length === 1 ? 2 : undefined;
  let status = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readInput(file, io, context.maxBytes);
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
    await writeJson(context.stdout, values.tree ? cable : toRecord(cable), indent);
  }
  return status;
}

/** `records` and `stats`: options checked, output to stdout or `--out` (whole or not at all). */
async function batch(command: 'records' | 'stats', paths: string[], values: Values, context: Context, io: CliIO) {
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
  let out: Output = { write: context.stdout, finish: async () => {}, abort: () => {} };
  if (values.out !== undefined) {
    const opened = await openOut(values.out, paths);
    if ('error' in opened) {
      io.stderr(`cablegram: ${opened.error}\n`);
      return 2;
    }
    out = opened;
  }
  const batchIO = {
    write: out.write,
    stderr: (text: string) => io.stderr(text),
    stderrIsTTY: io.stderrIsTTY ?? false,
    stdin: () =>
      io.stdinStream ? io.stdinStream() : (Readable.from([io.stdin()]) as unknown as NodeJS.ReadableStream),
  };
  const options = { jobs, maxBytes: context.maxBytes };
  try {
    const code =
      command === 'records'
        ? await recordsCommand(paths, { ...options, format }, batchIO)
        : await statsCommand(paths, { ...options, json: values.json ?? false }, batchIO);
    await out.finish();
    return code;
  } catch (error) {
    out.abort();
    throw error;
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
async function extractCommand(file: string, json: boolean, context: Context, io: CliIO): Promise<number> {
  let text: string;
  try {
    text = readInput(file, io, context.maxBytes);
  } catch (error) {
    io.stderr(`cablegram: ${(error as Error).message}\n`);
    return 2;
  }
  const found = extract(parseCable(text, { maxBytes: context.maxBytes }), text);
  if (json || !io.stdoutIsTTY) {
    await writeJson(context.stdout, found, 2);
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
  await context.stdout(`${out}\n\n${legend}\n`);
  return 0;
}
