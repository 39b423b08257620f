/**
 * `cablegram extract FILE... [--json] [--date DAY]`: the quantities, dates and entities of each cable, as JSON
 * (NDJSON for several files), or, on a terminal, the text with its mentions highlighted and a legend of colours.
 * Without colour (`NO_COLOR`) a mention is written `[text|kind]`; `FORCE_COLOR` highlights in a pipe too.
 */
import { type Extraction, extract, parseCable } from '../index.js';
import { type CliIO, eachInput, writeJson } from './cli-io.js';
import { colourEnabled, colourForced, paint } from './colour.js';

// Colours of the highlighted text, one per kind of mention (ANSI: yellow, cyan, green, magenta, blue, red, white).
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

/** What `extract` is given: the shared options, checked, and the guarded stdout. */
export interface ExtractContext {
  json: boolean;
  date: string | null;
  maxBytes: number;
  stdout: (text: string) => Promise<void>;
}

/**
 * `text` with the mentions of `found` marked: in colour, or as `[text|kind]`; mentions that overlap one marked
 * already are left unmarked.
 */
export function highlighted(text: string, found: Extraction, colour: boolean): string {
  const span = (m: { position: { start: { offset: number }; end: { offset: number } } }, kind: string) => ({
    start: m.position.start.offset,
    end: m.position.end.offset,
    kind,
  });
  const marks = [
    ...found.quantities.map((m) => span(m, 'quantity')),
    ...found.dates.map((m) => span(m, 'date')),
    ...found.entities.map((m) => span(m, m.kind)),
  ].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    const mention = text.slice(mark.start, mark.end);
    out += text.slice(at, mark.start);
    out += colour ? paint(mention, COLOURS[mark.kind] ?? '37') : `[${mention}|${mark.kind}]`;
    at = mark.end;
  }
  return out + text.slice(at);
}

/** The legend of the colours, one line. */
const legend = () =>
  Object.entries(COLOURS)
    .map(([kind, colour]) => paint(kind, colour))
    .join('  ');

/** Runs `extract` over `files`; returns the exit code (2 when a file could not be read; the others still are). */
export async function extractCommand(files: string[], context: ExtractContext, io: CliIO): Promise<number> {
  const env = io.env ?? {};
  const asText = !context.json && (io.stdoutIsTTY === true || colourForced(env));
  const colour = colourEnabled(env, io.stdoutIsTTY === true);
  const options = { maxBytes: context.maxBytes, ...(context.date ? { date: context.date } : {}) };
  return eachInput(files, io, context.maxBytes, async (text, file) => {
    const found = extract(parseCable(text, options), text);
    if (!asText) await writeJson(context.stdout, found, files.length === 1 ? 2 : undefined);
    else {
      const head = files.length > 1 ? `==> ${file} <==\n` : '';
      await context.stdout(`${head}${highlighted(text, found, colour)}\n${colour ? `\n${legend()}\n` : ''}`);
    }
    return undefined;
  });
}
