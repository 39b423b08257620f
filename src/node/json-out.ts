/**
 * JSON written in pieces: the same text as `JSON.stringify(value, null, indent)`, but never held as one string,
 * so that the tree of a very large input streams out (one string of it would pass V8's string length limit,
 * `Invalid string length`). Arrays are walked element by element, and objects that hold arrays key by key; every
 * other value is stringified whole (a node's position, a tag, a paragraph's text line).
 */

/** The size of the pieces handed out (a piece holding one large value whole may be longer). */
const PIECE = 1 << 16;

/** True when an object holds an array among its own values (it is walked, not stringified whole). */
function holdsArray(value: object): boolean {
  for (const inner of Object.values(value)) if (Array.isArray(inner)) return true;
  return false;
}

/** The parts of the JSON text of `value` at `depth`, in order. */
function* partsOf(value: unknown, indent: string, depth: number): Generator<string> {
  const walked = Array.isArray(value) || (value !== null && typeof value === 'object' && holdsArray(value));
  if (!walked || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    const text = JSON.stringify(value, null, indent) ?? 'null';
    yield indent && depth > 0 ? text.replaceAll('\n', `\n${indent.repeat(depth)}`) : text;
    return;
  }
  const inner = indent ? `\n${indent.repeat(depth + 1)}` : '';
  const close = indent ? `\n${indent.repeat(depth)}` : '';
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    for (let k = 0; k < value.length; k++) {
      yield `${k === 0 ? '[' : ','}${inner}`;
      const element = value[k];
      if (element === undefined || typeof element === 'function' || typeof element === 'symbol') yield 'null';
      else yield* partsOf(element, indent, depth + 1);
    }
    return yield `${close}]`;
  }
  let first = true;
  for (const [key, element] of Object.entries(value as object)) {
    if (element === undefined || typeof element === 'function' || typeof element === 'symbol') continue;
    yield `${first ? '{' : ','}${inner}${JSON.stringify(key)}:${indent ? ' ' : ''}`;
    first = false;
    yield* partsOf(element, indent, depth + 1);
  }
  yield first ? '{}' : `${close}}`;
}

/**
 * The JSON text of `value` (`JSON.stringify(value, null, indent)`, for plain data) in pieces of about 64 KB.
 *
 * @example
 * for (const piece of jsonPieces(cable, 2)) await write(piece);
 */
export function* jsonPieces(value: unknown, indent?: number): Generator<string> {
  const pad = indent ? ' '.repeat(Math.min(10, indent)) : '';
  let parts: string[] = [];
  let length = 0;
  for (const part of partsOf(value, pad, 0)) {
    parts.push(part);
    length += part.length;
    if (length >= PIECE) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  if (parts.length > 0) yield parts.join('');
}
