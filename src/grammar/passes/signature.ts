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
    case 'paragraph': {
      // `NOTE: NOT PASSED TO ABOVE ADDRESSEE(S)`, `NOTE BY OC/T: ...`: the message center's notes.
      const first = block.children[0];
      return !block.number && first?.type === 'text' && /^NOTE(?::| BY\b)/.test(first.value);
    }
    default:
      return false;
  }
}

/** True for a last line that is no name: a trailer word, a caveat or a classification level. */
const isClosingWord = (word: string) =>
  /^(?:END|NNNN|BT)$/.test(word) || word in CAVEATS || classificationLevel(word) !== null;

// A signer's name glued after the last sentence of the text (`MINIMIZE CONSIDERED.  EAGLETON`).
const GLUED_SIGNATURE = /[.!?"')]\s+([A-Z][A-Z'-]*[A-Z](?: [A-Z][A-Z'-]*[A-Z])?)#*$/;

/** `value` without the `#` characters at its end (a trailer glued to the name). */
function withoutTrailer(value: string): string {
  let end = value.length;
  while (end > 0 && value.charCodeAt(end - 1) === 35) end--;
  return value.slice(0, end);
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
  const paragraph = blocks[k];
  const last = paragraph?.type === 'paragraph' ? paragraph.children.at(-1) : undefined;
  if (paragraph?.type !== 'paragraph' || last?.type !== 'text') return;
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
