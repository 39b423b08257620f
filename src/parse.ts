/**
 * The entry points: undo the rendering, run the cable rule, assemble the root. `parseCable`
 * never throws; `parseCableStrict` throws the first error as a `CableSyntaxError`.
 */
import type { Cable, Format } from './ast.js';
import { canonicalCableId } from './canonical-id.js';
import { cableSyntaxError, DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode } from './diagnostics.js';
import { type DocumentRead, readDocument } from './grammar/document.js';
import { type GrammarContext, grammarContext } from './grammar/context.js';
import { type CheckedOptions, checkOptions, type ParseOptions } from './options.js';
import { endPoint, lineIndex, lineStartAfter, lineStartAt, type Point, pointAt, type Position } from './position.js';
import { first, textDate, textId } from './record.js';
import { render, type Rendered } from './render/index.js';
import { IDENTITY_MAP } from './render/offset-map.js';
import { classificationLevel } from './tables/classification.js';

export { PARSE_LIMITS, type ParseOptions } from './options.js';

/** Where the text the grammar reads came from: the caller's input, what of it was read, points into it. */
interface Source {
  input: string;
  /** 1 when a byte-order mark opens the input (it is not read, and offsets count it). */
  shift: number;
  /** The offset past which the input was not read (the line limit), or null. */
  lineCut: number | null;
  /** The point at an offset of the input. */
  point(offset: number): Point;
}

/** The {@link Source} of an input: its byte-order mark, the lines read (at most `maxNodes`), a line table of them. */
function sourceOf(input: string, maxNodes: number): Source & { read: string } {
  const shift = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineCut = input.length > maxNodes ? lineStartAfter(input, maxNodes) : null;
  const read = lineCut === null ? input : input.slice(0, lineCut);
  const index = lineIndex(read);
  const end = lineCut === null ? pointAt(index, input.length) : endPoint(input);
  const point = (offset: number) => (offset >= input.length ? end : pointAt(index, offset));
  return { input, shift, lineCut, read, point };
}

/** A cable with no children: for an input that is not read, or whose reading failed. */
function bareCable(
  position: Position,
  format: Format,
  checked: CheckedOptions,
  archive: Cable['archive'],
  diagnostics: Diagnostic[],
): Cable {
  return { type: 'cable', position, format, date: checked.date, archive, children: [], summary: null, diagnostics };
}

/** The tree of an input that is not read at all: no string (CG900), or longer than `maxBytes` (CG904); else null. */
function refused(input: unknown, checked: CheckedOptions): Cable | null {
  const origin = { line: 1, column: 1, offset: 0 };
  const format = checked.format === 'auto' ? 'raw' : checked.format;
  const options = optionDiagnostics(checked, origin);
  if (typeof input !== 'string') {
    const found = input === null ? 'null' : input instanceof Uint8Array ? 'bytes' : typeof input;
    const message = `Expected cable text (a string), found ${found === 'bytes' ? 'bytes: decode them first' : found}`;
    const position = { start: origin, end: origin };
    const problem = diagnostic('CG900', position, message, { expected: 'a string', actual: found });
    return bareCable(position, format, checked, null, [...options, problem]);
  }
  if (input.length <= checked.maxBytes) return null;
  const position = { start: origin, end: endPoint(input) };
  const problem = diagnostic(
    'CG904',
    position,
    `Expected an input of at most ${checked.maxBytes} characters (maxBytes), found ${input.length}: it was not read`,
    { expected: `at most ${checked.maxBytes} characters`, actual: String(input.length) },
  );
  return bareCable(position, format, checked, null, [...options, problem]);
}

/** A diagnostic of the catalogue's severity. */
function diagnostic(
  code: DiagnosticCode,
  position: Position,
  message: string,
  detail: { expected?: string; actual?: string } = {},
): Diagnostic {
  return { code, severity: DIAGNOSTIC_CODES[code].severity, message, position, ...detail };
}

/** CG903 for each option that was ignored, at the start of the input. */
function optionDiagnostics(checked: CheckedOptions, at: Point): Diagnostic[] {
  return checked.problems.map(({ message, ...detail }) => diagnostic('CG903', { start: at, end: at }, message, detail));
}

/**
 * Reads a cable into its tree. Never throws: what cannot be read is kept as `unknownLine` or text
 * and reported in `cable.diagnostics`, each with a code, a message and a position. An input that
 * is no string, or longer than `maxBytes`, gives an empty tree and a diagnostic (CG900, CG904); a
 * byte-order mark is not read, and positions still count it (they point into `input` as given).
 *
 * @example
 * const cable = parseCable(readFileSync('08ASTANA358.txt', 'utf8'));
 * cable.children.find((node) => node.type === 'subject')?.text; // 'KAZAKHSTAN: DRUG AND CRIME REPORT FOR 2007'
 */
export function parseCable(input: string, options?: ParseOptions | null): Cable {
  const checked = checkOptions(options);
  const notRead = refused(input, checked);
  if (notRead) return notRead;
  const source = sourceOf(input, checked.maxNodes);
  const whole = (): Position => ({ start: source.point(0), end: source.point(input.length) });
  let format: Format = 'raw';
  let archive: Cable['archive'] = null;
  const diagnostics = optionDiagnostics(checked, source.point(0));
  try {
    const rendered = render(source.read.slice(source.shift), checked.format);
    format = rendered.format;
    archive = rendered.archive;
    if (rendered.text.trim() === '' && source.lineCut === null) {
      const actual = JSON.stringify(rendered.text.slice(0, 20));
      const empty = 'Expected cable text, found an empty input';
      diagnostics.push(diagnostic('CG900', whole(), empty, { expected: 'cable text', actual }));
      return bareCable(whole(), format, checked, archive, diagnostics);
    }
    return readRendered(source, rendered, checked, diagnostics);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    const message = `The parser failed on this input (a bug in cablegram, please report it): ${why}`;
    diagnostics.push(diagnostic('CG999', whole(), message));
    return bareCable(whole(), format, checked, archive, diagnostics);
  }
}

/** Thrown (one object, never escaping) when a tree reaches `maxNodes`. */
const NODE_LIMIT = new Error('the tree reached maxNodes');

/**
 * Runs the grammar on the rendered text, at most `maxNodes` positions made: past that, the text is cut at the start
 * of the line the grammar had reached and read again (each round cuts earlier). Returns the reading and the
 * rendered offset of the cut, or null.
 */
function readWithin(
  text: string,
  place: (start: number, end: number) => Position,
  identity: boolean,
  checked: CheckedOptions,
): { ctx: GrammarContext; read: DocumentRead; cut: number | null } {
  let cut = text.length > checked.maxNodes ? lineStartAfter(text, checked.maxNodes) : null;
  for (;;) {
    let count = 0;
    let reached = 0;
    const position = (start: number, end: number) => {
      if (++count > checked.maxNodes) throw NODE_LIMIT;
      if (start > reached) reached = start;
      return place(start, end);
    };
    const ctx = grammarContext(cut === null ? text : text.slice(0, cut), position, identity && cut === null);
    try {
      return { ctx, read: readDocument(ctx, checked.date ? checked.date.slice(2, 4) : null), cut };
    } catch (error) {
      if (error !== NODE_LIMIT) throw error;
      const limit = cut ?? text.length;
      const next = lineStartAt(text, reached);
      cut = next < limit ? next : lineStartAt(text, limit - 1);
    }
  }
}

/** The tree of a rendered input: the grammar within the node limit, then what the rendering and the archive say. */
function readRendered(source: Source, rendered: Rendered, checked: CheckedOptions, diagnostics: Diagnostic[]): Cable {
  const { shift, point } = source;
  const place = (start: number, end: number): Position => {
    const to = shift + rendered.map.end(end);
    return { start: point(Math.min(shift + rendered.map.start(start), to)), end: point(to) };
  };
  const identity = rendered.map === IDENTITY_MAP && shift === 0;
  const { ctx, read, cut } = readWithin(rendered.text, place, identity, checked);
  const replaced = ctx.text.indexOf('\ufffd');
  if (replaced >= 0) {
    const count = ctx.text.split('\ufffd').length - 1;
    ctx.report(
      'CG902',
      replaced,
      replaced + 1,
      `Expected UTF-8 text, found ${count} replacement character${count === 1 ? '' : 's'} (U+FFFD) ` +
        'where invalid bytes were decoded',
      { expected: 'valid UTF-8', actual: 'U+FFFD' },
    );
  }
  // One by one: a spread of a very long list would overflow the stack.
  for (const found of ctx.diagnostics) diagnostics.push(found);
  const { format, archive } = rendered;
  const cable: Cable = {
    type: 'cable',
    position: { start: point(0), end: point(source.input.length) },
    format,
    date: checked.date,
    archive,
    children: read.blocks,
    summary: read.summary,
    diagnostics,
  };
  for (const { code, start, end, ...detail } of rendered.problems)
    diagnostics.push(
      diagnostic(code, { start: point(shift + start), end: point(shift + end) }, detail.message, detail),
    );
  if (archive) checkArchive(cable, rendered, (offset) => point(shift + offset));
  const cutAt = Math.min(
    source.lineCut ?? Number.POSITIVE_INFINITY,
    cut === null ? Number.POSITIVE_INFINITY : place(cut, cut).start.offset,
  );
  if (cutAt !== Number.POSITIVE_INFINITY) diagnostics.push(nodeLimitDiagnostic(source, cutAt, checked.maxNodes));
  return cable;
}

/** CG905: the input from `cutAt` on was not read, the tree having reached `maxNodes`. */
function nodeLimitDiagnostic(source: Source, cutAt: number, maxNodes: number): Diagnostic {
  const start = source.point(cutAt);
  return diagnostic(
    'CG905',
    { start, end: source.point(source.input.length) },
    `Expected a tree of at most ${maxNodes} nodes and lines (maxNodes), found more: ` +
      `the input from line ${start.line} on was not read`,
    { expected: `at most ${maxNodes} nodes`, actual: 'more' },
  );
}

/**
 * CG910-CG912: where the archive's metadata and the text disagree on the id, the date or the
 * classification, a warning pointing at the metadata cell.
 */
function checkArchive(
  cable: Cable,
  rendered: Rendered,
  point: (offset: number) => Diagnostic['position']['start'],
): void {
  const report = (
    code: DiagnosticCode,
    field: 'refid' | 'created' | 'classification',
    message: string,
    expected: string,
    actual: string,
  ) => {
    const cell = rendered.cells[field];
    const start = cell?.start ?? 0;
    const end = cell?.end ?? 0;
    cable.diagnostics.push({
      code,
      severity: DIAGNOSTIC_CODES[code].severity,
      message,
      position: { start: point(start), end: point(end) },
      expected,
      actual,
    });
  };
  const { archive } = cable;
  if (!archive) return;
  const id = textId(cable);
  const refid = archive.refid ? (canonicalCableId(archive.refid) ?? archive.refid) : null;
  if (refid && id && refid !== id)
    report(
      'CG910',
      'refid',
      `Expected the text's id ${id} to be the archive's ${archive.refid}, found them different`,
      archive.refid as string,
      id,
    );
  const date = textDate(cable)?.slice(0, 10);
  const created = archive.created?.slice(0, 10);
  if (date && created && date !== created)
    report(
      'CG911',
      'created',
      `Expected the text's date ${date} to be the archive's creation date ${created}, found them different`,
      created,
      date,
    );
  const level = first(cable, 'classificationLine')?.classification.meant;
  // The archive writes the level, then its caveats after `//` (`SECRET//NOFORN`).
  const listed = classificationLevel((archive.classification ?? '').split('//')[0] as string);
  if (level && listed && level !== listed)
    report(
      'CG912',
      'classification',
      `Expected the text's classification ${level} to be the archive's ${archive.classification}, found them different`,
      archive.classification as string,
      level,
    );
}

/**
 * Like {@link parseCable}, but throws the first diagnostic of severity `error` as a
 * `CableSyntaxError` whose message ends with `(line:column)`.
 */
export function parseCableStrict(input: string, options?: ParseOptions | null): Cable {
  const cable = parseCable(input, options);
  const error = cable.diagnostics.find((d) => d.severity === 'error');
  if (error) throw cableSyntaxError(error);
  return cable;
}
