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
const SUMMARY_END_WORDS = /\bEND\s+(?:OF\s+)?SUMMARY\b/i;

/** Where `END SUMMARY` starts in a text (before a bracket or parenthesis that opens it), or -1. */
function summaryEnd(text: string): number {
  const match = mentions(text) ? SUMMARY_END_WORDS.exec(text) : null;
  if (!match) return -1;
  let at = match.index;
  while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
  return at > 0 && (text.charCodeAt(at - 1) === 40 || text.charCodeAt(at - 1) === 91) ? at - 1 : match.index;
}
// A title that opens a summary: `SUMMARY`, `SUMMARY AND INTRODUCTION`, `SUMMARY AND TABLE OF CONTENTS`. The words
// after `AND` end in a letter (`[A-Z](?: *[A-Z])*`, not `[A-Z][A-Z ]*`): the spaces after them are `\s*`'s alone.
const SUMMARY_TITLE = /^(?:BEGIN\s+)?SUMMARY(?:\s+(?:AND|&)\s+[A-Z](?: *[A-Z])*)?\s*$/i;
// An inline dashed heading closes a summary too (`... [...]. -------- Training --------`).
const INLINE_HEADING = /\s-{3,}/;

/** A paragraph's collapsed text, computed once per cable (the pass asks for some several times). */
type TextOf = (paragraph: Paragraph) => string;

function textCache(): TextOf {
  const texts = new Map<Paragraph, string>();
  return (paragraph) => {
    let text = texts.get(paragraph);
    if (text === undefined) {
      text = paragraphText(paragraph);
      texts.set(paragraph, text);
    }
    return text;
  };
}

/** A piece of the summary: a paragraph and the part of its collapsed text (`from` to `to`) in the summary. */
interface Part {
  paragraph: Paragraph;
  from: number;
  to: number;
  text: string;
}

/** True when a line holds the word `summary` as cables write it (`SUMMARY`, `Summary`, `summary`). */
const mentions = (value: string) => value.includes('UMMARY') || value.includes('ummary');

/**
 * True when a paragraph's lines hold the word `summary` (in any case): only then can it open or close the
 * summary, and only then is its text collapsed for the patterns (most paragraphs never are).
 */
function mentionsSummary(paragraph: Paragraph): boolean {
  return paragraph.children.some((child) => child.type === 'text' && mentions(child.value));
}

/** Where the summary opens: the index of its opening block, and the label's end when a paragraph opens it. */
function openingOf(blocks: Block[], textOf: TextOf): { start: number; label: number } {
  for (let k = 0; k < blocks.length; k++) {
    const node = blocks[k] as Block;
    if (node.type === 'paragraph') {
      if (!mentionsSummary(node)) continue;
      const text = textOf(node);
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
const closes = (node: Block, textOf: TextOf) =>
  (node.type === 'paragraph' && mentionsSummary(node) && summaryEnd(textOf(node)) >= 0) ||
  (node.type === 'sectionMarker' && node.edge === 'end' && node.section.startsWith('SUMMARY'));

/** The part of a paragraph's text from `from` that is summary, and whether the summary ends in it. */
function partOf(paragraph: Paragraph, from: number, textOf: TextOf): { part: Part | null; ends: boolean } {
  const whole = textOf(paragraph);
  const text = whole.slice(from);
  const end = summaryEnd(text);
  let cut = end >= 0 ? text.slice(0, end).trimEnd() : text;
  const heading = INLINE_HEADING.exec(cut);
  if (heading) cut = cut.slice(0, heading.index);
  const ends = cut.length !== text.length;
  if (!cut.trim()) return { part: null, ends };
  const label = SUMMARY_LABEL.exec(cut)?.[0].length ?? 0;
  return { part: { paragraph, from: from + label, to: from + cut.length, text: cut.slice(label) }, ends };
}

/** The parts of the summary, from the blocks after the opening block `start` (or from its label). */
function partsOf(blocks: Block[], start: number, label: number, textOf: TextOf): Part[] {
  const parts: Part[] = [];
  const opening = blocks[start];
  if (label >= 0 && opening?.type === 'paragraph' && label < textOf(opening).length) {
    const { part, ends } = partOf(opening, label, textOf);
    if (part) parts.push(part);
    if (ends) return parts;
  }
  const endMarked = blocks.slice(Math.max(start, 0)).some((node) => closes(node, textOf));
  for (let k = start + 1; k < blocks.length; k++) {
    const node = blocks[k] as Block;
    if (node.type === 'sectionMarker' || node.type === 'heading') break;
    if (node.type !== 'paragraph') continue;
    const { part, ends } = partOf(node, 0, textOf);
    if (part) parts.push(part);
    if (ends || (!endMarked && parts.length > 0)) break;
  }
  return parts;
}

/** The summary of the blocks, with its position from its first word to its last; null when there is none. */
export function findSummary(reading: Reading, blocks: Block[]): Summary | null {
  // A text that never names a summary has none (its labels, markers and headings all spell the word).
  if (!mentions(reading.text)) return null;
  const textOf = textCache();
  let { start, label } = openingOf(blocks, textOf);
  if (start < 0) {
    // No opening: the summary is the first paragraphs, up to the one that ends it.
    const end = blocks.findIndex((node) => closes(node, textOf));
    const first = blocks.findIndex((node) => node.type === 'paragraph');
    if (end < 0 || first < 0 || first > end) return null;
    start = first - 1;
    label = -1;
  }
  const parts = partsOf(blocks, start, label, textOf);
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
