// The store's behaviour, written once over a minimal database interface that the SQLite and
// PostgreSQL adapters implement. Everything dialect-specific lives in those adapters.
import { createHash } from "node:crypto";
import type { GivenMetadata, Message, Problem, Report, SourceDocument } from "../types.ts";
import { idForSource } from "../text/ids.ts";
import { appendAll } from "../arrays.ts";
import { KEEP_RUN_CHANGES, KEEP_RUNS, type DerivedRecord, type FetchValidators, type PutDocumentsOptions, type PutDocumentsResult, type RunSummary, type Store, type StoredDocument, type StoredProblem, type StoredRun, type StoredRunChanges, type VersionVerdict, type VerifyResult } from "./types.ts";
import { CREATE_MIGRATIONS, derivedOf, fts5Query, IDS_PER_QUERY, MIGRATIONS, SEARCH_EVENTS, SQL, versionsOf } from "./schema.ts";

export type Row = Record<string, unknown>;

/** Document versions hashed per query by `verify`. */
const VERIFY_PAGE = 200;
export type Param = string | number | null;

/** What a dialect adapter provides: queries with `?` placeholders, and serialised transactions. */
export interface Db {
  all(sql: string, params?: Param[]): Promise<Row[]>;
  run(sql: string, params?: Param[]): Promise<void>;
  /** The database's own integrity check, one line a fault (SQLite's PRAGMA integrity_check); absent where the server keeps its own pages. */
  integrityCheck?(): Promise<string[]>;
  /** Runs `work` in one transaction that excludes other writers to `tables`; rolls back on throw. */
  transaction<T>(tables: string[], work: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export class SqlStore implements Store {
  constructor(
    readonly kind: "sqlite" | "postgres",
    readonly location: string,
    private readonly db: Db,
  ) {}

  /** Creates the migrations table and applies the migrations this database lacks. */
  async migrate(now: () => Date): Promise<void> {
    await this.db.transaction(["migrations"], async (tx) => {
      await tx.run(CREATE_MIGRATIONS);
      const applied = new Set((await tx.all(SQL.appliedVersions)).map((r) => Number(r.version)));
      for (const migration of MIGRATIONS) {
        if (applied.has(migration.version)) continue;
        for (const statement of [...migration.statements, ...(migration.dialect?.[this.kind] ?? [])]) await tx.run(statement);
        await tx.run(SQL.recordMigration, [migration.version, migration.name, now().toISOString()]);
      }
    });
  }

  async schemaVersion(): Promise<number> {
    const versions = (await this.db.all(SQL.appliedVersions)).map((r) => Number(r.version));
    return versions.length ? Math.max(...versions) : 0;
  }

  async putDocuments(documents: SourceDocument[], ingestedAt: string, options: PutDocumentsOptions = {}): Promise<PutDocumentsResult> {
    // `conflicts` and `renamed` appear only when something was refused or renamed.
    const result: PutDocumentsResult = { added: [], unchanged: [], versioned: [], rejected: [] };
    const storable = documents.filter((doc) => {
      const reason = unstorable(doc);
      if (reason) result.rejected.push({ stage: "store", rule: "unstorable", source: doc.source, reason, fatal: true });
      return !reason;
    });
    if (!storable.length) return result;
    const idClash = options.idClash ?? "rename";
    const keyOf = options.sourceKey ?? ((doc: SourceDocument) => doc.source);
    // Asked before the transaction, so that no writer waits while the texts are compared.
    const verdicts = options.isVersion ? await this.versionVerdicts(storable, keyOf, options.isVersion) : new Map<SourceDocument, VersionVerdict>();
    await this.db.transaction(["documents"], async (tx) => {
      // What is stored under these ids (and the ids a clash would rename to), in a few queries.
      const ids = new Set(storable.flatMap((d) => [d.id, idForSource(d.id, d.source), contentSuffixed(d.id, shaOf(d.raw))]));
      const known = await this.knownVersions(tx, [...ids]);
      let seq = Number((await tx.all(SQL.nextSeq))[0].seq);
      for (const doc of storable) {
        const sha = shaOf(doc.raw);
        const key = keyOf(doc);
        let id = doc.id;
        let extra: Message[] = [];
        const held = known.get(id);
        const verdict = verdicts.get(doc);
        if (held && !held.shas.has(sha) && held.sources.has(key) && verdict?.isVersion === false) {
          id = contentSuffixed(doc.id, sha);
          extra = [{ stage: "ingest", rule: "not-a-version", reason: `${verdict.reason}; stored as a document of its own, ${id}` }];
          (result.renamed ??= []).push([doc.id, id, verdict.reason]);
        } else if (verdict?.isVersion && verdict.message) extra = [verdict.message];
        const otherSource = id === doc.id && held !== undefined && !held.shas.has(sha) && !held.sources.has(key);
        if (otherSource && idClash === "refuse") {
          result.rejected.push({ stage: "store", rule: "id-clash", fatal: true, source: doc.source, reason: `id ${id} is another source's (${[...held.sources][0]}); say it is a new version to store it as one` });
          (result.conflicts ??= []).push(id);
          continue;
        }
        if (otherSource && idClash === "rename") {
          id = idForSource(doc.id, doc.source);
          (result.renamed ??= []).push([doc.id, id, "the id is another source's in the store"]);
        }
        const entry = known.get(id) ?? { shas: new Set<string>(), sources: new Set<string>(), latest: 0 };
        known.set(id, entry);
        if (entry.shas.has(sha)) {
          result.unchanged.push(id);
          continue;
        }
        const renamed = id !== doc.id && !extra.length ? [renamedMessage(doc.id, id)] : [];
        const messages = [...(doc.messages ?? []), ...renamed, ...extra];
        const previous = entry.latest;
        await tx.run(SQL.insertDocument, [
          id,
          previous + 1,
          sha,
          seq++,
          doc.source,
          doc.raw,
          doc.format,
          JSON.stringify(doc.given ?? {}),
          doc.bodyStart ?? 0,
          JSON.stringify(messages),
          ingestedAt,
          key === doc.source ? null : key,
        ]);
        entry.shas.add(sha);
        entry.sources.add(key);
        entry.latest = previous + 1;
        (previous ? result.versioned : result.added).push(id);
      }
    });
    return result;
  }

  /** For each document that brings new text under a stored id from that id's own source, whether it is a version. */
  private async versionVerdicts(documents: SourceDocument[], keyOf: (doc: SourceDocument) => string, isVersion: NonNullable<PutDocumentsOptions["isVersion"]>): Promise<Map<SourceDocument, VersionVerdict>> {
    const verdicts = new Map<SourceDocument, VersionVerdict>();
    const known = await this.knownVersions(this.db, [...new Set(documents.map((d) => d.id))]);
    for (const doc of documents) {
      const held = known.get(doc.id);
      if (!held || held.shas.has(shaOf(doc.raw)) || !held.sources.has(keyOf(doc))) continue;
      const versions = await this.documentVersions(doc.id);
      verdicts.set(doc, await isVersion(versions[versions.length - 1], doc));
    }
    return verdicts;
  }

  private async knownVersions(tx: Db, ids: string[]): Promise<Map<string, { shas: Set<string>; sources: Set<string>; latest: number }>> {
    const known = new Map<string, { shas: Set<string>; sources: Set<string>; latest: number }>();
    for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
      const chunk = ids.slice(i, i + IDS_PER_QUERY);
      for (const row of await tx.all(versionsOf(chunk.length), chunk)) {
        const entry = known.get(String(row.id)) ?? { shas: new Set<string>(), sources: new Set<string>(), latest: 0 };
        entry.shas.add(String(row.sha));
        entry.sources.add(String(row.source));
        entry.latest = Math.max(entry.latest, Number(row.version));
        known.set(String(row.id), entry);
      }
    }
    return known;
  }

  async putProblems(problems: Pick<Problem, "source" | "reason">[], ingestedAt: string): Promise<number> {
    if (!problems.length) return 0;
    const before = await this.problemCount();
    await this.db.transaction(["problems"], async (tx) => {
      let seq = Number((await tx.all(SQL.nextProblemSeq))[0].seq);
      for (const p of problems) await tx.run(SQL.insertProblem, [p.source, p.reason, seq++, ingestedAt]);
    });
    return (await this.problemCount()) - before;
  }

  private async problemCount(): Promise<number> {
    return Number((await this.db.all(SQL.revision))[0].problems);
  }

  async latestDocuments(): Promise<StoredDocument[]> {
    const rows = await this.db.all(SQL.latestDocuments);
    rows.sort((a, b) => Number(a.first) - Number(b.first));
    return rows.map(documentFromRow);
  }

  async documentsSince(seq: number): Promise<{ documents: StoredDocument[]; seq: number }> {
    const rows = await this.db.all(SQL.documentsSince, [seq]);
    // One entry per id, at its first row's place, holding its newest version.
    const byId = new Map<string, StoredDocument>();
    let last = seq;
    for (const row of rows) {
      last = Math.max(last, Number(row.seq));
      const doc = documentFromRow(row);
      const held = byId.get(doc.id);
      if (!held || held.version < doc.version) byId.set(doc.id, doc);
    }
    return { documents: [...byId.values()], seq: last };
  }

  async documentVersions(id: string): Promise<StoredDocument[]> {
    return (await this.db.all(SQL.documentVersions, [id])).map(documentFromRow);
  }

  async problems(): Promise<StoredProblem[]> {
    return (await this.db.all(SQL.problems)).map((r) => ({ source: String(r.source), reason: String(r.reason), ingestedAt: String(r.ingested_at) }));
  }

  async putRun(report: Report, changes?: (run: number) => unknown[]): Promise<number> {
    return this.db.transaction(["runs"], async (tx) => {
      const id = Number((await tx.all(SQL.nextRunId))[0].id);
      await tx.run(SQL.insertRun, [id, report.generatedAt, report.documents.length, JSON.stringify(report)]);
      if (changes) await tx.run(SQL.insertRunChanges, [id, report.generatedAt, JSON.stringify(changes(id))]);
      if (id > KEEP_RUNS) await tx.run(SQL.pruneRuns, [id - KEEP_RUNS]);
      if (id > KEEP_RUN_CHANGES) await tx.run(SQL.pruneRunChanges, [id - KEEP_RUN_CHANGES]);
      await tx.run(SQL.clearEventSearch, [id]);
      const texts = new Map(report.documents.map((d) => [d.id, [d.title ?? "", d.text].join("\n")]));
      for (const event of report.events) {
        const places = event.places.map((p) => p.name).join(" ");
        const actors = event.actors.flatMap((a) => [a.name, ...a.aliases]).join(" ");
        const body = event.documents.map((d) => texts.get(d) ?? "").join("\n\n");
        await tx.run(SQL.insertEventSearch, [id, event.id, event.title, places, actors, body]);
      }
      return id;
    });
  }

  async verify(): Promise<VerifyResult> {
    const problems = (await this.db.integrityCheck?.()) ?? [];
    let versions = 0;
    // In pages by seq, so a large store is never read into memory at once.
    for (let after = 0; ; ) {
      const rows = await this.db.all(SQL.versionShas, [after, VERIFY_PAGE]);
      if (!rows.length) break;
      for (const row of rows) {
        versions++;
        if (shaOf(String(row.raw)) !== String(row.sha)) problems.push(`document ${String(row.id)} version ${Number(row.version)}: its raw text no longer matches the SHA-256 it was stored with`);
      }
      const last = rows[rows.length - 1];
      after = Number((await this.db.all(SQL.versionSeq, [last.id as Param, last.version as Param]))[0].seq);
    }
    return { versions, problems };
  }

  async searchEvents(runId: number, query: string): Promise<string[]> {
    if (this.kind === "postgres") {
      if (!query.trim()) return [];
      return (await this.db.all(SEARCH_EVENTS.postgres, [query, runId])).map((r) => String(r.event));
    }
    const match = fts5Query(query);
    if (!match) return [];
    return (await this.db.all(SEARCH_EVENTS.sqlite, [runId, match])).map((r) => String(r.event));
  }

  async latestRun(): Promise<StoredRun | null> {
    const row = (await this.db.all(SQL.latestRun))[0];
    if (!row) return null;
    return { ...runFromRow(row), report: JSON.parse(String(row.report)) as Report };
  }

  async runs(): Promise<RunSummary[]> {
    return (await this.db.all(SQL.runs)).map(runFromRow);
  }

  async run(id: number): Promise<StoredRun | null> {
    const row = (await this.db.all(SQL.run, [id]))[0];
    if (!row) return null;
    return { ...runFromRow(row), report: JSON.parse(String(row.report)) as Report };
  }

  async runChanges(since: string | null): Promise<StoredRunChanges[]> {
    const rows = await this.db.all(SQL.runChangesSince, [since ?? ""]);
    return rows.map((r) => ({ run: Number(r.run), generatedAt: String(r.generated_at), changes: JSON.parse(String(r.changes)) as unknown[] }));
  }

  async setting(name: string): Promise<string | null> {
    const row = (await this.db.all(SQL.setting, [name]))[0];
    return row ? String(row.value) : null;
  }

  async putSettingOnce(name: string, value: string): Promise<string> {
    await this.db.run(SQL.insertSetting, [name, value]);
    return (await this.setting(name)) ?? value;
  }

  async fetchValidators(url: string): Promise<FetchValidators | null> {
    const row = (await this.db.all(SQL.fetchValidators, [url]))[0];
    if (!row) return null;
    const validators: FetchValidators = {};
    if (row.etag != null) validators.etag = String(row.etag);
    if (row.last_modified != null) validators.lastModified = String(row.last_modified);
    return validators;
  }

  async putFetchValidators(url: string, validators: FetchValidators, fetchedAt: string): Promise<void> {
    await this.db.run(SQL.putFetchValidators, [url, validators.etag ?? null, validators.lastModified ?? null, fetchedAt]);
  }

  async putDerived(records: DerivedRecord[]): Promise<void> {
    if (!records.length) return;
    await this.db.transaction(["derived"], async (tx) => {
      for (const r of records) {
        await tx.run(SQL.putDerived, [r.id, r.version, r.fingerprint, JSON.stringify(r.probes), r.cleaned, r.extraction]);
        if (r.version > 1) await tx.run(SQL.pruneDerived, [r.id, r.version]);
      }
    });
  }

  async derived(ids?: string[]): Promise<DerivedRecord[]> {
    const rows: Row[] = [];
    if (!ids) appendAll(rows, await this.db.all(SQL.derived));
    else for (let i = 0; i < ids.length; i += IDS_PER_QUERY) appendAll(rows, await this.db.all(derivedOf(Math.min(IDS_PER_QUERY, ids.length - i)), ids.slice(i, i + IDS_PER_QUERY)));
    return rows.map((r) => ({
      id: String(r.id),
      version: Number(r.version),
      fingerprint: String(r.fingerprint),
      probes: JSON.parse(String(r.probes)) as number[],
      cleaned: String(r.cleaned),
      extraction: String(r.extraction),
    }));
  }

  async revision(): Promise<string> {
    const row = (await this.db.all(SQL.revision))[0];
    return `${Number(row.documents)}:${Number(row.problems)}`;
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

/** The id of a text that came from a stored document's source but is not its version: the id and 8 hex of its SHA-256. */
const contentSuffixed = (id: string, sha: string): string => `${id}-${sha.slice(0, 8)}`;

export const shaOf = (raw: string): string => createHash("sha256").update(raw, "utf8").digest("hex");

/**
 * Why a document cannot be stored unchanged, or null. Both databases keep text as UTF-8 and
 * PostgreSQL text cannot hold NUL; rather than alter the raw text (every offset points into
 * it), such documents are refused, in both stores alike.
 */
function renamedMessage(asked: string, given: string): Message {
  return { stage: "ingest", rule: "id-taken", reason: `id ${asked} is stored already from another source; this document is ${given}` };
}

export function unstorable(doc: SourceDocument): string | null {
  if (typeof doc.id !== "string" || !doc.id) return "document has no id";
  if (typeof doc.raw !== "string") return "document has no raw text";
  if (doc.raw.includes("\u0000")) return "raw text holds a NUL character, which the store cannot keep unchanged";
  if (LONE_SURROGATE.test(doc.raw)) return "raw text holds a lone UTF-16 surrogate, which the store cannot keep unchanged";
  return null;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function documentFromRow(r: Row): StoredDocument {
  return {
    id: String(r.id),
    source: String(r.source),
    raw: String(r.raw),
    format: r.format === "html" ? "html" : "text",
    given: JSON.parse(String(r.given)) as GivenMetadata,
    bodyStart: Number(r.body_start),
    messages: JSON.parse(String(r.messages)) as Message[],
    version: Number(r.version),
    sha: String(r.sha),
    ingestedAt: String(r.ingested_at),
  };
}

function runFromRow(r: Row): RunSummary {
  return { id: Number(r.id), generatedAt: String(r.generated_at), documents: Number(r.documents) };
}
