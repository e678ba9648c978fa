// Lineage kept over a growing set of reports: the two LSH channels' buckets, the pairs they
// propose and the verdict on each pair, so that adding reports verifies only the pairs that
// became candidates. What it holds is always what one pass over the present set would find
// (`findLineage` is this index filled once): the buckets count pairs exactly as the batch
// pass does, bucket caps included, and "commonplace" stems (those left out of sentence
// signatures) are kept to the present set's count, re-signing only the reports holding a
// stem that changed side. Families follow from the links by union.
import type { CleanDocument, Family, Link, Message } from "../types.ts";
import { familiesOf } from "./families.ts";
import { CHANNELS, commonStemLimit, distinctStems, FeatureReader, type LineageFeatures } from "./features.ts";
import { combine } from "./minhash.ts";
import { bandKeys, PairBuckets, pairKey, SLOT_SPACE } from "./pair-buckets.ts";
import { relabelled, verifyPair, viewOf } from "./verify.ts";
import type { DocumentView } from "./align.ts";

export interface LineageIndexOptions {
  /** Also propose pairs through sentence signatures, which finds rewrites (default true). */
  rewrites?: boolean;
}

/** What an `add` or `remove` changed. */
export interface LineageChange {
  /** Links new (or replaced: a report given again with other text gets its links anew). */
  added: Link[];
  /** Links gone: a pair no longer proposed, or a report removed or replaced. */
  removed: Link[];
}

interface Entry {
  doc: CleanDocument;
  features: LineageFeatures;
  /** Its content's number: reports of one text, paragraphs and date share one, and any verdict. */
  content: number;
  /** Its distinct sentence stems; bucket keys in each channel (typed arrays: they are kept for every report). */
  stems: Uint32Array;
  shingleKeys: Float64Array;
  sentenceKeys: Float64Array;
}

const NO_KEYS = new Float64Array(0);

export class LineageIndex {
  private readonly rewrites: boolean;
  private reader: FeatureReader | null = null;
  /** A slot per id, kept for good: results list pairs in slot order, the order ids were first placed. */
  private readonly slots = new Map<string, number>();
  private readonly entries: (Entry | undefined)[] = [];
  private held = 0;
  private readonly touched = new Set<number>();
  private readonly shingleBuckets: PairBuckets;
  private readonly sentenceBuckets: PairBuckets;
  /** Reports (held, signed) whose sentences hold each stem. */
  private readonly stemReports = new Map<number, number>();
  /** The stems the present signatures leave out. */
  private readonly common = new Set<number>();
  private limit = commonStemLimit(0);
  private readonly contents = new Map<string, { key: string; id: number }[]>();
  private nextContent = 0;
  /** Verdicts by ordered pair of contents, for good: a verdict reads only content. */
  private readonly verdicts = new Map<number, { link: Link | null; a: string; b: string }>();
  /** The links of the pairs proposed now, by pair. */
  private readonly links = new Map<number, Link>();
  private sorted: Link[] | null = null;
  private familyCache: Family[] | null = null;
  private readonly signatureBuffer = new Uint32Array(CHANNELS.sentences.bands * CHANNELS.sentences.rows);
  /** Counts for benchmarks: pairs verified (not taken from a verdict) since the index was made. */
  verified = 0;

  constructor(options: LineageIndexOptions = {}) {
    this.rewrites = options.rewrites !== false;
    this.shingleBuckets = new PairBuckets(CHANNELS.maxShingleBucket, this.touched);
    this.sentenceBuckets = new PairBuckets(CHANNELS.maxSentenceBucket, this.touched);
  }

  /** Gives slots to ids not placed yet, in this order: a caller whose order is not the order of adding says so first. */
  place(ids: Iterable<string>): void {
    for (const id of ids) {
      if (this.slots.has(id)) continue;
      if (this.slots.size >= SLOT_SPACE) throw new RangeError(`LineageIndex holds at most ${SLOT_SPACE} reports`);
      this.slots.set(id, this.slots.size);
    }
  }

  /** Adds reports; a report whose id is held already replaces the one held. Returns the links that changed. */
  async add(docs: CleanDocument[]): Promise<LineageChange> {
    this.reader ??= await FeatureReader.load();
    const reader = this.reader;
    const before = this.snapshot(docs.map((d) => d.id));
    this.place(docs.map((d) => d.id));
    const fresh = new Set<number>();
    const moved = new Set<number>();
    for (const doc of docs) {
      const slot = this.slots.get(doc.id)!;
      if (this.entries[slot]) this.drop(slot, moved);
      const features = reader.read(doc, this.rewrites);
      const entry: Entry = { doc, features, content: this.contentOf(doc), stems: Uint32Array.from(distinctStems(features)), shingleKeys: NO_KEYS, sentenceKeys: NO_KEYS };
      this.entries[slot] = entry;
      this.held++;
      for (const stem of entry.stems) this.stemReports.set(stem, (this.stemReports.get(stem) ?? 0) + 1);
      fresh.add(slot);
    }
    for (const slot of fresh) for (const stem of this.entries[slot]!.stems) moved.add(stem);
    this.recheckCommon(moved, fresh);
    for (const slot of fresh) this.sign(slot);
    return this.settle(before);
  }

  /** Takes reports out (ids not held are ignored). Returns the links that changed. */
  async remove(ids: string[]): Promise<LineageChange> {
    const before = this.snapshot(ids);
    const touchedStems = new Set<number>();
    for (const id of ids) {
      const slot = this.slots.get(id);
      if (slot === undefined || !this.entries[slot]) continue;
      this.drop(slot, touchedStems);
    }
    this.recheckCommon(touchedStems, new Set());
    return this.settle(before);
  }

  /** The links between held reports, in slot order of their pairs (the batch order). */
  allLinks(): Link[] {
    this.sorted ??= [...this.links.keys()].sort((x, y) => x - y).map((key) => this.links.get(key)!);
    return this.sorted;
  }

  /** The link between two held reports now, if lineage found one. */
  linkOf(a: string, b: string): Link | undefined {
    const [i, j] = [this.slots.get(a), this.slots.get(b)];
    return i === undefined || j === undefined ? undefined : this.links.get(pairKey(i, j));
  }

  /** The families the links make. */
  families(): Family[] {
    if (!this.familyCache) {
      const published: Record<string, string | null> = {};
      for (const entry of this.entries) if (entry) published[entry.doc.id] = entry.doc.meta.published;
      this.familyCache = familiesOf(this.allLinks(), published);
    }
    return this.familyCache;
  }

  /** Per report id, in slot order: what lineage found inside it. */
  messages(): Map<string, Message[]> {
    const out = new Map<string, Message[]>();
    for (const entry of this.entries) if (entry && entry.features.messages.length) out.set(entry.doc.id, entry.features.messages);
    return out;
  }

  /** Candidate pairs now: from the 5-shingle channel, and the further ones from sentences. */
  candidateCounts(): { shingles: number; sentences: number } {
    let sentences = 0;
    for (const [pair, hits] of this.sentenceBuckets.hits) if (hits >= CHANNELS.sentences.minHits && !this.shingleBuckets.hits.has(pair)) sentences++;
    return { shingles: this.shingleBuckets.hits.size, sentences };
  }

  get size(): number {
    return this.held;
  }

  private snapshot(ids: string[]): Map<number, Link> {
    // The links of reports about to be replaced or removed: reported as removed, unless they come back the same.
    const slots = new Set(ids.flatMap((id) => (this.slots.has(id) ? [this.slots.get(id)!] : [])));
    const out = new Map<number, Link>();
    if (slots.size === 0) return out;
    for (const [key, link] of this.links) if (slots.has(Math.floor(key / SLOT_SPACE)) || slots.has(key % SLOT_SPACE)) out.set(key, link);
    return out;
  }

  /** Out of the buckets and the counts; the slot stays the id's. */
  private drop(slot: number, moved: Set<number>): void {
    const entry = this.entries[slot]!;
    this.shingleBuckets.remove(slot, entry.shingleKeys);
    this.sentenceBuckets.remove(slot, entry.sentenceKeys);
    for (const stem of entry.stems) {
      moved.add(stem);
      const n = (this.stemReports.get(stem) ?? 0) - 1;
      if (n <= 0) this.stemReports.delete(stem);
      else this.stemReports.set(stem, n);
    }
    this.entries[slot] = undefined;
    this.held--;
  }

  /**
   * Brings the commonplace stems to the present set: a stem is commonplace when more than
   * `commonStemLimit(held)` reports hold it. Only stems whose count moved can change side,
   * and all stems when the limit moved; a held report holding a stem that changed side is
   * signed again (`unsigned` are about to be signed anyway).
   */
  private recheckCommon(moved: Set<number>, unsigned: Set<number>): void {
    if (!this.rewrites) return;
    const limit = commonStemLimit(this.held);
    const look = limit === this.limit ? moved : new Set([...moved, ...this.stemReports.keys(), ...this.common]);
    this.limit = limit;
    const flipped = new Set<number>();
    for (const stem of look) {
      const isCommon = (this.stemReports.get(stem) ?? 0) > limit;
      if (isCommon === this.common.has(stem)) continue;
      flipped.add(stem);
      if (isCommon) this.common.add(stem);
      else this.common.delete(stem);
    }
    if (flipped.size === 0) return;
    this.entries.forEach((entry, slot) => {
      if (!entry || unsigned.has(slot) || !entry.stems.some((stem) => flipped.has(stem))) return;
      this.sentenceBuckets.remove(slot, entry.sentenceKeys);
      entry.sentenceKeys = this.sentenceKeysOf(entry);
      this.sentenceBuckets.add(slot, entry.sentenceKeys);
    });
  }

  /** Puts a held report in both channels' buckets. */
  private sign(slot: number): void {
    const entry = this.entries[slot]!;
    const { signature } = entry.features;
    if (!signature) return;
    const shingleKeys = new Set<number>();
    bandKeys(signature, CHANNELS.shingles.bands, CHANNELS.shingles.rows, combine, shingleKeys);
    entry.shingleKeys = Float64Array.from(shingleKeys);
    this.shingleBuckets.add(slot, entry.shingleKeys);
    entry.sentenceKeys = this.sentenceKeysOf(entry);
    this.sentenceBuckets.add(slot, entry.sentenceKeys);
  }

  /** The sentence channel's bucket keys: each sentence signed over its stems that are not commonplace. */
  private sentenceKeysOf(entry: Entry): Float64Array {
    const keys = new Set<number>();
    const hasher = this.reader!.sentenceHasher;
    const signature = this.signatureBuffer;
    for (const hashes of entry.features.sentenceStems) {
      const telling = this.common.size ? hashes.filter((hash) => !this.common.has(hash)) : hashes;
      if (telling.length < CHANNELS.sentences.minStems - 1) continue;
      bandKeys(hasher.signature(telling, signature), CHANNELS.sentences.bands, CHANNELS.sentences.rows, combine, keys);
    }
    return Float64Array.from(keys);
  }

  /** Looks again at every pair whose counts moved: proposed now or not, and its verdict. */
  private settle(before: Map<number, Link>): LineageChange {
    const change: LineageChange = { added: [], removed: [...before.values()] };
    const views = new Map<number, DocumentView>();
    const viewAt = (slot: number): DocumentView => {
      let view = views.get(slot);
      if (!view) {
        if (views.size >= 4096) views.clear();
        const entry = this.entries[slot]!;
        view = viewOf(entry.doc, entry.features.shingles);
        views.set(slot, view);
      }
      return view;
    };
    // In pair order, as the batch pass verifies them.
    for (const key of [...this.touched].sort((x, y) => x - y)) {
      const proposed = this.shingleBuckets.hits.has(key) || (this.sentenceBuckets.hits.get(key) ?? 0) >= CHANNELS.sentences.minHits;
      const held = this.links.get(key);
      if (!proposed) {
        if (held && !before.has(key)) change.removed.push(held);
        this.links.delete(key);
        continue;
      }
      // Neither report changed: the verdict stands.
      if (held && !before.has(key)) continue;
      const i = Math.floor(key / SLOT_SPACE);
      const j = key % SLOT_SPACE;
      const [a, b] = [this.entries[i]!, this.entries[j]!];
      const contentKey = a.content * SLOT_SPACE + b.content;
      let known = this.verdicts.get(contentKey);
      if (!known) {
        known = { link: verifyPair(viewAt(i), viewAt(j)), a: a.doc.id, b: b.doc.id };
        this.verdicts.set(contentKey, known);
        this.verified++;
      }
      const link = known.link && relabelled(known.link, known.a, known.b, a.doc.id, b.doc.id);
      if (!link) {
        this.links.delete(key);
        continue;
      }
      this.links.set(key, link);
      change.added.push(link);
    }
    this.touched.clear();
    // A link of a replaced report that came back the same is neither added nor removed.
    if (before.size) {
      const text = (l: Link) => JSON.stringify(l);
      const added = new Set(change.added.map(text));
      const back = new Set(change.removed.map(text).filter((t) => added.has(t)));
      change.removed = change.removed.filter((l) => !back.has(text(l)));
      change.added = change.added.filter((l) => !back.has(text(l)));
    }
    this.sorted = null;
    this.familyCache = null;
    return change;
  }

  private contentOf(doc: CleanDocument): number {
    const key = `${doc.meta.published ?? ""}\u0000${(doc.paragraphs ?? []).map((p) => `${p.start}-${p.end}`).join(",")}`;
    const seen = this.contents.get(doc.text) ?? [];
    const found = seen.find((entry) => entry.key === key);
    if (found) return found.id;
    seen.push({ key, id: this.nextContent });
    this.contents.set(doc.text, seen);
    return this.nextContent++;
  }
}
