/**
 * The source pane: the input as it was given, one element per line (`#L12`), with the extracted mentions
 * marked (`<mark class="m-entity k-person">`) and the selected node or diagnostic highlighted (`.sel`).
 */
import type { DateMention, Entity, Extraction, Quantity } from '../../src/index.js';
import { h } from './dom.js';

/** A stretch of the input to mark: offsets (end exclusive), the classes it adds, and its tooltip. */
export interface Mark {
  start: number;
  end: number;
  classes: string[];
  title: string;
}

/** A stretch of the input: UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** The lines of `text` (without their breaks); a line ends at `\n`, `\r\n` or a lone `\r`, as the parser counts. */
export function linesOf(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    lines.push({ start, end: i });
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  lines.push({ start, end: text.length });
  return lines;
}

const quantityTitle = (q: Quantity) =>
  `quantity (${q.kind}): ${q.value}${q.valueEnd === undefined ? '' : `–${q.valueEnd}`}${q.unit ? ` ${q.unit}` : ''}`;
const dateTitle = (d: DateMention) =>
  `date (${d.kind}): ${d.value ?? d.duration ?? '?'}${d.valueEnd ? ` – ${d.valueEnd}` : ''}` +
  (d.implied.length > 0 ? ` (implied: ${d.implied.join(', ')})` : '');
const entityTitle = (e: Entity) =>
  `entity (${e.kind})${e.title ? `, title: ${e.title}` : ''}${e.acronym ? `, acronym: ${e.acronym}` : ''}` +
  (e.expansion ? `, stands for: ${e.expansion}` : '');

/** The marks of an extraction: one per quantity, date and entity, classed by category and kind. */
export function mentionMarks(extraction: Extraction): Mark[] {
  const mark = (
    m: { position: { start: { offset: number }; end: { offset: number } } },
    classes: string[],
    title: string,
  ) => ({ start: m.position.start.offset, end: m.position.end.offset, classes, title }) satisfies Mark;
  return [
    ...extraction.quantities.map((q) => mark(q, ['m-quantity'], quantityTitle(q))),
    ...extraction.dates.map((d) => mark(d, ['m-date'], dateTitle(d))),
    ...extraction.entities.map((e) => mark(e, ['m-entity', `k-${e.kind}`], entityTitle(e))),
  ];
}

/** One line's content: its text cut where a mark starts or ends, each piece a `<mark>` when a mark covers it. */
function lineContent(text: string, line: Span, marks: Mark[]): Node[] {
  const inside = marks.filter((m) => m.start < line.end && m.end > line.start);
  if (inside.length === 0) return [document.createTextNode(text.slice(line.start, line.end))];
  const cuts = new Set([line.start, line.end]);
  for (const m of inside) {
    if (m.start > line.start) cuts.add(m.start);
    if (m.end < line.end) cuts.add(m.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: Node[] = [];
  for (let k = 0; k + 1 < sorted.length; k++) {
    const [a, b] = [sorted[k] as number, sorted[k + 1] as number];
    const covering = inside.filter((m) => m.start <= a && m.end >= b);
    const piece = text.slice(a, b);
    if (covering.length === 0) pieces.push(document.createTextNode(piece));
    else {
      const classes = covering.flatMap((m) => m.classes);
      const titles = covering.map((m) => m.title).filter((t) => t !== '');
      pieces.push(h('mark', { class: classes.join(' '), title: titles.join('\n') || null }, piece));
    }
  }
  return pieces;
}

/**
 * Fills the source pane: the lines of `text`, numbered, with `marks` and the selection (if any) highlighted.
 * Returns the first element of the selection, to scroll to.
 */
export function renderSource(pane: HTMLElement, text: string, marks: Mark[], selection: Span | null): Element | null {
  const all = selection ? [...marks, { ...selection, classes: ['sel'], title: '' }] : marks;
  const fragment = document.createDocumentFragment();
  linesOf(text).forEach((line, k) => {
    fragment.append(h('div', { class: 'line', id: `L${k + 1}`, 'data-line': k + 1 }, ...lineContent(text, line, all)));
  });
  pane.replaceChildren(fragment);
  return pane.querySelector('.sel');
}

/** Scrolls the source pane to line `line` and flashes it. */
export function jumpToLine(pane: HTMLElement, line: number): void {
  const element = pane.querySelector(`#L${line}`);
  if (!element) return;
  element.scrollIntoView({ block: 'center' });
  for (const old of pane.querySelectorAll('.flash')) old.classList.remove('flash');
  element.classList.add('flash');
}
