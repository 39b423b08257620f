/** The diagnostics pane: one button per diagnostic (severity, code, message, line); a click jumps to its line. */
import type { Diagnostic } from '../../src/index.js';
import { h } from './dom.js';
import { positionLabel } from './tree.js';

/** Fills the diagnostics pane; `onSelect` receives the diagnostic clicked. */
export function renderDiagnostics(
  pane: HTMLElement,
  diagnostics: Diagnostic[],
  onSelect: (diagnostic: Diagnostic) => void,
): void {
  if (diagnostics.length === 0) {
    pane.replaceChildren(h('p', { class: 'none' }, 'No diagnostics.'));
    return;
  }
  const items = diagnostics.map((diagnostic) =>
    h(
      'li',
      {},
      h(
        'button',
        { type: 'button', class: `diagnostic ${diagnostic.severity}`, onclick: () => onSelect(diagnostic) },
        h('span', { class: 'severity' }, diagnostic.severity),
        h('code', {}, diagnostic.code),
        h(
          'span',
          { class: 'pos', title: positionLabel(diagnostic.position) },
          `line ${diagnostic.position.start.line}`,
        ),
        h('span', { class: 'message' }, diagnostic.message),
      ),
    ),
  );
  pane.replaceChildren(h('ul', { class: 'diagnostics' }, ...items));
}
