/**
 * The entry points: undo the rendering, run the cable rule, assemble the root. `parseCable`
 * never throws; `parseCableStrict` throws the first error as a `CableSyntaxError`.
 */
import type { Cable, Format } from './ast.js';
import { canonicalCableId } from './canonical-id.js';
import { cableSyntaxError, DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode } from './diagnostics.js';
import { readDocument } from './grammar/document.js';
import { grammarContext } from './grammar/context.js';
import { lineIndex, pointAt, type Position } from './position.js';
import { first, textDate, textId } from './record.js';
import { render, type Rendered } from './render/index.js';
import { IDENTITY_MAP } from './render/offset-map.js';
import { classificationLevel } from './tables/classification.js';

/** Options of {@link parseCable}. */
export interface ParseOptions {
  /** The rendering of the input; detected when `auto` (the default). */
  format?: Format | 'auto';
  /**
   * The cable's date (`YYYY-MM-DD` or ISO 8601) for texts without a DTG (a snippet, a body
   * without header): it completes references written without a year.
   */
  date?: string;
}

/**
 * Reads a cable into its tree. Never throws: what cannot be read is kept as `unknownLine` or text
 * and reported in `cable.diagnostics`, each with a code, a message and a position.
 *
 * @example
 * const cable = parseCable(readFileSync('08ASTANA358.txt', 'utf8'));
 * cable.children.find((node) => node.type === 'subject')?.text; // 'KAZAKHSTAN: DRUG AND CRIME REPORT FOR 2007'
 */
export function parseCable(input: string, options: ParseOptions = {}): Cable {
  const text = typeof input === 'string' ? input : String(input ?? '');
  const index = lineIndex(text);
  const date = options.date && /^\d{4}-\d{2}-\d{2}/.test(options.date) ? options.date.slice(0, 10) : null;
  const whole = (): Position => ({ start: pointAt(index, 0), end: pointAt(index, text.length) });
  let format: Format = 'raw';
  let archive: Cable['archive'] = null;
  let diagnostics: Diagnostic[] = [];
  try {
    const rendered = render(text, options.format ?? 'auto');
    format = rendered.format;
    archive = rendered.archive;
    const ctx = grammarContext(
      rendered.text,
      (start, end) => ({
        start: pointAt(index, rendered.map.start(start)),
        end: pointAt(index, rendered.map.end(end)),
      }),
      rendered.map === IDENTITY_MAP,
    );
    diagnostics = ctx.diagnostics;
    if (rendered.text.trim() === '') {
      ctx.report('CG900', 0, rendered.text.length, 'Expected cable text, found an empty input', {
        expected: 'cable text',
        actual: JSON.stringify(rendered.text.slice(0, 20)),
      });
      return { type: 'cable', position: whole(), format, date, archive, children: [], summary: null, diagnostics };
    }
    const { blocks: children, summary } = readDocument(ctx, date ? date.slice(2, 4) : null);
    const replaced = rendered.text.indexOf('\ufffd');
    if (replaced >= 0) {
      const count = rendered.text.split('\ufffd').length - 1;
      ctx.report(
        'CG902',
        replaced,
        replaced + 1,
        `Expected UTF-8 text, found ${count} replacement character${count === 1 ? '' : 's'} (U+FFFD) ` +
          'where invalid bytes were decoded',
        {
          expected: 'valid UTF-8',
          actual: 'U+FFFD',
        },
      );
    }
    const cable: Cable = { type: 'cable', position: whole(), format, date, archive, children, summary, diagnostics };
    for (const problem of rendered.problems) {
      const { code, start, end, ...detail } = problem;
      diagnostics.push({
        code,
        severity: DIAGNOSTIC_CODES[code].severity,
        position: { start: pointAt(index, start), end: pointAt(index, end) },
        ...detail,
      });
    }
    if (archive) checkArchive(cable, rendered, (offset) => pointAt(index, offset));
    return cable;
  } catch (error) {
    diagnostics.push({
      code: 'CG999',
      severity: 'error',
      message: `The parser failed on this input (a bug in cablegram, please report it): ${
        error instanceof Error ? error.message : String(error)
      }`,
      position: whole(),
    });
    return { type: 'cable', position: whole(), format, date, archive, children: [], summary: null, diagnostics };
  }
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
export function parseCableStrict(input: string, options: ParseOptions = {}): Cable {
  const cable = parseCable(input, options);
  const error = cable.diagnostics.find((d) => d.severity === 'error');
  if (error) throw cableSyntaxError(error);
  return cable;
}
