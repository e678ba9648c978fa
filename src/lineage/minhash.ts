// MinHash signatures and LSH banding: candidate pairs without comparing all pairs.
// Words are hashed once with xxhash (cached per run); shingles and permutations are
// derived with integer mixing, so the cost is linear in the number of words.
import xxhash from "xxhash-wasm";

type HashApi = Awaited<ReturnType<typeof xxhash>>;
let api: Promise<HashApi> | null = null;

/** Load the xxhash wasm module once per process. */
export function loadHasher(): Promise<HashApi> {
  api ??= xxhash();
  return api;
}

/** Hashes words through xxhash, remembering each word's hash for the run. */
export class WordHasher {
  private readonly cache = new Map<string, number>();
  constructor(private readonly hash: HashApi) {}

  word(word: string): number {
    let value = this.cache.get(word);
    if (value === undefined) {
      value = this.hash.h32(word, 0x9e3779b1);
      this.cache.set(word, value);
    }
    return value;
  }
}

/** A 32-bit finaliser (murmur3's fmix32): spreads the bits of a combined value. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of an ordered run of word hashes. */
export function combine(hashes: ArrayLike<number>, from: number, length: number): number {
  let h = 0x811c9dc5 ^ length;
  for (let i = from; i < from + length; i++) h = mix32(Math.imul(h, 31) ^ hashes[i]);
  return h;
}

/** Sorted distinct hashes of the word `size`-shingles (a text shorter than `size` is one shingle). */
export function shingleSet(wordHashes: Uint32Array, size: number): Uint32Array {
  const count = Math.max(1, wordHashes.length - size + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = combine(wordHashes, i, Math.min(size, wordHashes.length - i));
  out.sort();
  let unique = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[unique++] = out[i];
  return out.slice(0, unique);
}

/** Permutations as odd multipliers and offsets: h_k(x) = mix(a_k * x + b_k). Fixed seeds: runs are repeatable. */
function permutations(count: number, seed: number): { mul: Uint32Array; add: Uint32Array } {
  const mul = new Uint32Array(count);
  const add = new Uint32Array(count);
  let state = seed >>> 0;
  for (let k = 0; k < count; k++) {
    state = mix32(state + 0x9e3779b9);
    mul[k] = state | 1;
    state = mix32(state + 0x9e3779b9);
    add[k] = state;
  }
  return { mul, add };
}

/** MinHash signature of `count` permutations over a set of 32-bit hashes. */
export class MinHasher {
  private readonly mul: Uint32Array;
  private readonly add: Uint32Array;
  constructor(readonly count: number, seed: number) {
    ({ mul: this.mul, add: this.add } = permutations(count, seed));
  }

  signature(values: ArrayLike<number>, out = new Uint32Array(this.count)): Uint32Array {
    out.fill(0xffffffff);
    for (let i = 0; i < values.length; i++) {
      const x = values[i];
      for (let k = 0; k < this.count; k++) {
        const h = (Math.imul(x, this.mul[k]) + this.add[k]) >>> 0;
        if (h < out[k]) out[k] = h;
      }
    }
    return out;
  }
}

/** Items per band key: the key goes above this many item numbers in one sortable double. */
const ITEM_SPACE = 2 ** 21;

/**
 * LSH banding: a signature of bands × rows values; two items become candidates when any band
 * is equal. Each band is a flat list of (key, item) packed into doubles and sorted once, which
 * keeps memory at one number per item and band.
 */
export class BandIndex {
  private readonly entries: number[][];
  constructor(readonly bands: number, readonly rows: number) {
    this.entries = Array.from({ length: bands }, () => []);
  }

  add(item: number, signature: Uint32Array): void {
    if (item >= ITEM_SPACE) throw new RangeError(`BandIndex holds at most ${ITEM_SPACE} items`);
    for (let band = 0; band < this.bands; band++) {
      this.entries[band].push(combine(signature, band * this.rows, this.rows) * ITEM_SPACE + item);
    }
  }

  /** Every run of items sharing a band key, two or more long (an item may repeat in a run). */
  *sharedBuckets(): Generator<number[]> {
    for (let band = 0; band < this.bands; band++) {
      const packed = Float64Array.from(this.entries[band]).sort();
      this.entries[band] = [];
      let start = 0;
      for (let i = 1; i <= packed.length; i++) {
        if (i < packed.length && Math.floor(packed[i] / ITEM_SPACE) === Math.floor(packed[start] / ITEM_SPACE)) continue;
        if (i - start > 1) {
          const bucket: number[] = [];
          for (let k = start; k < i; k++) bucket.push(packed[k] % ITEM_SPACE);
          yield bucket;
        }
        start = i;
      }
    }
  }
}
