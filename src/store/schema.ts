// The store's schema and queries: one set of SQL that SQLite and PostgreSQL both accept.
// Placeholders are written `?`; the PostgreSQL store numbers them ($1, $2, ...). No
// auto-increment columns (their syntax differs): version, seq and run ids are computed inside
// the writing transaction, which each store serialises (SQLite: BEGIN IMMEDIATE; PostgreSQL:
// a table lock). JSON is kept as TEXT in both, so what goes in comes back byte for byte.

export interface Migration {
  version: number;
  name: string;
  statements: string[];
  /** Statements only one dialect understands (full-text search), run after `statements`. */
  dialect?: { sqlite: string[]; postgres: string[] };
}

/** Applied in order, each once; the `migrations` table records which ones a database has. */
export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "documents, problems and runs",
    statements: [
      // Every version of every document ever ingested: (id, version) is the key, (id, sha) is
      // unique, so re-ingesting identical raw text adds nothing and changed text adds a version.
      `CREATE TABLE documents (
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        sha TEXT NOT NULL,
        seq INTEGER NOT NULL,
        source TEXT NOT NULL,
        raw TEXT NOT NULL,
        format TEXT NOT NULL,
        given TEXT NOT NULL,
        body_start INTEGER NOT NULL,
        messages TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        PRIMARY KEY (id, version),
        UNIQUE (id, sha)
      )`,
      `CREATE INDEX documents_seq ON documents (seq)`,
      // Inputs that could not be read, once per (source, reason).
      `CREATE TABLE problems (
        source TEXT NOT NULL,
        reason TEXT NOT NULL,
        seq INTEGER NOT NULL,
        ingested_at TEXT NOT NULL,
        PRIMARY KEY (source, reason)
      )`,
      `CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        generated_at TEXT NOT NULL,
        documents INTEGER NOT NULL,
        report TEXT NOT NULL
      )`,
    ],
  },
  {
    version: 2,
    name: "fetch validators",
    statements: [
      // What each URL's server last said to identify its answer (ETag, Last-Modified), so
      // that the next look asks only for a change: one row a URL, replaced on every answer.
      `CREATE TABLE fetch_validators (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        fetched_at TEXT NOT NULL
      )`,
    ],
  },
  {
    version: 3,
    name: "full-text search over the events of the latest run",
    statements: [],
    // One row per event of the latest run: its title, places, actors and its reports' cleaned
    // text. Each database's own full-text engine, since neither understands the other's.
    dialect: {
      sqlite: [`CREATE VIRTUAL TABLE event_search USING fts5(run UNINDEXED, event UNINDEXED, title, places, actors, body, tokenize = 'porter unicode61')`],
      postgres: [
        `CREATE TABLE event_search (
          run INTEGER NOT NULL,
          event TEXT NOT NULL,
          title TEXT NOT NULL,
          places TEXT NOT NULL,
          actors TEXT NOT NULL,
          body TEXT NOT NULL,
          terms tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', places || ' ' || actors), 'B') || to_tsvector('english', body)
          ) STORED
        )`,
        `CREATE INDEX event_search_terms ON event_search USING GIN (terms)`,
        `CREATE INDEX event_search_run ON event_search (run)`,
      ],
    },
  },
  {
    version: 4,
    name: "what each document gives, derived once",
    statements: [
      // One row per document version: what cleaning and extraction made of it, so that a run
      // derives only documents that are new or whose inputs changed. `fingerprint` is of the
      // code that derived it and of what it read of other documents (the chrome it was asked
      // about); `probes` are hashes of the paragraphs cleaning asked the chrome about, so a
      // change of chrome re-derives only the documents that hold a changed paragraph. The
      // JSON columns are the engine's (src/engine/derived.ts): the store keeps them as given.
      `CREATE TABLE derived (
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        fingerprint TEXT NOT NULL,
        probes TEXT NOT NULL,
        cleaned TEXT NOT NULL,
        extraction TEXT NOT NULL,
        PRIMARY KEY (id, version)
      )`,
    ],
  },
  {
    version: 5,
    name: "changes stored with each run, and server settings",
    statements: [
      // What each run changed against the run before, worked out once when the run is stored:
      // /api/changes then reads these rows instead of every run's whole report. Kept longer
      // than the runs themselves (a follower wants the history; a row is a few lines).
      `CREATE TABLE run_changes (
        run INTEGER PRIMARY KEY,
        generated_at TEXT NOT NULL,
        changes TEXT NOT NULL
      )`,
      // The source as compared (a file's resolved path), beside the source as typed; null in
      // rows stored before, which are compared by their source.
      `ALTER TABLE documents ADD COLUMN source_key TEXT`,
      // Values a server keeps between starts (its write token), one row a name.
      `CREATE TABLE settings (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
      )`,
    ],
  },
];

export const CREATE_MIGRATIONS = `CREATE TABLE IF NOT EXISTS migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

/** The queries both stores run, by name. */
export const SQL = {
  appliedVersions: `SELECT version FROM migrations ORDER BY version`,
  recordMigration: `INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)`,

  nextSeq: `SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM documents`,
  insertDocument: `INSERT INTO documents (id, version, sha, seq, source, raw, format, given, body_start, messages, ingested_at, source_key)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  /**
   * The newest version of each document with `first`, the seq of its first version: the caller
   * sorts by it (sorting in SQL would make the database sort whole rows, raw text included).
   */
  latestDocuments: `SELECT d.id, d.version, d.sha, d.source, d.raw, d.format, d.given, d.body_start, d.messages, d.ingested_at, m.first
    FROM documents d
    JOIN (SELECT id, MAX(version) AS version, MIN(seq) AS first FROM documents GROUP BY id) m
      ON d.id = m.id AND d.version = m.version`,
  /** Versions stored after a seq, in the order stored (the caller keeps the newest of each id). */
  documentsSince: `SELECT id, version, sha, source, raw, format, given, body_start, messages, ingested_at, seq FROM documents WHERE seq > ? ORDER BY seq`,
  documentVersions: `SELECT id, version, sha, source, raw, format, given, body_start, messages, ingested_at
    FROM documents WHERE id = ? ORDER BY version`,

  nextProblemSeq: `SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM problems`,
  insertProblem: `INSERT INTO problems (source, reason, seq, ingested_at) VALUES (?, ?, ?, ?) ON CONFLICT (source, reason) DO NOTHING`,
  problems: `SELECT source, reason, ingested_at FROM problems ORDER BY seq`,

  nextRunId: `SELECT COALESCE(MAX(id), 0) + 1 AS id FROM runs`,
  insertRun: `INSERT INTO runs (id, generated_at, documents, report) VALUES (?, ?, ?, ?)`,
  pruneRuns: `DELETE FROM runs WHERE id <= ?`,
  versionShas: `SELECT id, version, sha, raw FROM documents WHERE seq > ? ORDER BY seq LIMIT ?`,
  versionSeq: `SELECT seq FROM documents WHERE id = ? AND version = ?`,
  insertRunChanges: `INSERT INTO run_changes (run, generated_at, changes) VALUES (?, ?, ?)`,
  pruneRunChanges: `DELETE FROM run_changes WHERE run <= ?`,
  runChangesSince: `SELECT run, generated_at, changes FROM run_changes WHERE generated_at > ? ORDER BY run`,
  setting: `SELECT value FROM settings WHERE name = ?`,
  insertSetting: `INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING`,
  latestRun: `SELECT id, generated_at, documents, report FROM runs ORDER BY id DESC LIMIT 1`,
  runs: `SELECT id, generated_at, documents FROM runs ORDER BY id`,
  run: `SELECT id, generated_at, documents, report FROM runs WHERE id = ?`,

  fetchValidators: `SELECT etag, last_modified FROM fetch_validators WHERE url = ?`,
  putFetchValidators: `INSERT INTO fetch_validators (url, etag, last_modified, fetched_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, fetched_at = excluded.fetched_at`,

  insertEventSearch: `INSERT INTO event_search (run, event, title, places, actors, body) VALUES (?, ?, ?, ?, ?, ?)`,
  /** Only the latest run is searched: older runs' rows would only take room. */
  clearEventSearch: `DELETE FROM event_search WHERE run < ?`,

  putDerived: `INSERT INTO derived (id, version, fingerprint, probes, cleaned, extraction) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (id, version) DO UPDATE SET fingerprint = excluded.fingerprint, probes = excluded.probes, cleaned = excluded.cleaned, extraction = excluded.extraction`,
  /** An older version's derivation is never read again once a newer one is stored. */
  pruneDerived: `DELETE FROM derived WHERE id = ? AND version < ?`,
  derived: `SELECT id, version, fingerprint, probes, cleaned, extraction FROM derived`,

  /** Rows only ever get added, so the row counts change exactly when the contents do. */
  revision: `SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM problems) AS problems`,
} as const;

/** Event ids of one run matching a query, best first: `?` are the run and the query, in that order. */
export const SEARCH_EVENTS = {
  sqlite: `SELECT event FROM event_search WHERE run = ? AND event_search MATCH ? ORDER BY rank`,
  postgres: `SELECT event FROM (SELECT event, terms, websearch_to_tsquery('english', ?) AS q FROM event_search WHERE run = ?) s WHERE terms @@ q ORDER BY ts_rank(terms, q) DESC`,
} as const;

/**
 * Words of a search box as an FTS5 query: each word quoted (so `-`, `:`, `*` or `AND` in the
 * box are words, never syntax) and prefix-matched, all required. Null when no word is left.
 */
export function fts5Query(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.map((w) => `"${w}"*`).join(" ") : null;
}

/** The stored (id, sha, version) triples of up to IDS_PER_QUERY ids. */
export const IDS_PER_QUERY = 400;
export const derivedOf = (ids: number): string => `SELECT id, version, fingerprint, probes, cleaned, extraction FROM derived WHERE id IN (${Array(ids).fill("?").join(", ")})`;
export const versionsOf = (ids: number): string => `SELECT id, sha, version, COALESCE(source_key, source) AS source FROM documents WHERE id IN (${Array(ids).fill("?").join(", ")})`;

/** `?` placeholders to PostgreSQL's `$1, $2, ...` (the SQL above holds no literal `?`). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
