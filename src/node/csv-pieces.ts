/**
 * A cables.csv stream cut into pieces for worker threads (`jobs: N`), on its bytes, before any decoding: each piece
 * opens where a row opens and ends where the next row opens, so a worker splits it into rows ({@link pieceRows})
 * as the whole stream is split (csv-rows.ts), and the calling thread only looks for line ends. A row certainly opens
 * after a line end (`\n`, `\r\n`, `\r`) followed by the opening of a row (a row number and a date, ROW_OPENING of
 * csv.ts): outside quotes the line end ends its row, inside quotes a line end before such a line ends it too (its
 * quote never closed), unless an odd run of backslashes escapes that line end (a `\r\n` ends the row either way).
 * A stretch of more than 16 pieces' worth with no such place (one very long row, or lines that open no row) is
 * split here as it comes, row by row: memory stays flat whatever the stream holds.
 */
import { type CsvRow, type CsvSplitter, csvSplitter, rowsBeforeOpening } from './csv-rows.js';
import { unreadableReason } from './file-text.js';

/** A piece: bytes for a worker to split (`last`: it ends the stream), or rows split here; rows numbered from 1. */
export type CsvPiece = { bytes: Uint8Array; last: boolean } | { rows: CsvRow[] };

const [LF, CR, QUOTE, BACKSLASH] = [10, 13, 34, 92];
/**
 * ROW_OPENING of csv.ts (`"?\d{1,9}"?,"?\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}`) as steps: a character code, an
 * optional one (negative), or a run of digits `[min, max]`. A run is read whole: no step after it is a digit.
 */
const OPENING: ReadonlyArray<number | readonly [number, number]> = [
  -QUOTE,
  [1, 9],
  -QUOTE,
  44,
  -QUOTE,
  [1, 2],
  47,
  [1, 2],
  47,
  [4, 4],
  32,
  [1, 2],
  58,
  [2, 2],
];

/** The length of the opening of a row at `at`; 0 when none opens there, null when the bytes end too soon to tell. */
export function openingLength(bytes: Uint8Array, at: number): number | null {
  let i = at;
  for (const step of OPENING) {
    if (typeof step === 'number') {
      if (i >= bytes.length) return null;
      if (bytes[i] === Math.abs(step)) i++;
      else if (step > 0) return 0;
      continue;
    }
    const start = i;
    while (i < bytes.length && i - start < step[1] && (bytes[i] as number) >= 48 && (bytes[i] as number) <= 57) i++;
    if (i >= bytes.length && i - start < step[1]) return null;
    if (i - start < step[0]) return 0;
  }
  return i - at;
}

/**
 * Whether a row certainly opens after the line end at `i`: the length of its opening (the piece ends at `i + 1`),
 * 0 when not, null when the bytes end too soon. `carried`: backslashes just before `bytes[0]` (dropped already).
 */
function openingAfter(bytes: Uint8Array, i: number, carried: number): number | null {
  if (bytes[i] === CR) {
    if (i + 1 >= bytes.length) return null;
    if (bytes[i + 1] === LF) return 0; // the `\n` of `\r\n` is looked at next
  }
  if (!(bytes[i] === LF && i > 0 && bytes[i - 1] === CR)) {
    let k = i;
    while (k > 0 && bytes[k - 1] === BACKSLASH) k--;
    if ((i - k + (k === 0 ? carried : 0)) % 2 === 1) return 0;
  }
  return openingLength(bytes, i + 1);
}

/** Where the first row from `from` on certainly opens, and its opening's length; else where to look again. */
function findOpening(
  bytes: Uint8Array,
  from: number,
  carried: number,
): { at: number; length: number } | { again: number } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let lf = buf.indexOf(LF, from);
  let cr = buf.indexOf(CR, from);
  for (;;) {
    if (lf < 0 && cr < 0) return { again: bytes.length };
    const i = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    const length = openingAfter(bytes, i, carried);
    if (length === null) return { again: i };
    if (length > 0) return { at: i + 1, length };
    if (i === lf) lf = buf.indexOf(LF, i + 1);
    else cr = buf.indexOf(CR, i + 1);
  }
}

/** A stretch split here: its splitter and decoder, the rows it gave, the backslashes ending what it was fed. */
interface Stretch {
  split: CsvSplitter;
  decoder: InstanceType<typeof TextDecoder>;
  given: number;
}

/** Rows of a stretch numbered from 1 again, as one piece. */
function piece(stretch: Stretch, rows: CsvRow[]): CsvPiece {
  const given = stretch.given;
  stretch.given += rows.length;
  return { rows: rows.map((r) => ({ ...r, row: r.row - given })) };
}

/** The number of backslashes `bytes` ends in, added to `carried` when all of them are. */
function trailingBackslashes(bytes: Uint8Array, carried: number): number {
  let k = bytes.length;
  while (k > 0 && bytes[k - 1] === BACKSLASH) k--;
  return bytes.length - k + (k === 0 ? carried : 0);
}

/**
 * The pieces of a cables.csv stream, each of at least `chunkBytes` (but the last), ending where a row opens. A stream
 * that breaks off ends in a row with the reason, after the rows it completed.
 */
export async function* csvPieces(
  stream: AsyncIterable<unknown>,
  maxBytes: number,
  chunkBytes: number,
): AsyncGenerator<CsvPiece> {
  let buf: Uint8Array = new Uint8Array(0);
  const state = { from: chunkBytes, carried: 0, stretch: null as Stretch | null };
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
      buf = buf.length === 0 ? bytes : Buffer.concat([buf, bytes]);
      for (;;) {
        const cut = cutPiece(buf, state, maxBytes, chunkBytes);
        if (cut.piece) yield cut.piece;
        buf = cut.rest;
        if (!cut.again) break;
      }
    }
  } catch (error) {
    const split = state.stretch?.split ?? csvSplitter(maxBytes);
    const rows = split.flush((state.stretch?.decoder ?? new TextDecoder()).decode(buf, { stream: true }));
    const broken = `the CSV breaks off: ${unreadableReason(error)}`;
    const stretch = state.stretch ?? { split, decoder: new TextDecoder(), given: 0 };
    yield piece(stretch, [...rows, { row: rows.length + stretch.given + 1, text: '', error: broken }]);
    return;
  }
  if (state.stretch) {
    const { split, decoder } = state.stretch;
    const rows = [...split.push(decoder.decode(buf, { stream: true })), ...split.push(decoder.decode())];
    yield piece(state.stretch, [...rows, ...split.end()]);
  } else if (buf.length > 0) yield { bytes: new Uint8Array(buf), last: true };
}

/**
 * One step of {@link csvPieces} over the bytes held: a piece cut where a row opens (`again`: look for the next), or
 * the bytes of a stretch too long fed to its splitter; the bytes left.
 */
function cutPiece(
  buf: Uint8Array,
  state: { from: number; carried: number; stretch: Stretch | null },
  maxBytes: number,
  chunkBytes: number,
): { piece?: CsvPiece; rest: Uint8Array; again: boolean } {
  const found = findOpening(buf, state.from, state.carried);
  if ('at' in found) {
    const end = found.at + found.length;
    const stretch = state.stretch;
    const cut: CsvPiece = stretch
      ? piece(stretch, rowsBeforeOpening(stretch.split, stretch.decoder.decode(buf.subarray(0, end))))
      : { bytes: new Uint8Array(buf.subarray(0, end)), last: false };
    Object.assign(state, { from: chunkBytes, carried: 0, stretch: null });
    return { piece: cut, rest: buf.subarray(found.at), again: true };
  }
  state.from = Math.max(state.from, found.again);
  if (!state.stretch && buf.length <= 16 * chunkBytes) return { rest: buf, again: false };
  // No row opens in 16 pieces' worth: split here, as it comes, up to where a row opens.
  state.stretch ??= { split: csvSplitter(maxBytes), decoder: new TextDecoder(), given: 0 };
  const fed = buf.subarray(0, found.again);
  state.carried = trailingBackslashes(fed, state.carried);
  state.from = 0;
  const rows = state.stretch.split.push(state.stretch.decoder.decode(fed, { stream: true }));
  return {
    piece: rows.length > 0 ? piece(state.stretch, rows) : undefined,
    rest: buf.subarray(found.again),
    again: false,
  };
}
