// The engine: the stages after ingest, kept running over a growing set of documents. What a
// document gives on its own (cleaned text, its own extraction) is derived once, and again only
// when the chrome it looked up changed (src/engine/derived.ts); the clusterer keeps its events
// and takes new reports in; only events whose reports, families or readings changed are
// reconciled again. `crosscheck report` runs it once over the documents read, `events` and the
// server over a store (src/runs/stored.ts), so there is one code path.
//
// Chrome (clean/chrome-learner.ts) and lineage (lineage/lineage-index.ts) are kept and told
// what arrived. Set-level passes that still run over the whole set on every `add`: the
// extraction's set pass (unifyExtractions) and, unless the engine streams, the clusterer's
// re-check.
import { ChromeLearner } from "../clean/index.ts";
import { EventClusterer } from "../cluster/index.ts";
import { FIGURE_LANGUAGES, unifyExtractions } from "../extract/index.ts";
import { oversizeReason } from "../ingest/index.ts";
import { LineageIndex, type LineageResult } from "../lineage/index.ts";
import { reconcileEvent } from "../reconcile/index.ts";
import { buildReport } from "../report/index.ts";
import type { Store, StoredDocument } from "../store/index.ts";
import type { Attribution, CleanDocument, Cluster, Event, Extraction, Family, Link, Problem, Report, SourceDocument } from "../types.ts";
import { createPool } from "../parallel/index.ts";
import { deriveDocument, fromRecord, hashChrome, stillHolds, toRecord, type DerivedDocument } from "./derived.ts";
import { clusterMoves, type EventChanges } from "./events.ts";

export { codeFingerprint, decodeOffsets, deriveDocument, encodeOffsets, type DerivedDocument } from "./derived.ts";
export type { EventChanges } from "./events.ts";

/** Text below this length is too short for its detected language to be trusted (see clean/language.ts). */
const LANGUAGE_EVIDENCE_CHARS = 200;

/** The order the batch pipeline has always listed a run's problems in: by the step that found them. */
const PROBLEM_ORDER = ["ingest:too-large", "clean:stage-failed", "clean:no-text-left", "extract:stage-failed"];

export interface EngineOptions {
  /** Where derivations are kept between runs; none for a one-off run over files. */
  store?: Store;
  onProgress?: (stage: string, message: string) => void;
  /**
   * Threads for deriving documents (cleaning and reading each one, src/parallel/). Default 1:
   * a server's engine already runs off the request path; `crosscheck report` and `events`
   * pass their `--jobs` (the cores by default).
   */
  jobs?: number;
  /**
   * Cluster as a stream: a new report joins its event at once, at the cost of its candidate
   * neighbours and their events, and the clusterer's re-check waits for its growth schedule or
   * `settle()`, so events may differ from a batch run's until then (docs/scaling.md). Off by
   * default: `report` and `events` give what one batch gives; a server's engine streams.
   */
  streaming?: boolean;
}

/** A document to add: a source, with its stored version when it comes from a store. */
export type EngineInput = SourceDocument & { version?: number };

export interface EngineChange extends EventChanges {
  /** Documents cleaned and read in this add: new ones, new versions, and those whose chrome changed. */
  derived: string[];
}

export interface EngineReport {
  report: Report;
  /** The documents the report was made from, as cleaning left them (with `toRaw`). */
  documents: CleanDocument[];
}

interface HeldEvent {
  /** What the event was reconciled from: equal keys, equal events. */
  key: string;
  /** The cluster the key was last made for (the clusterer's own object). */
  cluster: Cluster;
  event: Event;
}

export class Engine {
  /** Every document by id, in the order first given (a new version keeps its place). */
  private readonly documents = new Map<string, DerivedDocument>();
  /** Changes whenever a document's derivation is replaced: part of its events' keys. */
  private readonly derivedAt = new Map<string, number>();
  private serial = 0;
  /** Chrome learnt over the plain-text documents held, kept and told what arrives (clean/chrome-learner.ts). */
  private readonly chromeLearner = new ChromeLearner();
  private chromeHashes = new Set<number>();
  /** Lineage kept over the usable documents: an add verifies only pairs that became candidates. */
  private readonly lineageIndex = new LineageIndex();
  private readonly clusterer = new EventClusterer();
  /** Documents the clusterer holds (with the derivation it was given) and the links it was given. */
  private readonly clustered = new Map<string, DerivedDocument>();
  private readonly linksGiven = new Map<string, Link>();
  private lineage: LineageResult = { links: [], families: [], messages: new Map() };
  private clusters: Cluster[] = [];
  private noticed: CleanDocument[] = [];
  private extractions: Extraction[] = [];
  private readonly events = new Map<string, HeldEvent>();
  private queue: Promise<unknown> = Promise.resolve();
  /** The store's highest seq this engine has read (Store.documentsSince). */
  private storedSeq = 0;

  constructor(private readonly options: EngineOptions = {}) {}

  /** An engine holding every stored document (newest versions), derived from what the store kept where it still holds. */
  static async fromStore(store: Store, options: Omit<EngineOptions, "store"> = {}, latest?: StoredDocument[]): Promise<Engine> {
    const engine = new Engine({ ...options, store });
    await engine.sync(latest);
    return engine;
  }

  /**
   * Takes in what the store holds that this engine does not (new documents, new versions),
   * with the derivations the store kept where they still hold. `latest` is the store's
   * `latestDocuments()` when the caller has read it already.
   */
  sync(latest?: StoredDocument[]): Promise<EngineChange> {
    return this.queued(() => this.syncNow(latest));
  }

  /**
   * `sync`, then the report, in one turn: no other change comes between. `problems` can be
   * worked out from the documents held once synced (the stored ones, as the store gave them),
   * which come back as `sources`.
   */
  syncedReport(
    generatedAt: string,
    problems: Problem[] | ((sources: EngineInput[]) => Problem[]) = [],
    latest?: StoredDocument[],
  ): Promise<EngineReport & { change: EngineChange; sources: EngineInput[] }> {
    return this.queued(async () => {
      const change = await this.syncNow(latest);
      const sources = this.sources();
      return { ...this.report(generatedAt, typeof problems === "function" ? problems(sources) : problems), change, sources };
    });
  }

  private async syncNow(latest?: StoredDocument[]): Promise<EngineChange> {
    const store = this.options.store;
    if (!store) throw new Error("Engine.sync needs an engine made over a store (Engine.fromStore)");
    // Only the rows stored since the last sync, unless the caller read every document already.
    let documents = latest;
    if (!documents) {
      const since = await store.documentsSince(this.storedSeq);
      this.storedSeq = since.seq;
      documents = since.documents;
    }
    const fresh = documents.filter((d) => this.documents.get(d.id)?.version !== d.version);
    if (fresh.length === 0) return { derived: [], changed: [], merged: [], split: [], removed: [] };
    const wanted = new Map(fresh.map((d) => [`${d.id}\u0000${d.version}`, d]));
    const kept = new Map<string, DerivedDocument>();
    // All rows at once when most are wanted (a first run), else by id (a run after a few new reports).
    const records = fresh.length > Math.max(documents.length, this.documents.size) / 2 ? await store.derived() : await store.derived(fresh.map((d) => d.id));
    for (const record of records) {
      const source = wanted.get(`${record.id}\u0000${record.version}`);
      if (source) kept.set(record.id, fromRecord(source, record));
    }
    return this.take(fresh, kept);
  }

  /** The documents held, as given (the stored ones with their versions), in the order first given. */
  sources(): EngineInput[] {
    return [...this.documents.values()].map((d) => d.source);
  }

  /**
   * Adds documents (a document whose id is held already is its new version). Returns what
   * changed: the documents derived, and the events new or changed, merged, split or gone.
   */
  add(documents: EngineInput[]): Promise<EngineChange> {
    return this.queued(() => this.take(documents, new Map()));
  }

  /** One change at a time: a second `add` or `sync` waits for the first. */
  private queued<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async take(documents: EngineInput[], stored: Map<string, DerivedDocument>): Promise<EngineChange> {
    const progress = this.options.onProgress ?? (() => {});
    const pending = new Set<string>();
    const arrived: EngineInput[] = [];
    for (const doc of documents) {
      const version = doc.version ?? 1;
      const held = this.documents.get(doc.id);
      if (held && held.version === version && held.source.raw === doc.raw) continue;
      // A placeholder until derived below (or taken from the store when it still holds).
      this.documents.set(doc.id, stored.get(doc.id) ?? { source: doc, version, cleaned: null, extraction: null, problems: [], probes: [], fingerprint: "" });
      if (!stored.has(doc.id)) pending.add(doc.id);
      arrived.push(doc);
    }
    // The set-level stages list documents in the order they were first given.
    const order = [...this.documents.keys()];
    this.chromeLearner.place(order);
    this.lineageIndex.place(order);

    // Chrome is the one thing a document's cleaning reads of others: learnt over the whole set,
    // and a derivation that looked up a paragraph whose answer changed is made again.
    // (Documents over the size budget are never read, so they teach nothing either.)
    const learnable = (d: SourceDocument) => d.format === "text" && !oversizeReason(d.raw);
    const chromeChange = this.chromeLearner.update(arrived.filter(learnable), arrived.filter((d) => !learnable(d)).map((d) => d.id));
    const changedHashes = hashChrome(new Set([...chromeChange.added, ...chromeChange.removed]));
    if (changedHashes.size) this.chromeHashes = hashChrome(this.chromeLearner.chrome);
    for (const [id, held] of this.documents) {
      if (pending.has(id)) continue;
      // A stored derivation is checked whole; one held here only if it asked about a paragraph whose answer changed.
      const asked = stored.has(id) || (changedHashes.size > 0 && held.probes.some((p) => changedHashes.has(p)));
      if (asked && !stillHolds(held.probes, held.fingerprint, this.chromeHashes)) pending.add(id);
    }
    const chrome = this.chromeLearner.chrome;
    const fresh = await this.derive([...this.documents.values()].filter((held) => pending.has(held.source.id)), chrome);
    const derivedNow: DerivedDocument[] = [];
    for (const [id] of this.documents) {
      const derived = fresh.get(id);
      if (derived) {
        this.documents.set(id, derived);
        derivedNow.push(derived);
      }
      if (pending.has(id) || stored.has(id)) this.derivedAt.set(id, ++this.serial);
    }
    if (this.options.store && derivedNow.length) await this.options.store.putDerived(derivedNow.map(toRecord));
    const held = [...this.documents.values()];
    const usable = held.flatMap((d) => (d.cleaned ? [d.cleaned] : []));
    progress("clean", `${plural(usable.length, "document")} cleaned (${derivedNow.length} derived now)`);

    // Lineage takes in the documents derived now (or read from the store) and lets go of those no longer usable.
    const renewed = held.filter((d) => pending.has(d.source.id) || stored.has(d.source.id));
    const lost = await this.lineageIndex.remove(renewed.filter((d) => !d.cleaned).map((d) => d.source.id));
    const found = await this.lineageIndex.add(renewed.flatMap((d) => (d.cleaned ? [d.cleaned] : [])));
    const familiesBefore = this.lineage.families;
    this.lineage = { links: this.lineageIndex.allLinks(), families: this.lineageIndex.families(), messages: this.lineageIndex.messages() };
    // What an event is reconciled from can have changed only for these reports (see reconcile).
    const touched = new Set(renewed.map((d) => d.source.id));
    for (const link of [...lost.added, ...lost.removed, ...found.added, ...found.removed]) touched.add(link.a).add(link.b);
    const inFamilies = membersOfFamiliesHolding(touched, [familiesBefore, this.lineage.families]);
    const traced = usable.map((doc): CleanDocument => {
      const found = this.lineage.messages.get(doc.id);
      return found ? { ...doc, messages: [...doc.messages, ...found] } : doc;
    });
    progress("lineage", `${this.lineage.links.length} links`);

    const before = this.clusters;
    this.clusters = this.cluster(traced, this.lineage.links, [...lost.removed, ...found.removed], [...lost.added, ...found.added]);
    progress("cluster", plural(this.clusters.length, "event"));

    const readingsBefore = new Map(this.extractions.map((x) => [x.document, x]));
    this.extractions = unifyExtractions(held.flatMap((d) => (d.cleaned && d.extraction ? [d.extraction] : [])));
    for (const id of inFamilies) touched.add(id);
    // The set pass can name an actor or a speaker anew in any report: those read otherwise are touched too.
    for (const x of this.extractions) if (!sameReadings(readingsBefore.get(x.document), x)) touched.add(x.document);
    progress("extract", `${plural(this.extractions.reduce((n, x) => n + x.statements.length, 0), "statement")}; languages: ${languagesOf(traced)}`);
    this.noticed = noticeLanguages(traced, this.extractions);

    const changed = this.reconcile(touched);
    progress("reconcile", `${plural(changed.length, "event")} reconciled again of ${this.clusters.length}`);
    return { derived: derivedNow.map((d) => d.source.id), changed, ...clusterMoves(before, this.clusters) };
  }

  /**
   * Derives documents with the set's chrome, on the pool's threads when there are enough of
   * them (the pool runs few items in this thread); the same derivations either way, by id.
   */
  private async derive(pending: DerivedDocument[], chrome: Set<string>): Promise<Map<string, DerivedDocument>> {
    const out = new Map<string, DerivedDocument>();
    const jobs = this.options.jobs ?? 1;
    if (jobs <= 1) {
      for (const held of pending) out.set(held.source.id, deriveDocument(held.source, held.version, chrome));
      return out;
    }
    const pool = createPool({ jobs });
    try {
      const outcomes = await pool.run("derive", pending.map((held) => ({ source: held.source, version: held.version })), [...chrome]);
      outcomes.forEach((outcome, i) => {
        const { source, version } = pending[i];
        if (!outcome.ok) {
          // A worker lost (not a stage's throw: deriveDocument records those): this document alone, derived here.
          out.set(source.id, deriveDocument(source, version, chrome));
          return;
        }
        // The worker sent the texts back empty: each document gets its own original again.
        const derived = outcome.value;
        out.set(source.id, { ...derived, source, cleaned: derived.cleaned && { ...derived.cleaned, raw: source.raw } });
      });
    } finally {
      await pool.close();
    }
    return out;
  }

  /**
   * The clusterer takes new reports in, a report derived anew in its place, and gives back
   * reports and links gone; it never starts over. It settles (the re-check one batch ends in)
   * unless the engine streams, when new reports join their events at once and the re-check
   * is left to the clusterer's growth schedule and `settle()`.
   */
  private cluster(traced: CleanDocument[], links: Link[], removed: Link[], added: Link[]): Cluster[] {
    const linkKey = (l: Link) => `${l.a}\u0000${l.b}\u0000${l.relation}`;
    const held = new Map(traced.map((d) => [d.id, d]));
    this.clusterer.orderLinks(links);
    for (const [id, given] of this.clustered) {
      const doc = held.get(id);
      if (!doc) this.clusterer.remove(id);
      else if (this.documents.get(id) !== given) {
        this.clusterer.replace(doc, this.documents.get(id)!.clusterFeatures);
        delete this.documents.get(id)!.clusterFeatures; // taken in (the store has them): not held twice
      }
      if (!doc) this.clustered.delete(id);
      else this.clustered.set(id, this.documents.get(id)!);
    }
    // The links given are lineage's links of the last add: only those lineage reported removed
    // can be gone (a pair it no longer links, or links otherwise), and only those it reported
    // added can be new (in lineage's order, which `added` keeps).
    const gone = new Map<string, Link>();
    for (const link of removed) {
      const key = linkKey(link);
      const given = this.linksGiven.get(key);
      const now = this.lineageIndex.linkOf(link.a, link.b);
      if (given && !(now && linkKey(now) === key)) gone.set(key, given);
    }
    this.clusterer.unlink([...gone.values()]);
    for (const key of gone.keys()) this.linksGiven.delete(key);
    const fresh = traced.filter((d) => !this.clustered.has(d.id));
    for (const d of fresh) this.clustered.set(d.id, this.documents.get(d.id)!);
    const newLinks = added.filter((l) => this.lineageIndex.linkOf(l.a, l.b) === l && !this.linksGiven.has(linkKey(l)));
    for (const l of newLinks) this.linksGiven.set(linkKey(l), l);
    const stored = new Map(fresh.flatMap((d) => {
      const features = this.documents.get(d.id)!.clusterFeatures;
      return features ? [[d.id, features] as const] : [];
    }));
    if (fresh.length || newLinks.length) this.clusterer.add(fresh, newLinks, stored);
    for (const d of fresh) delete this.documents.get(d.id)!.clusterFeatures;
    return this.clusterer.clusters({ settle: !this.options.streaming });
  }

  /** Whether the events are what one batch over the same reports gives (always, unless the engine streams). */
  get settled(): boolean {
    return this.clusterer.settled;
  }

  /**
   * A streaming engine's events made what one batch gives: the clusterer's re-check, then the
   * events it changed reconciled again. Nothing to do when settled.
   */
  settle(): Promise<EngineChange> {
    return this.queued(async () => {
      const before = this.clusters;
      if (!this.clusterer.settled) this.clusters = this.clusterer.clusters({ settle: true });
      const changed = before === this.clusters ? [] : this.reconcile(new Set());
      return { derived: [], changed, ...clusterMoves(before, this.clusters) };
    });
  }

  /**
   * Reconciles the events whose inputs changed; returns their ids. An event whose cluster is
   * the object the clusterer gave last time (it returns an event it did not touch as is) and
   * holds none of the `touched` reports (derived anew, in a link or family that changed, or
   * read otherwise by extraction's set pass) has the key it had: no key is made for it.
   */
  private reconcile(touched: Set<string>): string[] {
    const position = new Map(this.noticed.map((d, i) => [d.id, i]));
    const extractionOf = new Map(this.extractions.map((x) => [x.document, x]));
    const familyOf = new Map<string, number>();
    this.lineage.families.forEach((family, i) => family.members.forEach((member) => familyOf.set(member, i)));
    const changed: string[] = [];
    const keep = new Set<string>();
    for (const cluster of this.clusters) {
      keep.add(cluster.id);
      const held = this.events.get(cluster.id);
      if (held?.cluster === cluster && !cluster.documents.some((id) => touched.has(id))) continue;
      // In the set's order, as reconciliation has always seen them.
      const members = cluster.documents.map((id) => position.get(id)!).sort((a, b) => a - b);
      const documents = members.map((i) => this.noticed[i]);
      const extractions = documents.flatMap((d) => extractionOf.get(d.id) ?? []);
      const families = [...new Set(cluster.documents.flatMap((id) => familyOf.get(id) ?? []))].sort((x, y) => x - y).map((i) => this.lineage.families[i]);
      const key = eventKey(cluster, documents, extractions, families, this.derivedAt);
      if (held?.key === key) {
        held.cluster = cluster;
        continue;
      }
      this.events.set(cluster.id, { key, cluster, event: reconcileEvent({ cluster, documents, extractions, families }) });
      changed.push(cluster.id);
    }
    for (const id of [...this.events.keys()]) if (!keep.has(id)) this.events.delete(id);
    return changed;
  }

  /** One event as reconciled now, or null. */
  event(id: string): Event | null {
    return this.events.get(id)?.event ?? null;
  }

  /** The event a document is reported in now, or null (not held, or not usable). */
  eventOf(documentId: string): Event | null {
    const cluster = this.clusters.find((c) => c.documents.includes(documentId));
    return cluster ? this.event(cluster.id) : null;
  }

  /** The report over everything held. `problems` come first (ingest's, or the store's standing ones), then the engine's. */
  report(generatedAt: string, problems: Problem[] = []): EngineReport {
    const own = [...this.documents.values()].flatMap((d) => d.problems);
    const rank = (p: Problem) => PROBLEM_ORDER.indexOf(`${p.stage}:${p.rule}`);
    const ordered = own.map((p, i) => [p, i] as const).sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j).map(([p]) => p);
    const events = this.clusters.map((c) => this.events.get(c.id)!.event);
    const report = buildReport({ documents: this.noticed, links: this.lineage.links, families: this.lineage.families, events, problems: [...problems, ...ordered], generatedAt });
    return { report, documents: this.noticed };
  }
}

/**
 * What an event is reconciled from, as a string: its cluster, each report's derivation and
 * messages, what extraction's set pass made of its readings (actor names, speakers), and its families.
 */
function eventKey(cluster: Cluster, documents: CleanDocument[], extractions: Extraction[], families: Family[], derivedAt: Map<string, number>): string {
  const parts: unknown[] = [cluster.id, cluster.documents, cluster.evidence, families];
  for (const d of documents) parts.push(derivedAt.get(d.id), d.messages.length);
  for (const x of extractions) parts.push(x.actors.map((a) => a.name), x.statements.map((s) => s.speaker));
  return JSON.stringify(parts);
}

/** Every member of a family (in any of these lists of families) that holds one of `ids`. */
function membersOfFamiliesHolding(ids: Set<string>, lists: Family[][]): Set<string> {
  const out = new Set<string>();
  for (const families of lists) for (const family of families) if (family.members.some((m) => ids.has(m))) for (const m of family.members) out.add(m);
  return out;
}

/** Whether two extractions of one report read the same actor names and speakers (what the set pass changes). */
function sameReadings(a: Extraction | undefined, b: Extraction): boolean {
  if (!a || a.actors.length !== b.actors.length || a.statements.length !== b.statements.length) return false;
  return a.actors.every((actor, i) => actor.name === b.actors[i].name) && a.statements.every((s, i) => sameSpeaker(s.speaker, b.statements[i].speaker));
}

function sameSpeaker(a: Attribution | null, b: Attribution | null): boolean {
  if (!a || !b) return a === b;
  return a.text === b.text && a.kind === b.kind && a.name === b.name && a.role === b.role;
}

/**
 * A report in a language extraction does not read says so, rather than showing no figures in
 * silence. Only where the language was read from enough text to trust it, and nothing was found.
 */
function noticeLanguages(traced: CleanDocument[], extractions: Extraction[]): CleanDocument[] {
  const found = new Set(extractions.filter((x) => x.statements.length > 0).map((x) => x.document));
  return traced.map((doc): CleanDocument => {
    const language = doc.meta.language;
    if (FIGURE_LANGUAGES.has(language) || language === "und" || found.has(doc.id) || doc.text.length < LANGUAGE_EVIDENCE_CHARS) return doc;
    const reason = `written in ${language}: figures are read from English text only, so any figures this report gives were not read`;
    return { ...doc, messages: [...doc.messages, { stage: "extract", rule: "language-without-figures", reason }] };
  });
}

function languagesOf(docs: CleanDocument[]): string {
  const languages = new Map<string, number>();
  for (const d of docs) languages.set(d.meta.language, (languages.get(d.meta.language) ?? 0) + 1);
  return [...languages].map(([language, n]) => `${language} ${n}`).join(", ");
}

/** "1 event", "2 events": the progress lines count in words a reader would write. */
function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
