/**
 * cables.csv as a stream of rows: text goes in as it arrives, rows come out, each with its 1-based number and its
 * raw text (what `parseCable` reads as a `cablegate-csv` row). The rules are those of `src/render/csv.ts`, which
 * reads one row ({@link scanQuoted}): rows end at `\n`, `\r\n` or `\r`, mixed as they come; blank lines are no
 * rows; a first row of column names is a header, not a cable; a row whose quote never closes ends where the next
 * row opens (or at the end of the stream), so one damaged row costs that row alone; a row longer than `maxBytes`
 * is reported (an error row) and reading goes on at the next line that opens like a row. Memory holds one row.
 */
import { rowOpensAt, scanQuoted } from '../render/csv.js';

/** One row: its number (1-based, a header not counted) and raw text, or why it could not be read. */
export interface CsvRow {
  row: number;
  text: string;
  error?: string;
}

/** Takes text as it arrives and gives the rows it completes; `end()` gives the last. */
export interface CsvSplitter {
  push(text: string): CsvRow[];
  /** Like `push`, but scans at once, however little text has come (`push` gathers 64 KiB first). */
  flush(text: string): CsvRow[];
  end(): CsvRow[];
}

/**
 * A header row: column names (letters, digits, `_`, space, `.`, `-`), maybe quoted, two or more. The spaces at the end
 * of the last name are the name's: white space after it opens with a quote or with white space other than a space
 * (`(?:"\s*|[^\S ]\s*)?`, not `"?\s*`, which read a run of spaces once per split of it).
 */
const HEADER = /^\s*"?[A-Za-z_][\w .-]*(?:"?,"?[A-Za-z_][\w .-]*)+(?:"\s*|[^\S ]\s*)?$/;
/** The next place where a field, a quote or a row may end outside quotes. */
const PLAIN_SPECIAL = /[",\r\n]/g;
/** Text to gather before a scan: a row longer than this is scanned again only when as much again has come. */
const MIN_SCAN = 1 << 16;

/** True when a stream's first characters open like a cables.csv: a row, maybe after a header row. */
export function opensLikeCsv(head: string): boolean {
  const text = head.replace(/^\ufeff/, '').replace(/^\s+/, '');
  if (rowOpensAt(text, 0, true)) return true;
  const lineEnd = text.search(/\r\n?|\n/);
  if (lineEnd < 0 || !HEADER.test(text.slice(0, lineEnd))) return false;
  return rowOpensAt(text, lineEnd + (text.startsWith('\r\n', lineEnd) ? 2 : 1), true) === true;
}

/** Starts a {@link CsvSplitter}; rows longer than `maxBytes` characters become error rows. */
export function csvSplitter(maxBytes: number): CsvSplitter {
  const state: SplitState = { buf: '', pos: 0, rowStart: 0, inQuotes: false, atField: true };
  const seen = { rows: 0, started: false, fresh: true, skipping: false };
  let pending: string[] = [];
  let pendingLength = 0;
  const out: CsvRow[] = [];
  const tooLong = () => {
    const error = `the row is longer than ${maxBytes} characters (maxBytes): a quote that never closes?`;
    out.push({ row: ++seen.rows, text: '', error });
    seen.started = true;
  };
  const emit = (start: number, end: number) => {
    const text = state.buf.slice(start, end);
    if (!/\S/.test(text)) return;
    if (end - start > maxBytes) return tooLong();
    const first = !seen.started;
    seen.started = true;
    if (!(first && HEADER.test(text))) out.push({ row: ++seen.rows, text });
  };
  const scan = (ended: boolean) => {
    for (;;) {
      if (seen.skipping) {
        if (!skipTo(state, ended)) return;
        seen.skipping = false;
      } else if (state.pos - state.rowStart > maxBytes) {
        // A row that does not end within the limit: reported, and skipped to the next line that opens a row.
        tooLong();
        Object.assign(state, { inQuotes: false, atField: true });
        seen.skipping = true;
      } else if (!step(state, ended, emit)) return;
    }
  };
  const take = (ended: boolean) => {
    const { buf, rowStart } = state;
    state.buf = (rowStart > 0 ? buf.slice(rowStart) : buf) + pending.join('');
    state.pos -= rowStart;
    state.rowStart = 0;
    pending = [];
    pendingLength = 0;
    if (seen.fresh && state.buf.length > 0) {
      // A byte-order mark opens the stream, not its first row.
      if (state.buf.charCodeAt(0) === 0xfeff) state.buf = state.buf.slice(1);
      seen.fresh = false;
    }
    scan(ended);
    if (ended && !seen.skipping) emit(state.rowStart, state.buf.length);
    return out.splice(0);
  };
  return {
    push(text) {
      pending.push(text);
      pendingLength += text.length;
      // A long unfinished row is scanned again only when as much text again has come: linear, however long.
      return pendingLength < Math.max(MIN_SCAN, state.buf.length - state.rowStart) ? [] : take(false);
    },
    flush(text) {
      pending.push(text);
      return take(false);
    },
    end: () => take(true),
  };
}

/**
 * What follows the opening of a row that ends a piece: spaces (no line end, quote, comma or backslash), so that
 * every line end before it is told to end a row or not, as in the whole stream (rowOpensAt looks 48 characters on).
 */
const AFTER_OPENING = ' '.repeat(64);

/**
 * The rows `text` completes, given to `split`, when `text` ends in the opening of a row (a row number and a date,
 * no line end): the rows up to that opening, as in the whole stream; the row it opens is never given.
 */
export function rowsBeforeOpening(split: CsvSplitter, text: string): CsvRow[] {
  return split.flush(text + AFTER_OPENING);
}

/**
 * The rows of one piece of a cables.csv stream, numbered from 1: those {@link csvSplitter} gives for that stretch of
 * the whole stream, when the piece opens where a row opens (or the stream opens) and ends where the next row opens
 * (csv-pieces.ts finds such places). Unless the piece is the `last` of the stream, `text` ends in the opening of that
 * next row ({@link rowsBeforeOpening}).
 */
export function pieceRows(text: string, last: boolean, maxBytes: number): CsvRow[] {
  const split = csvSplitter(maxBytes);
  return last ? [...split.flush(text), ...split.end()] : rowsBeforeOpening(split, text);
}

/** Where a split stands: the text held (from the current row on), the scan's place, and inside what. */
interface SplitState {
  buf: string;
  pos: number;
  rowStart: number;
  inQuotes: boolean;
  atField: boolean;
}

/** Moves the scan on by one field part or line end; false when it needs more text. */
function step(state: SplitState, ended: boolean, emit: (start: number, end: number) => void): boolean {
  const { buf } = state;
  if (state.pos >= buf.length) return false;
  if (state.inQuotes) {
    const scan = scanQuoted(buf, state.pos, ended);
    if (scan.kind === 'more') {
      state.pos = scan.at;
      return false;
    }
    state.inQuotes = false;
    state.atField = false;
    if (scan.kind === 'closed') state.pos = scan.next;
    else {
      // The quote never closed: the row ends here (the line end, or the end of the text).
      emit(state.rowStart, scan.end);
      state.pos = scan.end;
      state.rowStart = scan.end;
      state.atField = true;
    }
    return true;
  }
  const c = buf.charCodeAt(state.pos);
  if (c === 34 && state.atField) {
    state.inQuotes = true;
    state.pos++;
  } else if (c === 44) {
    state.atField = true;
    state.pos++;
  } else if (c === 10 || c === 13) {
    emit(state.rowStart, state.pos);
    state.pos += c === 13 && buf.charCodeAt(state.pos + 1) === 10 ? 2 : 1;
    state.rowStart = state.pos;
    state.atField = true;
  } else {
    state.atField = false;
    PLAIN_SPECIAL.lastIndex = state.pos + 1;
    state.pos = PLAIN_SPECIAL.exec(buf)?.index ?? buf.length;
  }
  return true;
}

/** After a row too long: drops text up to the next line that opens like a row; true when one was found. */
function skipTo(state: SplitState, ended: boolean): boolean {
  const { buf } = state;
  for (let at = state.pos; at < buf.length; at++) {
    const c = buf.charCodeAt(at);
    if (c !== 10 && c !== 13) continue;
    const next = at + (c === 13 && buf.charCodeAt(at + 1) === 10 ? 2 : 1);
    const opens = rowOpensAt(buf, next, ended);
    if (opens === null) {
      state.pos = at;
      state.rowStart = at;
      return false;
    }
    if (opens) {
      state.pos = next;
      state.rowStart = next;
      return true;
    }
  }
  state.pos = buf.length;
  state.rowStart = buf.length;
  return false;
}
