/**
 * The signature pass: moves the signer's name out of the last paragraph. The name is the last line of the text
 * before any closing classification line, trailer, page marker or note, when it is a short line of capitals
 * alone (trailer characters like `##` glued to it allowed), or a name glued after the last sentence.
 *
 * ```
 * 11. (U) ... on the drug trade.
 * ORDWAY                                   the last line alone: the signature
 * ... MINIMIZE CONSIDERED.  EAGLETON       glued after the last sentence
 * UNCLASSIFIED                             closing lines after it are passed over
 * ```
 */
import type { Block, Paragraph, Signature, Text } from '../../ast.js';
import { CAVEATS } from '../../tables/caveats.js';
import { classificationLevel } from '../../tables/classification.js';
import type { Reading } from '../construct.js';
import { trimmed } from '../shared.js';
import { signatureOf } from '../signature.js';

// Trailer lines (CABLE-FORMAT: `BT`, `#0358`, `NNNN`), an archive's end marker (`<< END OF DOCUMENT >>`), and the
// line pointing to a post's classified website that Cablegate cables end with. `#+(?:\d+#*)?` is `#+\d*#*` with one
// way to read a run of `#` (two ways backtrack over a long run, the square of its length).
const TRAILER =
  /^(?:BT|#+(?:\d+#*)?|N{3,}|<*\s*END OF (?:DOCUMENT|TEXT|MESSAGE|CABLE)\s*>*)$|^Visit\b.{0,80}\bweb ?site\b/i;
// The message center's notes (`NOTE: NOT PASSED TO ABOVE ADDRESSEE(S)`, `NOTE BY OC/T: ...`).
const NOTE = /^NOTE(?::| BY\b)/;

/** True for a text line that is a trailer or a note, not the cable's text. */
const isTrailer = (child: Paragraph['children'][number]) =>
  child.type === 'text' && (TRAILER.test(child.value.trim()) || NOTE.test(child.value));

/** Blocks that may follow the signature: trailers, closing classification lines, page markers, notes. */
function isClosing(block: Block): boolean {
  switch (block.type) {
    case 'signalLine':
    case 'classificationLine':
    case 'pageMarker':
    case 'caption':
    case 'thematicBreak':
    case 'unknownLine':
      return true;
    case 'paragraph':
      // A note, or trailer lines alone (`BT` / `#0358` / `NNNN`).
      return !block.number && block.children.length > 0 && (isNote(block) || trailersOnly(block));
    default:
      return false;
  }
}

/** True for a message center's note (its lines after the first go on with it). */
const isNote = (block: Paragraph) => block.children[0]?.type === 'text' && NOTE.test(block.children[0].value);

/** True when every line of a paragraph is a trailer. */
const trailersOnly = (block: Paragraph) => block.children.every(isTrailer);

/** True for a last line that is no name: a trailer word, a caveat or a classification level. */
const isClosingWord = (word: string) =>
  /^(?:END|N{3,}|BT)$/.test(word) || word in CAVEATS || classificationLevel(word) !== null;

// A signer's name glued after the last sentence of the text (`MINIMIZE CONSIDERED.  EAGLETON`).
const GLUED_SIGNATURE = /[.!?"')]\s+([A-Z][A-Z'-]*[A-Z](?: [A-Z][A-Z'-]*[A-Z])?)#*$/;

/** `value` without the trailer glued to its end: `#` characters, or an end-of-message `NNNN` (`ORDWAY NNNN`). */
function withoutTrailer(value: string): string {
  let end = value.length;
  while (end > 0 && value.charCodeAt(end - 1) === 35) end--;
  return value.slice(0, end).replace(/(?<!\s)\s+N{3,}$/, '');
}

/** The signature in the last text line of a paragraph, and where the text before it ends; or null. */
function signatureIn(reading: Reading, last: Text): { signature: Signature; keep: number } | null {
  const span = reading.sliceOf(last);
  const value = last.value;
  // The line must be whole (its text starts a line, not after a paragraph number) or carry the name glued at its end.
  const lineStart = reading.text.lastIndexOf('\n', span.start - 1) + 1;
  const wholeLine = reading.text.slice(lineStart, span.start).trim() === '';
  const bare = withoutTrailer(value);
  if (wholeLine && bare.length <= 30 && !isClosingWord(bare)) {
    const signature = signatureOf(reading, span.start, span.start + bare.length, span.end);
    if (signature) return { signature, keep: span.start };
  }
  const glued = GLUED_SIGNATURE.exec(value);
  if (!glued) return null;
  const name = glued[1] as string;
  const nameStart = span.start + value.lastIndexOf(name);
  const signature = signatureOf(reading, nameStart, nameStart + name.length, span.end);
  return signature ? { signature, keep: nameStart } : null;
}

/** Moves the signature out of the last paragraph of `blocks` (in place). */
export function findSignature(reading: Reading, blocks: Block[]): void {
  let k = blocks.length - 1;
  while (k >= 0 && isClosing(blocks[k] as Block)) k--;
  const whole = blocks[k];
  if (whole?.type !== 'paragraph') return;
  // Trailer lines that went on with the last paragraph (`ORDWAY` / `BT` / `#0358` / `NNNN`) are split off after it.
  const paragraph = withoutTrailers(reading, blocks, k, whole);
  const last = paragraph.children.at(-1);
  if (last?.type !== 'text') return;
  const found = signatureIn(reading, last);
  if (!found) return;
  const span = reading.sliceOf(last);
  const children: Paragraph['children'] = paragraph.children.slice(0, -1);
  const kept = trimmed(reading.text, span.start, found.keep);
  if (kept.end > kept.start) children.push(reading.textNode(kept.start, kept.end));
  if (children.length === 0 && !paragraph.number && !paragraph.marking) {
    blocks.splice(k, 1, found.signature);
    return;
  }
  const head = reading.sliceOf(paragraph);
  const lastChild = children.at(-1);
  const end = lastChild ? reading.sliceOf(lastChild).end : head.end;
  const shortened: Paragraph = { ...paragraph, position: reading.position(head.start, end), children };
  blocks.splice(k, 1, shortened, found.signature);
}

/**
 * The paragraph at `k` without the trailer lines at its end: those become a paragraph of their own after it (in
 * `blocks`, in place), so that the line before them can be read as the signature.
 */
function withoutTrailers(reading: Reading, blocks: Block[], k: number, paragraph: Paragraph): Paragraph {
  let cut = paragraph.children.length;
  while (cut > 1 && isTrailer(paragraph.children[cut - 1] as never)) cut--;
  if (cut === paragraph.children.length) return paragraph;
  const head = paragraph.children.slice(0, cut);
  const tail = paragraph.children.slice(cut);
  const headEnd = reading.sliceOf(head.at(-1) as Text).end;
  // A paragraph's kept span is that of its head (number and portion mark): the same for the part kept.
  const headSpan = reading.sliceOf(paragraph);
  const kept: Paragraph = { ...paragraph, position: reading.position(headSpan.start, headEnd), children: head };
  reading.keep(kept, headSpan);
  const tailSpan = { start: reading.sliceOf(tail[0] as Text).start, end: reading.sliceOf(tail.at(-1) as Text).end };
  const trailers: Paragraph = {
    type: 'paragraph',
    position: reading.position(tailSpan.start, tailSpan.end),
    number: null,
    marking: null,
    children: tail,
  };
  reading.keep(trailers, { start: tailSpan.start, end: tailSpan.start });
  blocks.splice(k, 1, kept, trailers);
  return kept;
}
