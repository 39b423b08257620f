/**
 * The markdown rendition of web copies (the seed): TAGS as links (`[SNAR](#)`), backslash
 * escapes (`\$240,000`), lines ending in two spaces. This undoes links and escapes; trailing
 * spaces are left for the grammar, which ignores them. Pilcrows (`¶10.`) belong to the cable's
 * own text and are read by the paragraph rule.
 */
import { renderBuilder, type OffsetMap } from './offset-map.js';

// A link `[label](target)` on one line, its target without spaces (`#` or an address): the label
// is kept, the brackets and target are dropped. The label neither starts nor ends with a space, so
// the node that reads it takes in the brackets. Anything longer or wider is text, not a link.
// A backslash before ASCII punctuation is a markdown escape: the backslash is dropped.
const MARKUP = /\[([^[\]\s](?:[^[\]\r\n]{0,198}[^[\]\s])?)\]\([^)\s]{0,500}\)|\\([!-/:-@[-`{-~])/g;

// Where a link target `](...` stops: its `)`, or a space (not a target).
const LINK_END = /[)\s]/g;

// The characters a markdown escape stands before (`\$`, `\_`, `\*`, `\#`, `\[`, `\]`), by code.
const ESCAPED = new Set([36, 95, 42, 35, 91, 93]);

/** True when a backslash escapes one of `$ _ * # [ ]` in `input`: the backslashes found by the native search. */
function hasEscape(input: string): boolean {
  for (let at = input.indexOf('\\'); at >= 0; at = input.indexOf('\\', at + 1))
    if (ESCAPED.has(input.charCodeAt(at + 1))) return true;
  return false;
}

/** True when `input` carries markdown link or escape syntax that a raw cable never has. */
export function looksLikeMarkdown(input: string): boolean {
  if (hasEscape(input)) return true;
  // A link target, `](` then no space up to a `)`: `/\]\([^)\s]*\)/`, walked once. That regexp walks from every `](`
  // to the first `)` or space, so a run of `](` without one is walked again from each; here the next `](` is looked
  // for past where the last walk stopped (every `](` before it stops at the same place).
  for (let open = input.indexOf(']('); open >= 0; ) {
    LINK_END.lastIndex = open + 2;
    const end = LINK_END.exec(input);
    if (end === null) return false;
    if (end[0] === ')') return true;
    open = input.indexOf('](', end.index);
  }
  return false;
}

/** Undoes the markdown rendition; returns the text the grammar reads and its offset map. */
export function renderMarkdown(input: string): { text: string; map: OffsetMap } {
  const out = renderBuilder(input);
  let last = 0;
  for (const match of input.matchAll(MARKUP)) {
    const at = match.index;
    out.copy(last, at);
    if (match[1] !== undefined) {
      const labelStart = at + 1;
      const labelEnd = labelStart + match[1].length;
      out.replace(at, labelStart, '');
      out.copy(labelStart, labelEnd);
      out.replace(labelEnd, at + match[0].length, '');
    } else {
      out.replace(at, at + 2, match[2] as string);
    }
    last = at + match[0].length;
  }
  out.copy(last, input.length);
  return out.finish();
}
