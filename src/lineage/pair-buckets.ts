// LSH buckets kept over a changing set of reports, with the number of buckets each pair
// shares. A bucket holding more than `cap` reports is a stock phrase or boilerplate and counts
// for none of its pairs (the batch rule), so a report joining a full bucket takes its pairs'
// hits away, and one leaving it gives them back: the counts are always those one pass over the
// present set would find.

/** Slots go below this, so a pair of slots is one exact double. */
export const SLOT_SPACE = 2 ** 21;

export const pairKey = (a: number, b: number): number => (a < b ? a * SLOT_SPACE + b : b * SLOT_SPACE + a);

export class PairBuckets {
  /** Bucket key -> the distinct slots in it (a lone slot kept as a number: most buckets hold one). */
  private readonly members = new Map<number, number | number[]>();
  /** Pair -> buckets of at most `cap` slots holding both. */
  readonly hits = new Map<number, number>();

  constructor(
    private readonly cap: number,
    /** Pairs whose count moved, for the caller to look at again. */
    private readonly touched: Set<number>,
  ) {}

  /** Puts a slot in buckets (each key once: the caller gives a slot's distinct keys). */
  add(slot: number, keys: Iterable<number>): void {
    for (const key of keys) {
      const held = this.members.get(key);
      if (held === undefined) {
        this.members.set(key, slot);
        continue;
      }
      const list = typeof held === "number" ? [held] : held;
      if (typeof held === "number") this.members.set(key, list);
      list.push(slot);
      if (list.length <= this.cap) {
        for (let i = 0; i < list.length - 1; i++) this.bump(pairKey(list[i], slot), 1);
      } else if (list.length === this.cap + 1) this.eachPair(list, list.length - 1, -1);
    }
  }

  /** Takes a slot out of the buckets it was put in with these keys. */
  remove(slot: number, keys: Iterable<number>): void {
    for (const key of keys) {
      const held = this.members.get(key);
      if (held === undefined) continue;
      if (typeof held === "number") {
        if (held === slot) this.members.delete(key);
        continue;
      }
      const at = held.indexOf(slot);
      if (at < 0) continue;
      const before = held.length;
      held.splice(at, 1);
      if (before <= this.cap) {
        for (const other of held) this.bump(pairKey(other, slot), -1);
      } else if (before === this.cap + 1) this.eachPair(held, held.length, 1);
      if (held.length === 1) this.members.set(key, held[0]);
    }
  }

  private eachPair(list: number[], count: number, delta: number): void {
    for (let i = 0; i < count; i++) for (let j = i + 1; j < count; j++) this.bump(pairKey(list[i], list[j]), delta);
  }

  private bump(pair: number, delta: number): void {
    const value = (this.hits.get(pair) ?? 0) + delta;
    if (value <= 0) this.hits.delete(pair);
    else this.hits.set(pair, value);
    this.touched.add(pair);
  }
}

/** The bucket keys of a signature: band and band value in one exact double. */
export function bandKeys(signature: Uint32Array, bands: number, rows: number, combine: (values: ArrayLike<number>, from: number, length: number) => number, into: Set<number>): void {
  for (let band = 0; band < bands; band++) into.add(band * 2 ** 32 + combine(signature, band * rows, rows));
}
