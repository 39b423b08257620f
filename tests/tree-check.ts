/**
 * The tree invariants, checked independently of src/position.ts: positions agree with the text
 * (line and column match the offset), children lie inside their parents, siblings are in order
 * and disjoint, every non-blank character of a plain-text input lies inside a node below the
 * root, the schema accepts the tree, and it is plain JSON; toRecord and extract never throw and
 * mentions point inside the input, their lines and columns agreeing with it. Fast enough for the fuzzer.
 */
import { Cable, extract, type ParseOptions, parseCable, toRecord, type Position } from '../src/index.js';

type AnyNode = { type: string; position: Position; children?: AnyNode[] };

/** Line starts of `text`, counted here (`\n`, `\r\n` and lone `\r` end lines). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

/** Problems with the tree of `input` (an empty list when every invariant holds). */
export function treeProblems(input: string, options: { schema?: boolean; parse?: ParseOptions } = {}): string[] {
  const found: string[] = [];
  const cable = parseCable(input, options.parse);
  if (options.schema !== false) {
    const schema = Cable.safeParse(cable);
    if (!schema.success) found.push(`schema: ${schema.error.message.slice(0, 300)}`);
    if (JSON.stringify(JSON.parse(JSON.stringify(cable))) !== JSON.stringify(cable)) found.push('not plain JSON');
  }
  const starts = lineStarts(input);
  const pointOk = (p: { line: number; column: number; offset: number }) => {
    if (p.offset < 0 || p.offset > input.length) return false;
    const lineStart = starts[p.line - 1];
    const next = starts[p.line];
    return (
      lineStart !== undefined &&
      p.column === p.offset - lineStart + 1 &&
      (next === undefined || p.offset < next || p.offset === lineStart)
    );
  };
  const covered = new Uint8Array(input.length);
  const check = (node: AnyNode, parent: Position | null, depth: number) => {
    const { start, end } = node.position;
    if (!pointOk(start) || !pointOk(end))
      found.push(`${node.type}: position ${JSON.stringify(node.position)} disagrees with the text`);
    if (start.offset > end.offset) found.push(`${node.type}: start after end`);
    if (parent && (start.offset < parent.start.offset || end.offset > parent.end.offset))
      found.push(`${node.type} at ${start.offset} outside its parent`);
    if (depth >= 1) covered.fill(1, start.offset, end.offset);
    let last = -1;
    for (const child of node.children ?? []) {
      if (child.position.start.offset < last)
        found.push(`${child.type} at ${child.position.start.offset} overlaps or precedes its sibling`);
      last = child.position.end.offset;
      check(child, node.position, depth + 1);
    }
  };
  check(cable as AnyNode, null, 0);
  // What a limit left unread (CG904, CG905) lies in no node, but in its diagnostic's span.
  for (const d of cable.diagnostics)
    if (d.code === 'CG904' || d.code === 'CG905') covered.fill(1, d.position.start.offset, d.position.end.offset);
  if (cable.format === 'raw' || cable.format === 'markdown') {
    for (let i = 0; i < input.length; i++) {
      if (!covered[i] && !/\s/.test(input[i] as string)) {
        found.push(`character ${JSON.stringify(input.slice(i, i + 20))} at ${i} lies in no node`);
        break;
      }
    }
  }
  for (const d of cable.diagnostics) {
    if (!pointOk(d.position.start) || !pointOk(d.position.end))
      found.push(`${d.code}: position disagrees with the text`);
    if (d.position.start.offset > d.position.end.offset) found.push(`${d.code}: start after end`);
  }
  toRecord(cable);
  // The extractors never throw either, and their mentions point inside the input.
  const mentions = extract(cable, input);
  for (const mention of [...mentions.quantities, ...mentions.dates, ...mentions.entities]) {
    const { start, end } = mention.position;
    if (start.offset < 0 || end.offset > input.length || start.offset > end.offset)
      found.push(`${mention.type} ${JSON.stringify(mention.text)} at ${start.offset}-${end.offset} outside the input`);
    else if (!pointOk(start) || !pointOk(end))
      found.push(`${mention.type} ${JSON.stringify(mention.text)}: line and column disagree with the text`);
  }
  return found;
}
