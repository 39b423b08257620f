/**
 * The command line, as a function of its arguments and streams (src/cli.ts runs it on the process). The commands
 * and their options are the table of commands.ts: `cablegram help [COMMAND]` and `cablegram COMMAND --help` print
 * it (exit 0, on stdout), `cablegram --version` the version; an option a command does not take is a usage error.
 *
 * - `cablegram parse FILE... [--record | --tree] [--strict]`: the record (default) or the tree of
 *   each file as JSON; NDJSON when several files are given. The JSON is written in pieces, never
 *   held as one string (json-out.ts).
 * - `cablegram records PATH... [--format ndjson|csv|json] [--bom] [--jobs N] [--out FILE]`: one record per
 *   cable of files, directories and cables.csv files (see batch.ts).
 * - `cablegram stats PATH... [--json] [--jobs N]`: coverage of every record field over an archive.
 * - `cablegram graph PATH... [--format graphml|csv|json]`: the citation graph of an archive (graph-command.ts).
 * - `cablegram extract FILE... [--json] [--date DAY]`: the mentions of each cable (extract-command.ts).
 *
 * `-` reads standard input. Exit codes: 0 done, 1 a syntax error under `--strict`, 2 an input
 * that cannot be read (missing, a directory for `parse`, a device or FIFO, too large, binary,
 * empty), an output that cannot be written (a full disk, a file-size limit, a read-only place), or a
 * usage error. Every message is one line on stderr; a closed output pipe (`| head`) ends quietly.
 */
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { type Cable, isCableSyntaxError, parseCable, parseCableStrict, toRecord } from '../index.js';
import { cableDate, PARSE_LIMITS } from '../options.js';
import { recordsCommand, statsCommand } from './batch.js';
import { type CliIO, eachInput, writeJson } from './cli-io.js';
import { CLI_OPTIONS, COMMANDS, commandHelp, foreignOptions, usage, VERSION } from './commands.js';
import { extractCommand } from './extract-command.js';
import { type GraphFormat, graphCommand } from './graph-command.js';
import { parseSize } from './file-text.js';
import { isOutputError, openOut, type Output, outputError } from './output.js';

export type { CliIO } from './cli-io.js';

type Parsed = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof CLI_OPTIONS }>>;
type Values = Parsed['values'];
type RecordsFormat = 'ndjson' | 'csv' | 'json';

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
  let parsed: Parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: CLI_OPTIONS });
  } catch (error) {
    io.stderr(`cablegram: ${(error as Error).message}\n${usage()}\n`);
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
    const code = await route(parsed, stdout, io);
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

const isCommand = (name: string | undefined): name is string => name !== undefined && Object.hasOwn(COMMANDS, name);

/** `--version`, `help [COMMAND]`, `--help`: the text to print on stdout (exit 0), an error (exit 2), or null. */
function helpOf(positionals: string[], values: Values): { text: string } | { error: string } | null {
  const [command, ...operands] = positionals;
  if (values.version) return { text: VERSION };
  if (command === 'help') {
    const topic = operands[0];
    if (operands.length > 1) return { error: 'help takes one COMMAND' };
    if (topic === undefined) return { text: usage() };
    return isCommand(topic) ? { text: commandHelp(topic) } : { error: `unknown command '${topic}'\n${usage()}` };
  }
  if (!values.help) return null;
  return isCommand(command) ? { text: commandHelp(command) } : command ? null : { text: usage() };
}

/** Checks the command, its operands and its options, and runs it; a usage error is exit 2. */
async function route({ positionals, values }: Parsed, stdout: Context['stdout'], io: CliIO): Promise<number> {
  const fail = (message: string) => {
    io.stderr(`cablegram: ${message}\n`);
    return 2;
  };
  const help = helpOf(positionals, values);
  if (help && 'error' in help) return fail(help.error);
  if (help) {
    await stdout(`${help.text}\n`);
    return 0;
  }
  const [command, ...operands] = positionals;
  if (!isCommand(command)) return fail(`${command ? `unknown command '${command}'` : 'missing command'}\n${usage()}`);
  const foreign = foreignOptions(command, values);
  if (foreign.length > 0) return fail(`${command} takes no ${foreign.join(', ')} (see 'cablegram help ${command}')`);
  const operand = COMMANDS[command]?.operand.trim().split(' ')[0];
  if (operands.length === 0) return fail(`${command} needs a ${operand} (see 'cablegram help ${command}')`);
  const checked = checkedValues(values);
  if ('usage' in checked) return fail(checked.usage);
  return dispatch(command, operands, values, { ...checked, stdout }, io);
}

/** Runs a command whose options were checked. */
async function dispatch(command: string, files: string[], values: Values, context: Context, io: CliIO) {
  if (command === 'records' || command === 'stats' || command === 'graph')
    return batch(command, files, values, context, io);
  if (command === 'extract') return extractCommand(files, { ...context, json: values.json ?? false }, io);
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
  return eachInput(files, io, context.maxBytes, async (text, file) => {
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
    return undefined;
  });
}

/** The formats of `--format` for each batch command, the default first. */
const FORMATS = { records: ['ndjson', 'csv', 'json'], graph: ['graphml', 'csv', 'json'], stats: [] } as const;

/** `--format`, `--bom` and `--jobs` of a batch command, checked: a usage message when one is not valid. */
function batchValues(command: BatchCommand, values: Values): { format: string; jobs: number } | { usage: string } {
  const formats: readonly string[] = FORMATS[command];
  const format = values.format ?? formats[0] ?? '';
  if (values.format !== undefined && !formats.includes(format))
    return { usage: `--format takes ${formats.slice(0, -1).join(', ')} or ${formats.at(-1)}, not '${format}'` };
  if (values.bom && format !== 'csv') return { usage: `--bom goes with --format csv (not ${format})` };
  const jobs = values.jobs === undefined ? 1 : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
    return { usage: `--jobs takes a whole number from 1 to 64, not '${values.jobs}'` };
  return { format, jobs };
}

type BatchCommand = 'records' | 'stats' | 'graph';

/** `records`, `stats` and `graph`: options checked, output to stdout or `--out` (whole or not at all). */
async function batch(command: BatchCommand, paths: string[], values: Values, context: Context, io: CliIO) {
  const checked = batchValues(command, values);
  if ('usage' in checked) {
    io.stderr(`cablegram: ${checked.usage}\n`);
    return 2;
  }
  const { format, jobs } = checked;
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
    stderrIsTTY: (io.stderrIsTTY ?? false) && !values.quiet,
    stdin: () =>
      io.stdinStream ? io.stdinStream() : (Readable.from([io.stdin()]) as unknown as NodeJS.ReadableStream),
  };
  const options = { jobs, maxBytes: context.maxBytes, bom: values.bom ?? false };
  try {
    const code =
      command === 'records'
        ? await recordsCommand(paths, { ...options, format: format as RecordsFormat }, batchIO)
        : command === 'graph'
          ? await graphCommand(paths, { ...options, format: format as GraphFormat }, batchIO)
          : await statsCommand(paths, { ...options, json: values.json ?? false }, batchIO);
    await out.finish();
    return code;
  } catch (error) {
    out.abort();
    throw error;
  }
}
