// The pipeline: the one place that knows the stages and their order. Data flows one way:
//
//   ingest -> clean -> lineage -> cluster -> extract -> reconcile -> report
//
// Why this order: cleaning must come first, since chrome shared across outlets would
// otherwise look like copied text; lineage before clustering, so that copies stay together;
// extraction after clustering only because reconciliation needs both, extraction itself
// reads one document at a time. A stage that fails on one document costs that document, never
// the run: the failure becomes a problem naming the input and the reason.
import { cleanDocuments, cleanDocument } from "./clean/index.ts";
import { clusterDocuments } from "./cluster/index.ts";
import { extractDocuments, FIGURE_LANGUAGES } from "./extract/index.ts";
import { oversizeReason, readInputs, type IngestOptions } from "./ingest/index.ts";
import { findLineage } from "./lineage/index.ts";
import { reconcileEvent } from "./reconcile/index.ts";
import { buildReport } from "./report/index.ts";
import type { CleanDocument, Event, Family, InputMessage, Problem, Report, SourceDocument } from "./types.ts";
import { appendAll } from "./arrays.ts";
import { splitSentences } from "./text/sentences.ts";

/** Text below this length is too short for its detected language to be trusted (see clean/language.ts). */
const LANGUAGE_EVIDENCE_CHARS = 200;

export interface PipelineOptions {
  /** The run's timestamp, for the report (stages never read the clock). */
  generatedAt: string;
  /** Progress for long runs: a stage name and a short message. */
  onProgress?: (stage: string, message: string) => void;
  stdin?: IngestOptions["stdin"];
  /** For feeds given by URL: read each item's link for the full text. */
  fetchItems?: boolean;
}

export interface SourcesReport {
  report: Report;
  /**
   * The documents the report was made from, as cleaning left them (with `toRaw`, which the
   * report does not carry): what a document page needs to mark a statement in the text
   * without cleaning it a second time.
   */
  documents: CleanDocument[];
}

export interface PipelineResult extends SourcesReport {
  /** Inputs a folder walk passed over (not article formats): worth a notice, not a failure. */
  skipped: InputMessage[];
}

/** Reads the inputs and runs every stage: the `crosscheck report` job. */
export async function runPipeline(paths: string[], options: PipelineOptions): Promise<PipelineResult> {
  const progress = options.onProgress ?? (() => {});
  let read = 0;
  const ingested = await readInputs(paths, {
    stdin: options.stdin,
    fetchItems: options.fetchItems,
    onFile: () => {
      if (++read % 500 === 0) progress("ingest", `${read} files read`);
    },
  });
  progress("ingest", `${plural(ingested.documents.length, "document")} from ${plural(read, "input")}, ${plural(ingested.problems.length, "problem")}`);
  const { report, documents } = await reportFromSources(ingested.documents, ingested.problems, options);
  return { report, documents, skipped: ingested.skipped };
}

/** Runs the stages after ingest over documents already read (from files or from a store). */
export async function reportFromSources(sources: SourceDocument[], problems: Problem[], options: PipelineOptions): Promise<SourcesReport> {
  const progress = options.onProgress ?? (() => {});
  const allProblems = [...problems];
  // Documents stored before the size budget existed are held to it here too.
  const withinBudget = sources.filter((doc) => {
    const oversize = oversizeReason(doc.raw);
    if (oversize) allProblems.push({ stage: "ingest", rule: "too-large", source: doc.source, reason: oversize, fatal: true });
    return !oversize;
  });
  const documents = guarded(allProblems, "clean", withinBudget, (batch) => cleanDocuments(batch), (doc) => [cleanDocument(doc)]);
  const usable = documents.filter((d) => {
    if (d.text.trim()) return true;
    allProblems.push({ stage: "clean", rule: "no-text-left", source: d.source, reason: "no article text left after cleaning (only boilerplate)", fatal: true });
    return false;
  });
  progress("clean", `${plural(usable.length, "document")} cleaned`);

  const lineage = await findLineage(usable);
  // The documents go on carrying lineage's messages; the ones given stay as they were.
  const traced = usable.map((doc): CleanDocument => {
    const found = lineage.messages.get(doc.id);
    return found ? { ...doc, messages: [...doc.messages, ...found] } : doc;
  });
  progress("lineage", `${lineage.links.length} links`);

  const clusters = clusterDocuments(traced, lineage.links);
  progress("cluster", plural(clusters.length, "event"));

  const extractions = guarded(allProblems, "extract", traced, (batch) => extractDocuments(batch), (doc) => extractDocuments([doc]));
  const languages = new Map<string, number>();
  for (const d of traced) languages.set(d.meta.language, (languages.get(d.meta.language) ?? 0) + 1);
  const read = [...languages].map(([language, n]) => `${language} ${n}`).join(", ");
  progress("extract", `${plural(extractions.reduce((n, x) => n + x.statements.length, 0), "statement")}; languages: ${read}`);
  // A report in a language extraction does not read says so, rather than showing no figures in
  // silence. Only where the language was read from enough text to trust it, and nothing was found.
  const found = new Set(extractions.filter((x) => x.statements.length > 0).map((x) => x.document));
  const noticed = traced.map((doc): CleanDocument => {
    const language = doc.meta.language;
    if (FIGURE_LANGUAGES.has(language) || language === "und" || found.has(doc.id) || doc.text.length < LANGUAGE_EVIDENCE_CHARS) return doc;
    const reason = `written in ${language}: figures are read from English text only, so any figures this report gives were not read`;
    return { ...doc, messages: [...doc.messages, { stage: "extract", rule: "language-without-figures", reason }] };
  });

  // Each event is given only the families with a member in it (reconciliation keeps to the
  // event's members anyway): reading every family's ordered pairs for every event grew with
  // events × families, and a family of copies holds pairs in the square of its size.
  const familyOfDocument = new Map<string, number>();
  lineage.families.forEach((family, i) => family.members.forEach((member) => familyOfDocument.set(member, i)));
  const familiesIn = (documents: string[]): Family[] => {
    const held = new Set<number>();
    for (const id of documents) {
      const i = familyOfDocument.get(id);
      if (i !== undefined) held.add(i);
    }
    return [...held].sort((x, y) => x - y).map((i) => lineage.families[i]);
  };
  const events: Event[] = clusters.map((cluster) => reconcileEvent({ cluster, documents: noticed, extractions, families: familiesIn(cluster.documents) }));
  progress("reconcile", plural(events.reduce((n, e) => n + e.figures.length, 0), "figure"));

  const report = buildReport({ documents: noticed, links: lineage.links, families: lineage.families, events, problems: allProblems, generatedAt: options.generatedAt });
  return { report, documents: noticed };
}

/**
 * Runs a set-level stage; if it throws, runs it one document at a time so that only the
 * documents it fails on are lost, each recorded as a problem.
 */
function guarded<T extends { id: string; source?: string }, R>(
  problems: Problem[],
  stage: string,
  items: T[],
  all: (items: T[]) => R[],
  one: (item: T) => R[],
): R[] {
  try {
    return all(items);
  } catch {
    const out: R[] = [];
    for (const item of items) {
      try {
        appendAll(out, one(item));
      } catch (error) {
        problems.push({ stage, rule: "stage-failed", source: item.source ?? item.id, reason: `${stage} failed: ${(error as Error).message}`, fatal: true });
      }
    }
    return out;
  }
}

/** "1 event", "2 events": the progress lines count in words a reader would write. */
function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** Texts longer than this are compared by their sentences alone: a request must not wait on cleaning them. */
const VERSION_LINEAGE_CHARS = 200_000;
/** Word-set Jaccard from which two texts lineage cannot judge are one document (a figure or a word changed, not the story). */
const SHORT_VERSION_WORDS = 0.5;

export interface VersionLink {
  /** Lineage's relation between the two texts, or "words" when they were compared by their words alone. */
  relation: "duplicate" | "version" | "rewrite" | "words";
  /** Sentences added, dropped or reworded from the older text to the newer. */
  sentencesChanged: number;
}

/**
 * Whether a new text from a source is a version of the text stored from it: lineage (each
 * text cleaned on its own, so that what they share is not taken for an outlet's chrome) links
 * the two. Texts too short for lineage to judge, or too long to clean on a request's time,
 * are one document when they share most of their words. Null: another document that came
 * from the same place.
 */
export async function versionLink(older: SourceDocument, newer: SourceDocument): Promise<VersionLink | null> {
  if (older.raw.length <= VERSION_LINEAGE_CHARS && newer.raw.length <= VERSION_LINEAGE_CHARS) {
    const [a] = cleanDocuments([{ ...older, id: "older", messages: [] }]);
    const [b] = cleanDocuments([{ ...newer, id: "newer", messages: [] }]);
    const link = (await findLineage([a, b])).links[0];
    if (link) return { relation: link.relation, sentencesChanged: link.relation === "version" ? link.changes.length : changedSentenceCount(a.text, b.text) };
    const shortest = Math.min(splitSentences(a.text).length, splitSentences(b.text).length);
    if (shortest >= LINEAGE_MIN_SENTENCES) return null;
    return sharedWords(a.text, b.text) >= SHORT_VERSION_WORDS ? { relation: "words", sentencesChanged: changedSentenceCount(a.text, b.text) } : null;
  }
  return sharedWords(older.raw, newer.raw) >= SHORT_VERSION_WORDS ? { relation: "words", sentencesChanged: changedSentenceCount(older.raw, newer.raw) } : null;
}

/** Lineage needs a shared block of a few sentences to link two texts: below that it cannot judge. */
const LINEAGE_MIN_SENTENCES = 4;

/** Sentences in one text and not the other, a rewritten one counted once (the larger side). */
function changedSentenceCount(before: string, after: string): number {
  const sentences = (text: string) => new Set(splitSentences(text).map((s) => text.slice(s.start, s.end).replace(/\s+/g, " ").trim()).filter(Boolean));
  const a = sentences(before);
  const b = sentences(after);
  const dropped = [...a].filter((s) => !b.has(s)).length;
  const added = [...b].filter((s) => !a.has(s)).length;
  return Math.max(dropped, added);
}

/** Jaccard of the two texts' sets of lower-cased words. */
function sharedWords(before: string, after: string): number {
  const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const a = words(before);
  const b = words(after);
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared / Math.max(1, a.size + b.size - shared);
}
