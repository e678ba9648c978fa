// Synthetic corpora for the lineage benchmark, derived from real text: stories are walks of a
// word bigram chain trained on real news (unique text that reads like news locally), and each
// story may get derived reports: a copy with other chrome, an edited version (figures changed,
// a paragraph dropped or added, a sentence edited), or a rewrite (every sentence reworded).
import type { CleanDocument, LinkRelation } from "../src/types.ts";

/** A seeded generator, so every run builds the same corpus. */
export class Random {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

/** Word bigram chain over real sentences. */
export class BigramChain {
  private readonly next = new Map<string, string[]>();
  private readonly starts: string[] = [];

  constructor(texts: string[]) {
    for (const text of texts) {
      for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
        const words = sentence.split(/\s+/).filter(Boolean);
        if (words.length < 6) continue;
        this.starts.push(words[0]);
        for (let i = 0; i < words.length; i++) {
          const key = words[i];
          const following = i + 1 < words.length ? words[i + 1] : "";
          const list = this.next.get(key);
          if (list) list.push(following);
          else this.next.set(key, [following]);
        }
      }
    }
  }

  sentence(random: Random): string {
    const words = [random.pick(this.starts)];
    while (words.length < 40) {
      const following = random.pick(this.next.get(words[words.length - 1]) ?? [""]);
      if (!following) break;
      words.push(following);
      if (/[.!?]["”]?$/.test(following) && words.length >= 8) break;
    }
    const text = words.join(" ");
    return /[.!?]["”]?$/.test(text) ? text : `${text}.`;
  }
}

export interface Truth {
  base: string;
  derived: string;
  relation: LinkRelation;
}

export interface SyntheticCorpus {
  docs: CleanDocument[];
  truth: Truth[];
  /** Story family of each document: a link inside a family is right, across families wrong. */
  family: Map<string, number>;
}

const CHROME_TOP = ["Share this article", "Follow us on social media for the latest updates", "Advertisement"];
const CHROME_BOTTOM = ["Copyright 2026. All rights reserved.", "Sign up for our morning newsletter.", "Read more stories like this"];
const FILLERS = ["reportedly", "officials said", "according to reports", "it was said", "notably"];

function documentOf(id: string, paragraphs: string[], published: string | null, identity: Int32Array): CleanDocument {
  const text = paragraphs.join("\n\n");
  const spans = [];
  let at = 0;
  for (const paragraph of paragraphs) {
    spans.push({ start: at, end: at + paragraph.length });
    at += paragraph.length + 2;
  }
  return {
    id,
    source: id,
    raw: text,
    format: "text",
    given: {},
    messages: [],
    text,
    toRaw: identity.subarray(0, text.length),
    paragraphs: spans,
    removed: [],
    meta: { title: null, outlet: null, wire: null, dateline: null, published, language: "en" },
  };
}

function bumpFigures(sentence: string, random: Random): string {
  return sentence.replace(/\b\d{1,4}\b/g, (value) => String(Number(value) + 1 + random.int(20)));
}

function reword(sentence: string, random: Random): string {
  const clauses = sentence.replace(/[.!?]["”]?$/, "").split(/,\s*/);
  if (clauses.length > 1 && random.next() < 0.5) clauses.push(clauses.shift() ?? "");
  const words = clauses.join(", ").split(" ").filter((word, index) => index === 0 || random.next() > 0.2);
  words.splice(1 + random.int(Math.max(1, words.length - 1)), 0, random.pick(FILLERS));
  return `${words.join(" ")}.`;
}

/** `count` documents: stories and, for some, derived reports. */
export function buildCorpus(chain: BigramChain, count: number, seed: number): SyntheticCorpus {
  const random = new Random(seed);
  const identity = Int32Array.from({ length: 20000 }, (_, i) => i);
  const docs: CleanDocument[] = [];
  const truth: Truth[] = [];
  const family = new Map<string, number>();
  let story = 0;
  while (docs.length < count) {
    const paragraphs = Array.from({ length: 3 + random.int(3) }, () =>
      Array.from({ length: 1 + random.int(3) }, () => chain.sentence(random)).join(" "),
    );
    const day = 1 + random.int(27);
    const date = (d: number): string => `2026-02-${String(d).padStart(2, "0")}`;
    const baseId = `s${story}`;
    docs.push(documentOf(baseId, paragraphs, date(day), identity));
    family.set(baseId, story);
    const roll = random.next();
    const add = (suffix: string, body: string[], relation: LinkRelation, published: string | null): void => {
      if (docs.length >= count) return;
      const id = `${baseId}${suffix}`;
      docs.push(documentOf(id, body, published, identity));
      family.set(id, story);
      truth.push({ base: baseId, derived: id, relation });
    };
    if (roll < 0.1) {
      add("-copy", [random.pick(CHROME_TOP), ...paragraphs, random.pick(CHROME_BOTTOM)], "duplicate", date(day));
    } else if (roll < 0.2) {
      const edited = paragraphs.map((paragraph) => bumpFigures(paragraph, random));
      if (random.next() < 0.5) edited.splice(1 + random.int(edited.length - 1), 1);
      else edited.push(chain.sentence(random) + " " + chain.sentence(random));
      edited[0] = `${chain.sentence(random)} ${edited[0]}`;
      add("-version", edited, "version", date(day + 1));
    } else if (roll < 0.25) {
      const reworded = paragraphs.map((paragraph) => paragraph.split(/(?<=[.!?])\s+/).map((s) => reword(s, random)).join(" "));
      add("-rewrite", reworded, "rewrite", date(day + 1));
    }
    story++;
  }
  return { docs, truth, family };
}
