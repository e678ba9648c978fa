// Lineage: which reports are copies, updated versions or rewrites of one another, and what
// changed; and which reports repeat themselves. Never compares all pairs: two LSH channels
// propose candidates (MinHash of word 5-shingles for copies and versions; MinHash of each
// sentence's content-word stems for rewrites), and each candidate is verified exactly.
import type { CleanDocument, Family, Link, Message } from "../types.ts";
import { familiesOf } from "./families.ts";
import { changesBetween, classify, gatherEvidence, newerOf, sharesStory, type DocumentView } from "./align.ts";
import { BandIndex, loadHasher, MinHasher, shingleSet, WordHasher } from "./minhash.ts";
import { findInternalRepeats, type InternalRepeat } from "./repeat.ts";
import { frequentStems, MAX_STEM_SENTENCES } from "./stem-postings.ts";
import { splitSentences, type Sentence } from "./text.ts";

export { familiesOf } from "./families.ts";

export interface LineageResult {
  links: Link[];
  /** The sources the links make: linked reports grouped, ordered where known. */
  families: Family[];
  /** Per document id: repetition found inside it. */
  messages: Map<string, Message[]>;
}

export interface LineageOptions {
  /** Also propose pairs through sentence signatures, which finds rewrites (default true). */
  rewrites?: boolean;
  /** Filled in with counts, for benchmarks. */
  stats?: LineageStats;
}

export interface LineageStats {
  shingleCandidates: number;
  sentenceCandidates: number;
  verified: number;
  linked: number;
}

/** The banding of each channel, and why. */
const CHANNELS = {
  /** 30 bands of 3 rows: a pair at 5-shingle Jaccard 0.5 is proposed with p≈0.98, at 0.3 with p≈0.56, at 0.1 with p≈0.03. */
  shingles: { size: 5, bands: 30, rows: 3, seed: 0x51ed },
  /**
   * Per sentence 6 bands of 3 rows over stems: a reworded sentence (stem Jaccard 0.4) hits with
   * p≈0.33, and a rewrite has many such sentences; a pair must hit twice, which a chance
   * collision of two unrelated sentences seldom does.
   */
  sentences: { bands: 6, rows: 3, seed: 0x7e57, minStems: 5, minHits: 2 },
  /**
   * A bucket shared by more reports than this is boilerplate or a stock phrase, not lineage: it
   * is skipped, which keeps candidate pairs linear in the number of reports. Copies caught by a
   * 5-shingle band are real however many, so that channel's cap is far higher.
   */
  maxShingleBucket: 2000,
  maxSentenceBucket: 40,
  /**
   * Stems in more than this share of the reports (and more than the minimum count) are left
   * out of sentence signatures: shared commonplace words are how unrelated sentences collide.
   */
  commonStemShare: 0.02,
  commonStemMinReports: 20,
} as const;

/** Reports shorter than this many words have too little text to trace. */
const MIN_WORDS = 8;
/** A report repeating itself more often than this is machine-made or a pasted loop: one summary says so. */
const MAX_REPEAT_MESSAGES = 20;

export async function findLineage(docs: CleanDocument[], options: LineageOptions = {}): Promise<LineageResult> {
  const hasher = new WordHasher(await loadHasher());
  const shingleHasher = new MinHasher(CHANNELS.shingles.bands * CHANNELS.shingles.rows, CHANNELS.shingles.seed);
  const sentenceHasher = new MinHasher(CHANNELS.sentences.bands * CHANNELS.sentences.rows, CHANNELS.sentences.seed);
  const shingleIndex = new BandIndex(CHANNELS.shingles.bands, CHANNELS.shingles.rows);
  const sentenceIndex = new BandIndex(CHANNELS.sentences.bands, CHANNELS.sentences.rows);
  const shingles: Uint32Array[] = [];
  const messages = new Map<string, Message[]>();
  const signature = new Uint32Array(shingleHasher.count);
  const sentenceSignature = new Uint32Array(sentenceHasher.count);

  // Pass 1: shingles and the 5-shingle channel, internal repeats, and each sentence's stem hashes.
  const sentenceStems: Uint32Array[][] = [];
  const stemReports = new Map<number, number>();
  docs.forEach((doc, index) => {
    const sentences = sentencesOf(doc);
    let wordCount = 0;
    for (const sentence of sentences) wordCount += sentence.words.length;
    const wordHashes = new Uint32Array(wordCount);
    let at = 0;
    for (const sentence of sentences) for (const word of sentence.words) wordHashes[at++] = hasher.word(word);
    shingles.push(shingleSet(wordHashes, CHANNELS.shingles.size));
    const notes = boundedWorkMessages(sentences);
    const repeats = findInternalRepeats(sentences);
    notes.push(...repeats.slice(0, MAX_REPEAT_MESSAGES).map((repeat) => repeatMessage(doc, sentences, repeat)));
    if (repeats.length > MAX_REPEAT_MESSAGES) notes.push(tooManyRepeats(repeats.length));
    if (notes.length > 0) messages.set(doc.id, notes);
    sentenceStems.push([]);
    if (wordCount < MIN_WORDS) return;
    shingleIndex.add(index, shingleHasher.signature(shingles[index], signature));
    if (options.rewrites === false) return;
    const seen = new Set<number>();
    for (const sentence of sentences) {
      if (sentence.stems.length < CHANNELS.sentences.minStems) continue;
      const hashes = new Uint32Array(sentence.stems.length);
      for (let i = 0; i < hashes.length; i++) hashes[i] = hasher.word(sentence.stems[i]);
      sentenceStems[index].push(hashes);
      for (const hash of hashes) seen.add(hash);
    }
    for (const hash of seen) stemReports.set(hash, (stemReports.get(hash) ?? 0) + 1);
  });

  // Pass 2: sentence signatures over the stems that are not commonplace in this collection.
  const common = Math.max(CHANNELS.commonStemMinReports, CHANNELS.commonStemShare * docs.length);
  sentenceStems.forEach((list, index) => {
    for (const hashes of list) {
      const telling = hashes.filter((hash) => (stemReports.get(hash) ?? 0) <= common);
      if (telling.length < CHANNELS.sentences.minStems - 1) continue;
      sentenceIndex.add(index, sentenceHasher.signature(telling, sentenceSignature));
    }
    list.length = 0;
  });

  const candidates = new Set<number>();
  collectPairs(shingleIndex, CHANNELS.maxShingleBucket, docs.length, candidates);
  const fromShingles = candidates.size;
  collectPairs(sentenceIndex, CHANNELS.maxSentenceBucket, docs.length, candidates, CHANNELS.sentences.minHits);
  if (options.stats) {
    options.stats.shingleCandidates = fromShingles;
    options.stats.sentenceCandidates = candidates.size - fromShingles;
    options.stats.verified = candidates.size;
  }

  const views = new ViewCache(docs, shingles);
  const links: Link[] = [];
  // Exact repeats (one text given again under other ids, as feeds do) make every pair of their
  // copies a candidate: a story given twenty times is 190 pairs with itself and 400 with each
  // rewrite of it. Verification reads nothing of a report but its content (text, paragraphs,
  // date), ids are only labels, so each pair of contents is verified once and its verdict
  // relabelled: 238,230 verifications of the ECB+-twenty-times stream become a few thousand.
  const contentOf = contentIds(docs);
  const verdicts = new Map<number, { link: Link | null; a: string; b: string }>();
  const contents = Math.max(1, contentOf.length);
  for (const key of [...candidates].sort((x, y) => x - y)) {
    const i = Math.floor(key / docs.length);
    const j = key % docs.length;
    const contentKey = contentOf[i] * contents + contentOf[j];
    const known = verdicts.get(contentKey);
    if (known) {
      if (known.link) links.push(relabelled(known.link, known.a, known.b, docs[i].id, docs[j].id));
      continue;
    }
    const link = verifyPair(views.get(i), views.get(j));
    verdicts.set(contentKey, { link, a: docs[i].id, b: docs[j].id });
    if (link) links.push(link);
  }
  if (options.stats) options.stats.linked = links.length;
  const published: Record<string, string | null> = {};
  for (const doc of docs) published[doc.id] = doc.meta.published;
  return { links, families: familiesOf(links, published), messages };
}

/**
 * A number per distinct content: reports with the same text, paragraphs and publication date
 * share one, and verification gives any two of them the same verdict.
 */
function contentIds(docs: CleanDocument[]): number[] {
  const byText = new Map<string, { key: string; id: number }[]>();
  let next = 0;
  return docs.map((doc) => {
    const key = `${doc.meta.published ?? ""}\u0000${(doc.paragraphs ?? []).map((p) => `${p.start}-${p.end}`).join(",")}`;
    const seen = byText.get(doc.text) ?? [];
    const found = seen.find((entry) => entry.key === key);
    if (found) return found.id;
    seen.push({ key, id: next });
    byText.set(doc.text, seen);
    return next++;
  });
}

/** A verdict on two other reports of the same contents, given to `a` and `b`. */
function relabelled(link: Link, fromA: string, fromB: string, a: string, b: string): Link {
  const newer = link.newer === fromA ? a : link.newer === fromB ? b : null;
  return { ...link, a, b, newer };
}

/** Verify one candidate pair exactly; null when the two share no story text. */
export function verifyPair(a: DocumentView, b: DocumentView): Link | null {
  const evidence = gatherEvidence(a, b);
  if (!sharesStory(a, b, evidence)) return null;
  const relation = classify(a, b, evidence);
  const newer = newerOf(a, b, evidence, relation);
  const coverage = a.wordCount <= b.wordCount ? evidence.coverageA : evidence.coverageB;
  const meanAligned = evidence.pairs.reduce((sum, pair) => sum + pair.similarity, 0) / Math.max(1, evidence.pairs.length);
  let changes: Link["changes"] = [];
  if (relation === "version") {
    const aIsOlder = newer !== a.id;
    const pairs = evidence.pairs.map((pair) => (aIsOlder ? { old: pair.a, new: pair.b } : { old: pair.b, new: pair.a }));
    changes = aIsOlder ? changesBetween(a, b, pairs) : changesBetween(b, a, pairs);
  }
  // Copies and versions: 5-shingle Jaccard. Rewrites share few shingles, so theirs is the
  // sentence-alignment score: share of the smaller report aligned, times how alike the pairs are.
  const similarity = relation === "rewrite" ? coverage * meanAligned : evidence.jaccard;
  return { a: a.id, b: b.id, relation, similarity: round(similarity), newer, changes };
}

/** Build the view verification reads from a clean document. */
export function viewOf(doc: CleanDocument, shingles: Uint32Array): DocumentView {
  const sentences = sentencesOf(doc);
  return {
    id: doc.id,
    text: doc.text,
    published: doc.meta.published,
    shingles,
    sentences,
    wordCount: sentences.reduce((sum, sentence) => sum + sentence.words.length, 0),
  };
}

/** Sentences numbered by the clean stage's paragraphs when it gave them, else by lines. */
function sentencesOf(doc: CleanDocument): Sentence[] {
  const sentences = splitSentences(doc.text);
  const paragraphs = doc.paragraphs ?? [];
  if (paragraphs.length === 0) return sentences;
  let p = 0;
  for (const sentence of sentences) {
    while (p < paragraphs.length - 1 && paragraphs[p].end <= sentence.start) p++;
    sentence.paragraph = p;
  }
  return sentences;
}

/** Pairs sharing at least `minHits` buckets (1: any bucket) become candidates. */
function collectPairs(index: BandIndex, maxBucket: number, count: number, into: Set<number>, minHits = 1): void {
  const hits = new Map<number, number>();
  for (const bucket of index.sharedBuckets()) {
    const members = [...new Set(bucket)].sort((x, y) => x - y);
    if (members.length < 2 || members.length > maxBucket) continue;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const key = members[i] * count + members[j];
        if (minHits <= 1) into.add(key);
        else if (!into.has(key)) {
          const seen = (hits.get(key) ?? 0) + 1;
          if (seen >= minHits) {
            into.add(key);
            hits.delete(key);
          } else hits.set(key, seen);
        }
      }
    }
  }
}

/** Views are built only for reports in candidate pairs, and forgotten in batches to bound memory. */
class ViewCache {
  private readonly views = new Map<number, DocumentView>();
  constructor(
    private readonly docs: CleanDocument[],
    private readonly shingles: Uint32Array[],
  ) {}

  get(index: number): DocumentView {
    let view = this.views.get(index);
    if (!view) {
      if (this.views.size >= 4096) this.views.clear();
      view = viewOf(this.docs[index], this.shingles[index]);
      this.views.set(index, view);
    }
    return view;
  }
}

function repeatMessage(doc: CleanDocument, sentences: Sentence[], repeat: InternalRepeat): Message {
  const span = rawSpan(doc.toRaw, repeat.start, repeat.end);
  const reworded = repeat.repeated - repeat.verbatim;
  return {
    stage: "lineage",
    rule: "internal-repeat",
    reason:
      `sentences ${repeat.first + 1}-${repeat.last + 1} of ${sentences.length} tell again what sentences ` +
      `${repeat.sourceFirst + 1}-${repeat.sourceLast + 1} told (${repeat.repeated} repeated, ${reworded} of them reworded)`,
    ...span,
  };
}

function tooManyRepeats(count: number): Message {
  return {
    stage: "lineage",
    rule: "internal-repeat",
    reason: `${count} internal repeats found; only the first ${MAX_REPEAT_MESSAGES} are listed`,
  };
}

/** Says when sentence matching in this report was bounded (stem-postings.ts), so a miss is explained. */
function boundedWorkMessages(sentences: Sentence[]): Message[] {
  const frequent = frequentStems(sentences);
  if (frequent.size === 0) return [];
  const shown = [...frequent].slice(0, 5).join(", ");
  return [
    {
      stage: "lineage",
      rule: "lineage-bounded",
      reason:
        `${frequent.size} stems (${shown}${frequent.size > 5 ? ", …" : ""}) occur in more than ${MAX_STEM_SENTENCES} sentences: ` +
        "they are not used to find matching sentences, so sentences sharing only those are not matched",
    },
  ];
}

/** Map a span of the cleaned text to raw offsets, skipping separators cleaning inserted. */
function rawSpan(toRaw: Int32Array, start: number, end: number): { start?: number; end?: number } {
  let from = start;
  while (from < end && toRaw[from] < 0) from++;
  let to = end - 1;
  while (to >= from && toRaw[to] < 0) to--;
  if (from > to || from >= toRaw.length) return {};
  return { start: toRaw[from], end: toRaw[to] + 1 };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
