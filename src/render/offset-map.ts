/**
 * A map from the offsets of a rendered text (what the grammar reads) back to the offsets of the
 * caller's original input. A rendering is built as a run of segments, each either copied
 * unchanged from the input or replaced (possibly by nothing). Copied segments map offset by
 * offset; a replaced segment maps as a whole, so a node that starts or ends at it takes in all of
 * its source (a node ending just before a deleted `](#)` ends after it).
 */

/** Offset map from rendered text back to the original input. */
export interface OffsetMap {
  /** The source offset of a start point (inclusive) at rendered offset `offset`. */
  start(offset: number): number;
  /** The source offset of an end point (exclusive) at rendered offset `offset`. */
  end(offset: number): number;
}

/** The identity map, for inputs that are read as they are. */
export const IDENTITY_MAP: OffsetMap = { start: (offset) => offset, end: (offset) => offset };

/** Builds a rendered text and its {@link OffsetMap} from copy and replace steps, in source order. */
export interface RenderBuilder {
  /** Copies `source.slice(from, to)` unchanged. */
  copy(from: number, to: number): void;
  /**
   * Writes `text` in place of `source.slice(from, to)`. A replaced span belongs to the text around
   * it (a node that starts or ends at it takes it in: link brackets, tags inside a `<pre>`),
   * unless `detached` (page chrome, which no node takes in).
   */
  replace(from: number, to: number, text: string, detached?: boolean): void;
  /** The rendered text and its map. */
  finish(): { text: string; map: OffsetMap };
}

// Segment records: numbers per segment, and the flags' bits.
const STRIDE = 5;
const COPIED = 1;
const DETACHED = 2;

/** Starts a {@link RenderBuilder} over `source`. */
export function renderBuilder(source: string): RenderBuilder {
  const parts: string[] = [];
  // One record of STRIDE numbers per segment, in a typed array (plain stores, nothing for the
  // collector to trace; an HTML page or a markdown copy can have hundreds of thousands of segments):
  // rendered start, rendered length, source start, source length, flags.
  let segments = new Int32Array(STRIDE * 64);
  let count = 0;
  let out = 0;
  const push = (from: number, to: number, text: string, flags: number) => {
    if ((count + 1) * STRIDE > segments.length) {
      const grown = new Int32Array(segments.length * 2);
      grown.set(segments);
      segments = grown;
    }
    const at = count * STRIDE;
    segments[at] = out;
    segments[at + 1] = text.length;
    segments[at + 2] = from;
    segments[at + 3] = to - from;
    segments[at + 4] = flags;
    count++;
    parts.push(text);
    out += text.length;
  };
  return {
    copy(from, to) {
      if (to > from) push(from, to, source.slice(from, to), COPIED);
    },
    replace(from, to, text, detached = false) {
      if (to > from || text) push(from, to, text, detached ? DETACHED : 0);
    },
    finish() {
      return { text: parts.join(''), map: mapOf(segments, count, source.length) };
    },
  };
}

/**
 * The offset map of `count` segment records. A lookup finds the segment holding the unit at an offset: the
 * first k with os(k) + ol(k) > offset. Lookups come mostly in text order, so the segment of the last one, or
 * the next, is tried before a binary search.
 */
function mapOf(segments: Int32Array, count: number, sourceLength: number): OffsetMap {
  const os = (k: number) => segments[k * STRIDE] as number;
  const ol = (k: number) => segments[k * STRIDE + 1] as number;
  const isDetached = (k: number) => ((segments[k * STRIDE + 4] as number) & DETACHED) !== 0;
  const attachedEmpty = (k: number, offset: number) => ol(k) === 0 && os(k) === offset && !isDetached(k);
  let last = 0;
  const holds = (k: number, offset: number) =>
    k < count && os(k) + ol(k) > offset && (k === 0 || os(k - 1) + ol(k - 1) <= offset);
  const holding = (offset: number) => {
    if (holds(last, offset)) return last;
    if (holds(last + 1, offset)) return ++last;
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (os(mid) + ol(mid) > offset) hi = mid;
      else lo = mid + 1;
    }
    if (lo < count) last = lo;
    return lo;
  };
  const sourceOf = (k: number, offset: number, atEnd: boolean) => {
    const ss = segments[k * STRIDE + 2] as number;
    const sl = segments[k * STRIDE + 3] as number;
    if (((segments[k * STRIDE + 4] as number) & COPIED) !== 0) return ss + Math.min(sl, Math.max(0, offset - os(k)));
    return atEnd ? ss + sl : ss;
  };
  return {
    start(offset) {
      let k = holding(offset);
      while (k > 0 && attachedEmpty(k - 1, offset)) k--;
      while (k < count && ol(k) === 0 && isDetached(k)) k++;
      if (k >= count) return sourceLength;
      return sourceOf(k, offset, false);
    },
    end(offset) {
      if (offset <= 0) {
        let k = 0;
        while (k < count && attachedEmpty(k, 0)) k++;
        return k > 0 ? sourceOf(k - 1, 0, true) : 0;
      }
      let k = holding(offset - 1);
      if (k >= count) k = count - 1;
      while (k + 1 < count && attachedEmpty(k + 1, offset)) k++;
      return sourceOf(k, offset, true);
    },
  };
}
