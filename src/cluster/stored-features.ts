// A report's cluster features as a store can keep them with the report's derivation, so that
// an engine loading a store does not reduce every report to features again (over half of
// clustering a loaded store). Features read the text with its chrome blanked out, and the
// chrome the clusterer learns is the collection's: features kept are those made with only the
// report's own boilerplate (contact lines, rights notices) blanked, and they are used only
// while the collection's chrome leaves out exactly that (`mask`); otherwise they are made again.
import type { CleanDocument } from "../types.ts";
import { boilerplateSpans, maskSpans } from "./chrome.ts";
import { extractFeatures, type DocumentFeatures } from "./features.ts";
import { describeIncident } from "./incident.ts";

export interface StoredFeatures {
  /** The spans blanked when they were made ("start-end,…"): the same spans, the same features. */
  mask: string;
  /** As JSON takes them (maps and sets tagged), incident people not yet settled by the collection's words. */
  features: unknown;
}

/** The spans a mask leaves out, as the clusterer compares them. */
export function maskKey(spans: { start: number; end: number }[]): string {
  return spans.map((s) => `${s.start}-${s.end}`).join(",");
}

/** A report's features with its own boilerplate left out, in the form a store keeps. */
export function featuresToStore(doc: CleanDocument): StoredFeatures {
  const spans = boilerplateSpans(doc.text);
  return { mask: maskKey(spans), features: plain(featuresOf(doc, spans)) };
}

/** Features of a report with `spans` blanked, incident described (its people not settled). */
export function featuresOf(doc: CleanDocument, spans: { start: number; end: number }[]): DocumentFeatures {
  const masked = { ...doc, text: maskSpans(doc.text, spans) };
  const features = extractFeatures(masked);
  features.incident = describeIncident(masked, features, features.eventDayStated);
  return features;
}

/** Stored features back, when made with this mask; null otherwise (or when they do not read back). */
export function storedFeatures(stored: StoredFeatures | undefined, mask: string): DocumentFeatures | null {
  if (!stored || stored.mask !== mask) return null;
  const features = revive(stored.features) as DocumentFeatures | null;
  return features && typeof features === "object" && typeof features.id === "string" && features.terms instanceof Map ? features : null;
}

function plain(value: unknown): unknown {
  if (value instanceof Map) return { $map: [...value].map(([k, v]) => [k, plain(v)]) };
  if (value instanceof Set) return { $set: [...value] };
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (!value || typeof value !== "object") return value;
  const tagged = value as { $map?: [unknown, unknown][]; $set?: unknown[] };
  if (Array.isArray(tagged.$map)) return new Map(tagged.$map.map(([k, v]) => [k, revive(v)]));
  if (Array.isArray(tagged.$set)) return new Set(tagged.$set);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
}
