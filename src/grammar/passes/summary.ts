/**
 * The summary pass: finds the cable's summary in its blocks. It opens at a `SUMMARY:` label (in a paragraph
 * or on its own), a `BEGIN SUMMARY` marker or a `SUMMARY` title or heading, and runs to `END SUMMARY`; without
 * one, to the end of the first paragraph after the opening (a label's paragraph and the one after it: archives
 * often break a summary's paragraph at a blank line); with no opening at all, it is the paragraphs before an
 * `END SUMMARY`.
 *
 * ```
 * 1. (C) Summary: The Ministry agreed ...        a label opens it
 * 2. (C) ... End summary.                        and `END SUMMARY` closes it
 * ```
 */
import type { Block, Paragraph, Summary, Text } from '../../ast.js';
import type { Reading } from '../construct.js';
import { paragraphText } from '../paragraph.js';
import { collapse, isSpace, trimEnd } from '../shared.js';

const SUMMARY_LABEL =
  /^(?:BEGIN\s+)?SUMMARY(?:\s+(?:AND|&)\s+(?:COMMENT|ACTION REQUEST|INTRODUCTION|RECOMMENDATION|ACTION))?\s*[:.-]+\s*/i;
// `END SUMMARY` (in brackets or parentheses too) and all after it. Found by a plain search for the word first: a
// pattern that starts with white space is tried at every position of a paragraph.
const SUMMARY_END_WORDS = /[([]?\s*END\s+(?:OF\s+)?SUMMARY\b/i;
const summaryEnd = (text: string) => (/summary/i.test(text) ? SUMMARY_END_WORDS.exec(text) : null);
// A title that opens a summary: `SUMMARY`, `SUMMARY AND INTRODUCTION`, `SUMMARY AND TABLE OF CONTENTS`.
const SUMMARY_TITLE = /^(?:BEGIN\s+)?SUMMARY(?:\s+(?:AND|&)\s+[A-Z][A-Z ]*)?\s*$/i;
// An inline dashed heading closes a summary too (`... [...]. -------- Training --------`).
const INLINE_HEADING = /\s-{3,}/;

/** A piece of the summary: a paragraph and the part of its collapsed text (`from` to `to`) in the summary. */
interface Part {
  paragraph: Paragraph;
  from: number;
  to: number;
  text: string;
}

/** Where the summary opens: the index of its opening block, and the label's end when a paragraph opens it. */
function openingOf(blocks: Block[]): { start: number; label: number } {
  for (let k = 0; k < blocks.length; k++) {
    const node = blocks[k] as Block;
    if (node.type === 'paragraph') {
      const text = paragraphText(node);
      const label = SUMMARY_LABEL.exec(text);
      if (label) return { start: k, label: label[0].length };
      if (!node.number && SUMMARY_TITLE.test(text)) return { start: k, label: -1 };
    } else if (node.type === 'sectionMarker' && node.edge === 'begin' && node.section.startsWith('SUMMARY')) {
      return { start: k, label: -1 };
    } else if (node.type === 'heading' && SUMMARY_TITLE.test(node.text)) return { start: k, label: -1 };
  }
  return { start: -1, label: -1 };
}

/** True when a block closes the summary: a paragraph with `END SUMMARY`, or an `END SUMMARY` marker. */
const closes = (node: Block) =>
  (node.type === 'paragraph' && summaryEnd(paragraphText(node)) !== null) ||
  (node.type === 'sectionMarker' && node.edge === 'end' && node.section.startsWith('SUMMARY'));

/** The part of a paragraph's text from `from` that is summary, and whether the summary ends in it. */
function partOf(paragraph: Paragraph, from: number): { part: Part | null; ends: boolean } {
  const whole = paragraphText(paragraph);
  const text = whole.slice(from);
  const end = summaryEnd(text);
  let cut = end ? text.slice(0, end.index).trimEnd() : text;
  const heading = INLINE_HEADING.exec(cut);
  if (heading) cut = cut.slice(0, heading.index);
  const ends = cut.length !== text.length;
  if (!cut.trim()) return { part: null, ends };
  const label = SUMMARY_LABEL.exec(cut)?.[0].length ?? 0;
  return { part: { paragraph, from: from + label, to: from + cut.length, text: cut.slice(label) }, ends };
}

/** The parts of the summary, from the blocks after the opening block `start` (or from its label). */
function partsOf(blocks: Block[], start: number, label: number): Part[] {
  const parts: Part[] = [];
  const opening = blocks[start];
  if (label >= 0 && opening?.type === 'paragraph' && label < paragraphText(opening).length) {
    const { part, ends } = partOf(opening, label);
    if (part) parts.push(part);
    if (ends) return parts;
  }
  const endMarked = blocks.slice(Math.max(start, 0)).some(closes);
  for (let k = start + 1; k < blocks.length; k++) {
    const node = blocks[k] as Block;
    if (node.type === 'sectionMarker' || node.type === 'heading') break;
    if (node.type !== 'paragraph') continue;
    const { part, ends } = partOf(node, 0);
    if (part) parts.push(part);
    if (ends || (!endMarked && parts.length > 0)) break;
  }
  return parts;
}

/** The summary of the blocks, with its position from its first word to its last; null when there is none. */
export function findSummary(reading: Reading, blocks: Block[]): Summary | null {
  let { start, label } = openingOf(blocks);
  if (start < 0) {
    // No opening: the summary is the first paragraphs, up to the one that ends it.
    const end = blocks.findIndex(closes);
    const first = blocks.findIndex((node) => node.type === 'paragraph');
    if (end < 0 || first < 0 || first > end) return null;
    start = first - 1;
    label = -1;
  }
  const parts = partsOf(blocks, start, label);
  const text = collapse(parts.map((part) => part.text).join(' '));
  const first = parts[0];
  const last = parts.at(-1);
  if (!text || !first || !last) return null;
  const from = offsetOf(reading, first.paragraph, first.from);
  const to = trimEnd(reading.text, from, offsetOf(reading, last.paragraph, last.to));
  return { type: 'summary', position: reading.position(from, Math.max(from, to)), text };
}

/**
 * The offset in the grammar's text of character `index` of a paragraph's collapsed text (its text lines joined
 * by one space, each run of white space one space, trimmed); the end of its last line for an index past it.
 */
function offsetOf(reading: Reading, paragraph: Paragraph, index: number): number {
  let count = 0;
  let space = false;
  let end = -1;
  for (const child of paragraph.children) {
    if (child.type !== 'text') continue;
    const slice = reading.sliceOf(child as Text);
    if (count > 0) space = true;
    for (let j = 0; j < child.value.length; j++) {
      const code = child.value.charCodeAt(j);
      if (isSpace(code) || (code > 127 && /\s/.test(child.value.charAt(j)))) {
        if (count > 0) space = true;
        continue;
      }
      if (space) count++;
      space = false;
      if (count >= index) return slice.start + j;
      count++;
    }
    end = slice.end;
  }
  return end;
}
