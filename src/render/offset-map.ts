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
  /** Writes `text` in place of `source.slice(from, to)`. */
  replace(from: number, to: number, text: string): void;
  /** The rendered text and its map. */
  finish(): { text: string; map: OffsetMap };
}

/** Starts a {@link RenderBuilder} over `source`. */
export function renderBuilder(source: string): RenderBuilder {
  const parts: string[] = [];
  // Parallel arrays, one entry per segment: rendered start/length, source start/length, copied?
  const outStart: number[] = [];
  const outLength: number[] = [];
  const srcStart: number[] = [];
  const srcLength: number[] = [];
  const copied: boolean[] = [];
  let out = 0;
  const push = (from: number, to: number, text: string, isCopy: boolean) => {
    outStart.push(out);
    outLength.push(text.length);
    srcStart.push(from);
    srcLength.push(to - from);
    copied.push(isCopy);
    parts.push(text);
    out += text.length;
  };
  return {
    copy(from, to) {
      if (to > from) push(from, to, source.slice(from, to), true);
    },
    replace(from, to, text) {
      push(from, to, text, false);
    },
    finish() {
      const count = outStart.length;
      const at = (k: number) => ({
        os: outStart[k] as number,
        ol: outLength[k] as number,
        ss: srcStart[k] as number,
        sl: srcLength[k] as number,
        copy: copied[k] as boolean,
      });
      // First segment whose rendered span reaches past `offset`, or an empty one standing at it.
      const firstTouching = (offset: number) => {
        let lo = 0;
        let hi = count;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          const os = outStart[mid] as number;
          const end = os + (outLength[mid] as number);
          if (end > offset || (end === offset && os === offset)) hi = mid;
          else lo = mid + 1;
        }
        return lo;
      };
      const map: OffsetMap = {
        start(offset) {
          const k = firstTouching(offset);
          if (k >= count) return source.length;
          const s = at(k);
          return s.copy ? s.ss + Math.max(0, offset - s.os) : s.ss;
        },
        end(offset) {
          // Last segment that starts before `offset`, or an empty one standing at it.
          let k = firstTouching(offset);
          while (k < count && (outStart[k] as number) <= offset) k++;
          k--;
          if (k < 0) return 0;
          const s = at(k);
          return s.copy ? s.ss + Math.min(s.sl, offset - s.os) : s.ss + s.sl;
        },
      };
      return { text: parts.join(''), map };
    },
  };
}
