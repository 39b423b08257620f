/**
 * The legend of the source pane: one entry per kind of mention, with its colour and count, and a checkbox that
 * hides or shows its highlights (a `hide-…` class on the source pane).
 */
import type { Extraction } from '../../src/index.js';
import { h } from './dom.js';

/** The kinds of mention the legend lists: the class a highlight carries, the label, and how many there are. */
export interface LegendEntry {
  className: string;
  label: string;
  count: number;
}

const ENTITY_KINDS = ['person', 'organization', 'place', 'operation', 'program', 'other'] as const;

/** The legend's entries for an extraction: quantities, dates, then each kind of entity. */
export function legendEntries(extraction: Extraction): LegendEntry[] {
  return [
    { className: 'm-quantity', label: 'quantity', count: extraction.quantities.length },
    { className: 'm-date', label: 'date', count: extraction.dates.length },
    ...ENTITY_KINDS.map((kind) => ({
      className: `k-${kind}`,
      label: `entity: ${kind}`,
      count: extraction.entities.filter((e) => e.kind === kind).length,
    })),
  ];
}

/** Fills the legend; its checkboxes toggle the highlights of `source`. */
export function renderLegend(pane: HTMLElement, entries: LegendEntry[], source: HTMLElement): void {
  const items = entries.map((entry) => {
    const box = h('input', { type: 'checkbox', checked: !source.classList.contains(`hide-${entry.className}`) });
    box.addEventListener('change', () => source.classList.toggle(`hide-${entry.className}`, !box.checked));
    return h(
      'label',
      { class: 'legend-entry' },
      box,
      h('mark', { class: entry.className }, entry.label),
      h('span', { class: 'count' }, String(entry.count)),
    );
  });
  pane.replaceChildren(...items);
}
