/**
 * The commands of the command line as data: each one's synopsis, what it does, the options it takes and what its
 * operands are. `cablegram help [COMMAND]`, `cablegram COMMAND --help`, the usage printed on a usage error and
 * the check that an option applies to its command are all read from this table.
 */
import { version } from '../../package.json';

/** The package version, `cablegram --version`. */
export const VERSION: string = version;

/** The options the command line knows (parseArgs's configuration); each command takes some of them. */
export const CLI_OPTIONS = {
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
  bom: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/** An option's name, as written after `--`. */
export type OptionName = keyof typeof CLI_OPTIONS;

/** One line of help per option: its argument (if any) and what it does. */
const OPTION_HELP: Readonly<Record<OptionName, string>> = {
  record: '--record          print the flat CableRecord (the default)',
  tree: '--tree            print the syntax tree with positions and diagnostics',
  strict: '--strict          stop at the first error, printing file:line:column, exit 1',
  pretty: '--pretty          indent the JSON (one file only)',
  date: "--date DAY        the cable's date, for texts without a DTG (a real day: YYYY-MM-DD, or ISO 8601)",
  format: '--format FORMAT   ',
  jobs: '--jobs N          parse on N worker threads, 1 to 64 (output stays in input order)',
  out: '--out FILE        write to FILE (whole or not at all) instead of standard output',
  'max-bytes': '--max-bytes SIZE  the largest file, stdin or CSV row read (default 64M; K, M, G suffixes)',
  json: '--json            ',
  bom: '--bom             open the CSV with a byte-order mark (spreadsheets then read it as UTF-8); --format csv',
  quiet: '-q, --quiet       draw no progress line on a terminal',
  help: '-h, --help        print this help',
  version: '--version         print the version',
};

/** A command: how it is called, what it does, its options (with their help where it differs) and operands. */
export interface CommandSpec {
  synopsis: string;
  summary: string;
  /** The options it takes, each with its own help line where the shared one would not say enough. */
  options: Partial<Record<OptionName, string | null>>;
  operand: string;
}

/** The options every batch command takes, as its synopsis ends. */
const BATCH = '[--jobs N] [--out FILE] [--max-bytes SIZE] [--quiet]';
/** The options of {@link BATCH}, described in the shared option table. */
const BATCH_OPTIONS = { jobs: null, out: null, 'max-bytes': null, quiet: null } as const;
const FILE = '  FILE              a cable: raw text, markdown, a Cablegate page, a cables.csv row; - reads stdin';
const PATH =
  '  PATH              a file, a directory (its .txt .html .md .csv files, recursively), a cables.csv; - stdin';

/** The commands, in the order help lists them. */
export const COMMANDS: Readonly<Record<string, CommandSpec>> = {
  parse: {
    synopsis: 'parse FILE... [--record | --tree] [--strict] [--date DAY] [--pretty] [--max-bytes SIZE]',
    summary: 'Prints the record (or the tree) of each cable as JSON; NDJSON for several files.',
    options: { record: null, tree: null, strict: null, date: null, pretty: null, 'max-bytes': null },
    operand: FILE,
  },
  records: {
    synopsis: `records PATH... [--format ndjson|csv|json] [--bom] ${BATCH}`,
    summary: 'Writes one record per cable of files, directories and cables.csv files, a cable not read too.',
    options: {
      format: 'records as NDJSON (default), CSV (lists as JSON arrays, nested fields dotted) or a JSON array',
      bom: null,
      ...BATCH_OPTIONS,
    },
    operand: PATH,
  },
  stats: {
    synopsis: `stats PATH... [--json] ${BATCH}`,
    summary: 'Shows per-field coverage, diagnostics by code and the slowest and largest cables of an archive.',
    options: {
      json: 'the statistics as JSON instead of a table',
      ...BATCH_OPTIONS,
    },
    operand: PATH,
  },
  graph: {
    synopsis: `graph PATH... [--format graphml|csv|json] [--bom] ${BATCH}`,
    summary:
      'Writes the citation graph of the cables: a node per cable (id, date, origin, classification, subject), an\n' +
      'edge per cable its REF line cites, labelled with the REF label; a cited cable not read is a stub node.',
    options: {
      format: 'GraphML (default; Gephi, networkx, yEd), CSV of the edges (source,target,label) or JSON',
      bom: null,
      ...BATCH_OPTIONS,
    },
    operand: PATH,
  },
  extract: {
    synopsis: 'extract FILE... [--json] [--date DAY] [--max-bytes SIZE]',
    summary:
      'Prints the quantities, dates and entities of each cable: highlighted text on a terminal, else JSON\n' +
      '(NDJSON for several files). NO_COLOR turns colours off (mentions are then [bracketed|kind]); FORCE_COLOR\n' +
      'turns them on, highlighting in a pipe too (FORCE_COLOR=0 off).',
    options: {
      json: 'the mentions as JSON, on a terminal too',
      date: "the cable's date, the reference of relative dates in a text without a DTG",
      'max-bytes': null,
    },
    operand: FILE,
  },
};

/** The help line of an option for a command: the shared one, or the command's own text after the argument. */
function optionLine(name: OptionName, own: string | null | undefined): string {
  const shared = OPTION_HELP[name];
  return `  ${own ? `${shared.slice(0, 18).padEnd(18)}${own}` : shared}`;
}

/** The usage printed by `cablegram help` and on a usage error: every command's synopsis. */
export function usage(): string {
  const lines = Object.values(COMMANDS).map((spec, k) => `${k === 0 ? 'usage:' : '      '} cablegram ${spec.synopsis}`);
  return [
    ...lines,
    '       cablegram help [COMMAND] | COMMAND --help | --version',
    '',
    "Run 'cablegram help COMMAND' for a command's options. Exit codes: 0 done, 1 an error under --strict,",
    '2 an input or output that failed, or a usage error.',
  ].join('\n');
}

/** `cablegram help COMMAND`: the command's synopsis, what it does, its operand and its options. */
export function commandHelp(name: string): string {
  const spec = COMMANDS[name] as CommandSpec;
  const options = Object.entries(spec.options).map(([option, own]) => optionLine(option as OptionName, own));
  return [
    `usage: cablegram ${spec.synopsis}`,
    '',
    spec.summary,
    '',
    spec.operand,
    ...options,
    optionLine('help', null),
  ].join('\n');
}

/** The options given that `command` does not take (`help` and `version` apply everywhere), as written. */
export function foreignOptions(command: string, given: Partial<Record<OptionName, unknown>>): string[] {
  const spec = COMMANDS[command] as CommandSpec;
  return Object.keys(given)
    .filter((name) => given[name as OptionName] !== undefined && name !== 'help' && name !== 'version')
    .filter((name) => !(name in spec.options))
    .map((name) => `--${name}`);
}
