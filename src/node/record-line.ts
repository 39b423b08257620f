/**
 * The line `cablegram records` writes for a cable (NDJSON or CSV), built where the cable is parsed: on a worker
 * thread with `--jobs N`, so the calling thread only writes. The line ends in the cable's row number (its source's
 * last field), which a worker, splitting a piece of a cables.csv, knows only within its piece: {@link lineWithRow}
 * puts the row of the whole file in its place.
 */
import { csvLine, flattenRecord } from './flatten.js';
import type { CableSummary } from './read-archive.js';

/** The formats of lines: NDJSON (also the elements of `--format json`) and CSV. */
export type LineFormat = 'ndjson' | 'csv';

/** What `records` needs of a cable: its line (with its line break), where it came from, its size, why it failed. */
export interface CableLine extends Pick<CableSummary, 'source' | 'size' | 'failure'> {
  line: string;
}

/** The line of a cable's summary. */
export function cableLine(summary: CableSummary, format: LineFormat): CableLine {
  const { record } = summary;
  const source = summary.source ? { file: summary.source.file, row: summary.source.row } : undefined;
  const line = format === 'csv' ? csvLine(flattenRecord(record, source)) : `${JSON.stringify({ ...record, source })}\n`;
  return { line, source: summary.source, size: summary.size, failure: summary.failure };
}

/** What a line ends in after its row number: the source's object and the record's closed (NDJSON), or nothing. */
const AFTER_ROW = { ndjson: '}}\n', csv: '\n' } as const;

/** The line of a cable read as row `from` of its piece, for row `row` of its file (a line with no row as it is). */
export function lineWithRow(value: CableLine, format: LineFormat, row: number): CableLine {
  const from = value.source?.row;
  if (from === null || from === undefined) return value;
  const end = `${from}${AFTER_ROW[format]}`;
  if (!value.line.endsWith(end)) throw new Error(`cablegram: a ${format} line that does not end in its row: a bug`);
  const line = `${value.line.slice(0, -end.length)}${row}${AFTER_ROW[format]}`;
  return { ...value, line, source: value.source ? { ...value.source, row } : undefined };
}
