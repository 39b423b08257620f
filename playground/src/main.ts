/**
 * The playground page: paste, drop or open a cable, or load the sample; the page parses it with
 * `parseCable(input, { format })` and shows the record, the tree, the diagnostics and the extracted mentions.
 */
import seed from '../../fixtures/seed/08ASTANA358.txt';
import { type Cable, type Diagnostic, extract, Format, parseCable, type Position, toRecord } from '../../src/index.js';
import { byId, h } from './dom.js';
import { legendEntries, renderLegend } from './legend.js';
import { renderRecord } from './record.js';
import { type Mark, mentionMarks, renderSource, jumpToLine, type Span } from './source.js';
import { renderTree } from './tree.js';
import { renderDiagnostics } from './diagnostics.js';

/** What the page shows: the input, its marks, the selection. */
interface State {
  text: string;
  marks: Mark[];
  selection: Span | null;
}

const state: State = { text: '', marks: [], selection: null };
const input = byId<HTMLTextAreaElement>('input');
const source = byId('source');

/** Shows the selection (a node's or a diagnostic's position) in the source pane and scrolls to it. */
function select(position: Position): void {
  state.selection = { start: position.start.offset, end: position.end.offset };
  const first = renderSource(source, state.text, state.marks, state.selection);
  if (first) first.scrollIntoView({ block: 'center' });
  else jumpToLine(source, position.start.line);
}

/** The mentions of a parsed cable; none (and a note in the status line) when the extractors cannot read it. */
function mentions(cable: Cable, text: string): ReturnType<typeof extract> {
  try {
    return extract(cable, text);
  } catch (error) {
    byId('status').append(` · extractors failed: ${String(error)}`);
    return { quantities: [], dates: [], entities: [] };
  }
}

/** Parses the input with the chosen options and fills every pane. */
function update(): void {
  const started = performance.now();
  const format = byId<HTMLSelectElement>('format').value as Format | 'auto';
  const date = byId<HTMLInputElement>('date').value;
  state.text = input.value;
  state.selection = null;
  const cable = parseCable(state.text, date ? { format, date } : { format });
  const record = toRecord(cable);
  byId('status').textContent =
    `format: ${cable.format} · ${cable.children.length} blocks · ${record.paragraphs.length} paragraphs · ` +
    `${cable.diagnostics.length} diagnostics`;
  byId('status').append(h('span', { id: 'timing' }, ` · parsed in ${Math.round(performance.now() - started)} ms`));
  const extraction = mentions(cable, state.text);
  state.marks = mentionMarks(extraction);
  renderSource(source, state.text, state.marks, null);
  renderLegend(byId('legend'), legendEntries(extraction), source);
  renderRecord(byId('record'), record);
  renderTree(byId('tree'), cable, select);
  renderDiagnostics(byId('diagnostics'), cable.diagnostics, (diagnostic: Diagnostic) => {
    select(diagnostic.position);
    jumpToLine(source, diagnostic.position.start.line);
  });
  document.body.dataset.parsed = String(Number(document.body.dataset.parsed ?? 0) + 1);
}

/** Puts `text` in the input and parses it. */
function load(text: string): void {
  input.value = text;
  update();
}

/** Wires the controls: typing or pasting (debounced), the format and date, the sample button, files. */
function wire(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  });
  byId('format').addEventListener('change', update);
  byId('date').addEventListener('change', update);
  byId('sample').addEventListener('click', () => load(seed));
  const file = byId<HTMLInputElement>('file');
  file.addEventListener('change', () => file.files?.[0]?.text().then(load));
  document.addEventListener('dragover', (event) => event.preventDefault());
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    const dropped = event.dataTransfer?.files[0];
    if (dropped) dropped.text().then(load);
    else load(event.dataTransfer?.getData('text/plain') ?? '');
  });
}

/** Fills the format menu from the parser's list of renderings. */
function formats(): void {
  const menu = byId<HTMLSelectElement>('format');
  menu.replaceChildren(
    h('option', { value: 'auto' }, 'auto (detect)'),
    ...Format.options.map((f) => h('option', {}, f)),
  );
}

formats();
wire();
// A reload keeps the textarea's text: show it again.
if (input.value) update();
