// Weighted vectors over the three feature channels and the similarity of two reports.
// IDF comes from the documents seen so far, so it sharpens as the stream grows.
import type { DocumentFeatures } from "./features.ts";
import { agesDisagree, incidentAgreement, peopleDisagree, streetsDisagree } from "./incident.ts";

export type Channel = "t" | "n" | "p" | "l" | "w";
export type Vector = Map<string, number>;

export interface SimilarityWeights {
  terms: number;
  names: number;
  places: number;
  lead: number;
  when: number;
  /** Two reports whose main-event days differ by more than this many days are discounted. */
  dayWindow: number;
  /** Factor applied when the main-event days (or years) disagree. */
  datePenalty: number;
  /**
   * Places and dates say where and when, not what: they count in full only once the reports'
   * own words (terms, names, lead) are at least this alike, in proportion below it. Two
   * shootings in one city in one week share the city and the month and nothing else.
   */
  contextGate: number;
}

const PRIOR_DOCUMENTS = 20;

/** Document frequencies of channel-prefixed keys ("t:quake", "n:palin", "p:Quetta|PK"). */
export class FeatureStats {
  documents = 0;
  readonly df = new Map<string, number>();

  count(features: DocumentFeatures): void {
    this.documents += 1;
    for (const [channel, map] of channels(features)) {
      for (const key of map.keys()) {
        const k = `${channel}:${key}`;
        this.df.set(k, (this.df.get(k) ?? 0) + 1);
      }
    }
  }

  /** A report taken back (removed, or about to be counted again as its new version). */
  uncount(features: DocumentFeatures): void {
    this.documents -= 1;
    for (const [channel, map] of channels(features)) {
      for (const key of map.keys()) {
        const k = `${channel}:${key}`;
        const df = (this.df.get(k) ?? 0) - 1;
        if (df > 0) this.df.set(k, df);
        else this.df.delete(k);
      }
    }
  }

  /**
   * Smoothed IDF. PRIOR_DOCUMENTS stand for the rest of the news that does not hold the key:
   * without them, in a handful of reports of one event, the words all of them share (the very
   * evidence that they are one event) would weigh nothing. For large collections it fades out.
   */
  idf(key: string): number {
    const df = this.df.get(key) ?? 0;
    return Math.log((this.documents + PRIOR_DOCUMENTS + 1) / (df + 0.5));
  }
}

export function channels(f: DocumentFeatures): [Channel, Map<string, number>][] {
  return [
    ["t", f.terms],
    ["n", f.names],
    ["p", f.places],
    ["l", f.lead],
    ["w", f.when],
  ];
}

/** Sublinear tf times idf, L2-normalised; keys keep their channel prefix. */
export function weightVector(counts: Map<string, number>, channel: Channel, stats: FeatureStats): Vector {
  const v: Vector = new Map();
  let norm = 0;
  for (const [key, tf] of counts) {
    const k = `${channel}:${key}`;
    const w = (1 + Math.log(1 + tf)) * Math.max(0, stats.idf(k));
    if (w <= 0) continue;
    v.set(k, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [k, w] of v) v.set(k, w / norm);
  return v;
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of small) {
    const o = large.get(k);
    if (o !== undefined) dot += w * o;
  }
  return dot;
}

export interface DocumentVectors {
  features: DocumentFeatures;
  terms: Vector;
  names: Vector;
  places: Vector;
  lead: Vector;
  when: Vector;
}

export function vectorsOf(features: DocumentFeatures, stats: FeatureStats): DocumentVectors {
  return {
    features,
    terms: weightVector(features.terms, "t", stats),
    names: weightVector(features.names, "n", stats),
    places: weightVector(features.places, "p", stats),
    lead: weightVector(features.lead, "l", stats),
    when: weightVector(features.when, "w", stats),
  };
}

/** Do the two reports' dates of what happened allow one event? 1 = yes or unknown. */
export function dateAgreement(a: DocumentFeatures, b: DocumentFeatures, w: SimilarityWeights): number {
  if (a.eventDay !== null && b.eventDay !== null) {
    return Math.abs(a.eventDay - b.eventDay) > w.dayWindow ? w.datePenalty : 1;
  }
  if (a.eventYear !== null && b.eventYear !== null && a.eventYear !== b.eventYear) return w.datePenalty;
  return 1;
}

/**
 * Reports this alike share a distinctive telling (the same details, the same names) whatever
 * their dates and places say: a long story's follow-ups. Below it, disagreeing incident days
 * or places keep alike events apart (incident.ts).
 */
export const DISTINCTIVE_SIMILARITY = 0.25;

/**
 * ... and their own words (terms, names, lead; not the city and the week they share) at least
 * this alike: a city's beat reports reach the bar above on its name, its police and its dates.
 */
export const DISTINCTIVE_CONTENT = 0.15;

export function similarity(a: DocumentVectors, b: DocumentVectors, w: SimilarityWeights): number {
  let score = w.terms * cosine(a.terms, b.terms);
  let total = w.terms;
  // A channel only counts when both reports have something in it: no names is not a mismatch.
  for (const channel of ["names", "lead"] as const) {
    if (a[channel].size > 0 && b[channel].size > 0) {
      score += w[channel] * cosine(a[channel], b[channel]);
      total += w[channel];
    }
  }
  const content = score / total;
  const gate = w.contextGate > 0 ? Math.min(1, content / w.contextGate) : 1;
  for (const channel of ["places", "when"] as const) {
    if (a[channel].size > 0 && b[channel].size > 0) {
      score += w[channel] * cosine(a[channel], b[channel]) * gate;
      total += w[channel];
    }
  }
  const base = (score / total) * dateAgreement(a.features, b.features, w);
  // Different streets, victims or ages are the incident's own facts: no likeness of telling outweighs them.
  const ia = a.features.incident, ib = b.features.incident;
  const distinctive = base >= DISTINCTIVE_SIMILARITY && content >= DISTINCTIVE_CONTENT && !streetsDisagree(ia, ib) && !peopleDisagree(ia, ib) && !agesDisagree(ia, ib);
  return distinctive ? base : base * incidentAgreement(a.features.incident, b.features.incident);
}
