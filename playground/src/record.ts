/** The record pane: `toRecord`'s fields as a two-column table, one row per field (`tr[data-field="id"]`). */
import type { CableRecord } from '../../src/index.js';
import { clip, h } from './dom.js';

/** An object on one line: its non-empty fields, `name: value`, joined by ` · `. */
function inline(value: Record<string, unknown>): string {
  return Object.entries(value)
    .filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0))
    .map(([key, v]) => `${key}: ${typeof v === 'object' ? JSON.stringify(v) : clip(String(v), 240)}`)
    .join(' · ');
}

/** A field's value as a cell: null as `null`, lists of objects as a numbered list, objects on one line. */
function cell(value: unknown): Node {
  if (value === null || value === undefined) return h('span', { class: 'null' }, 'null');
  if (Array.isArray(value)) {
    if (value.length === 0) return h('span', { class: 'null' }, '[]');
    if (value.every((v) => typeof v !== 'object' || v === null)) return document.createTextNode(value.join(', '));
    return h('ol', {}, ...value.map((v) => h('li', {}, inline(v as Record<string, unknown>))));
  }
  if (typeof value === 'object') return document.createTextNode(inline(value as Record<string, unknown>));
  return document.createTextNode(String(value));
}

/** Fills the record pane with `record`. */
export function renderRecord(pane: HTMLElement, record: CableRecord): void {
  const rows = Object.entries(record).map(([field, value]) =>
    h('tr', { 'data-field': field }, h('th', { scope: 'row' }, field), h('td', {}, cell(value))),
  );
  pane.replaceChildren(h('table', { class: 'record' }, h('tbody', {}, ...rows)));
}
