// Text assembled from pieces of an original input, remembering where each character came from.
import type { Span } from "../types.ts";

export interface MappedText {
  text: string;
  /** For each UTF-16 unit of `text`, its offset in the original; -1 for inserted separators. */
  toRaw: Int32Array;
  paragraphs: Span[];
}

/** Builds a cleaned body paragraph by paragraph; paragraphs are joined by a blank line. */
export class MappedTextBuilder {
  private chunks: string[] = [];
  private maps: Int32Array[] = [];
  private length = 0;
  private paragraphs: Span[] = [];

  /** A paragraph that is a slice of the original: `raw.slice(start, end)`. */
  addSlice(raw: string, start: number, end: number): void {
    const map = new Int32Array(end - start);
    for (let i = 0; i < map.length; i++) map[i] = start + i;
    this.add(raw.slice(start, end), map);
  }

  /** A paragraph whose characters map to the original through `toRaw`. */
  add(text: string, toRaw: Int32Array): void {
    if (!text) return;
    if (this.length) this.push("\n\n", new Int32Array(2).fill(-1));
    this.paragraphs.push({ start: this.length, end: this.length + text.length });
    this.push(text, toRaw);
  }

  build(): MappedText {
    const toRaw = new Int32Array(this.length);
    let at = 0;
    for (const map of this.maps) {
      toRaw.set(map, at);
      at += map.length;
    }
    return { text: this.chunks.join(""), toRaw, paragraphs: this.paragraphs };
  }

  private push(text: string, map: Int32Array): void {
    this.chunks.push(text);
    this.maps.push(map);
    this.length += text.length;
  }
}

/** The original offsets of a span of mapped text, or null when it maps to nothing. */
export function toRawSpan(toRaw: Int32Array, start: number, end: number): Span | null {
  let s = start;
  while (s < end && toRaw[s] < 0) s++;
  let e = end - 1;
  while (e >= s && toRaw[e] < 0) e--;
  if (e < s) return null;
  return { start: toRaw[s], end: toRaw[e] + 1 };
}
