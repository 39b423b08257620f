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

/** Starts a {@link RenderBuilder} over `source`. */
export function renderBuilder(source: string): RenderBuilder {
  const parts: string[] = [];
  // Parallel arrays, one entry per segment: rendered start/length, source start/length, kind.
  const outStart: number[] = [];
  const outLength: number[] = [];
  const srcStart: number[] = [];
  const srcLength: number[] = [];
  const copied: boolean[] = [];
  const detachedAt: boolean[] = [];
  let out = 0;
  const push = (from: number, to: number, text: string, isCopy: boolean, detached: boolean) => {
    outStart.push(out);
    outLength.push(text.length);
    srcStart.push(from);
    srcLength.push(to - from);
    copied.push(isCopy);
    detachedAt.push(detached);
    parts.push(text);
    out += text.length;
  };
  return {
    copy(from, to) {
      if (to > from) push(from, to, source.slice(from, to), true, false);
    },
    replace(from, to, text, detached = false) {
      if (to > from || text) push(from, to, text, false, detached);
    },
    finish() {
      const count = outStart.length;
      const os = (k: number) => outStart[k] as number;
      const ol = (k: number) => outLength[k] as number;
      const attachedEmpty = (k: number, offset: number) => ol(k) === 0 && os(k) === offset && !detachedAt[k];
      // First k with os(k) + ol(k) > offset (the segment holding the unit at `offset`). Lookups come
      // mostly in text order: the segment of the last one, or the next, is tried before a search.
      let last = 0;
      const holds = (k: number, offset: number) => k < count && os(k) + ol(k) > offset && (k === 0 || os(k - 1) + ol(k - 1) <= offset);
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
        const ss = srcStart[k] as number;
        if (copied[k]) return ss + Math.min(srcLength[k] as number, Math.max(0, offset - os(k)));
        return atEnd ? ss + (srcLength[k] as number) : ss;
      };
      const map: OffsetMap = {
        start(offset) {
          let k = holding(offset);
          while (k > 0 && attachedEmpty(k - 1, offset)) k--;
          while (k < count && ol(k) === 0 && detachedAt[k]) k++;
          if (k >= count) return source.length;
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
      return { text: parts.join(''), map };
    },
  };
}
