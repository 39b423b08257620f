/**
 * The tree pane: every node of the cable as a button (its type, its position `line:column–line:column`, its main
 * fields), nested as in the tree; a click selects the node, which highlights its text in the source pane.
 */
import type { Cable, Position } from '../../src/index.js';
import { clip, h } from './dom.js';

/** A node of the tree as the pane sees it: a type, a position, fields, maybe children. */
interface AnyNode {
  type: string;
  position: Position;
  children?: AnyNode[];
  [field: string]: unknown;
}

/** Fields the summary of a node leaves out: the structure, and positions of parts. */
const STRUCTURAL = new Set(['type', 'position', 'children', 'namePosition', 'diagnostics', 'source', 'summary']);

/** `12:1–12:40`: where a node stands. */
export function positionLabel(position: Position): string {
  const { start, end } = position;
  return `${start.line}:${start.column}–${end.line}:${end.column}`;
}

/** A field's value in a few characters: `written→meant` pairs, lists joined, objects by their values. */
function valueLabel(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.length === 0 ? null : clip(value.map((v) => valueLabel(v)).join(', '), 48);
  if (typeof value !== 'object') return clip(String(value), 48);
  const record = value as Record<string, unknown>;
  if ('written' in record) {
    const meant = record.meant ?? record.iso;
    return meant === undefined || String(meant) === record.written
      ? String(record.written)
      : `${record.written}→${meant}`;
  }
  const parts = Object.entries(record)
    .filter(([key]) => key !== 'position')
    .map(([, v]) => valueLabel(v))
    .filter((v): v is string => v !== null);
  return parts.length === 0 ? null : clip(parts.join(' '), 48);
}

/** The main fields of a node, `name=value`, at most three. */
function fieldsLabel(node: AnyNode): string {
  const fields: string[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (STRUCTURAL.has(key)) continue;
    const label = valueLabel(value);
    if (label !== null) fields.push(`${key}=${label}`);
    if (fields.length === 3) break;
  }
  return fields.join(' ');
}

/** One node and its children, as a list item. */
function item(node: AnyNode, onSelect: (node: AnyNode, button: HTMLElement) => void): HTMLLIElement {
  const button = h(
    'button',
    {
      class: 'node',
      type: 'button',
      'data-type': node.type,
      title: `offsets ${node.position.start.offset}–${node.position.end.offset}`,
    },
    h('span', { class: 'type' }, node.type),
    h('span', { class: 'pos' }, positionLabel(node.position)),
    h('span', { class: 'fields' }, fieldsLabel(node)),
  );
  button.addEventListener('click', () => onSelect(node, button));
  const kids = node.children ?? [];
  return h('li', {}, button, kids.length > 0 && h('ul', {}, ...kids.map((child) => item(child, onSelect))));
}

/**
 * Fills the tree pane with `cable`; `onSelect` receives the position of the node clicked. The summary, which
 * overlaps the paragraphs and so hangs beside the children, is listed after them.
 */
export function renderTree(pane: HTMLElement, cable: Cable, onSelect: (position: Position) => void): void {
  const select = (node: AnyNode, button: HTMLElement) => {
    for (const old of pane.querySelectorAll('.node.selected')) old.classList.remove('selected');
    button.classList.add('selected');
    onSelect(node.position);
  };
  const root = cable as unknown as AnyNode;
  const list = h('ul', { class: 'tree' }, item(root, select));
  if (cable.summary) list.append(item(cable.summary as unknown as AnyNode, select));
  pane.replaceChildren(list);
}
