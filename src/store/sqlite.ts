// The SQLite store: one file, WAL mode (readers do not block the writer, so `serve` can run
// while `ingest` adds documents), a busy timeout for the moments two processes write at once,
// and one IMMEDIATE transaction per batch.
import Database from "better-sqlite3";
import type { Database as SqliteDatabase, Statement } from "better-sqlite3";
import type { Store } from "./types.ts";
import { SqlStore, type Db, type Param, type Row } from "./sql-store.ts";

/** How long a write waits for another process's write to finish before failing. */
const BUSY_TIMEOUT_MS = 10_000;

export async function openSqliteStore(file: string, now: () => Date): Promise<Store> {
  let db: SqliteDatabase;
  try {
    db = new Database(file);
  } catch (error) {
    throw new Error(`cannot open the SQLite store ${file}: ${(error as Error).message}`);
  }
  try {
    // The first statement is where a file that is no database says so ("file is not a database").
    db.pragma("journal_mode = WAL");
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma("foreign_keys = ON");
  } catch (error) {
    db.close();
    throw new Error(`cannot use ${file} as a crosscheck store: ${(error as Error).message}`);
  }
  const store = new SqlStore("sqlite", file, new SqliteDb(db));
  try {
    await store.migrate(now);
  } catch (error) {
    db.close();
    throw new Error(`cannot use ${file} as a crosscheck store: ${(error as Error).message}`);
  }
  return store;
}

class SqliteDb implements Db {
  private readonly statements = new Map<string, Statement>();
  /** One transaction at a time on this connection: async callers queue here. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: SqliteDatabase) {}

  private prepared(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  async all(sql: string, params: Param[] = []): Promise<Row[]> {
    return this.prepared(sql).all(...params) as Row[];
  }

  async integrityCheck(): Promise<string[]> {
    const rows = this.db.pragma("integrity_check") as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).filter((line) => line !== "ok").map((line) => `database: ${line}`);
  }

  async run(sql: string, params: Param[] = []): Promise<void> {
    // DDL changes the schema, which invalidates prepared statements: run it unprepared.
    if (/^\s*(CREATE|ALTER|DROP)\b/i.test(sql)) {
      this.db.exec(sql);
      this.statements.clear();
      return;
    }
    this.prepared(sql).run(...params);
  }

  transaction<T>(_tables: string[], work: (db: Db) => Promise<T>): Promise<T> {
    const next = this.queue.then(async () => {
      this.db.exec("BEGIN IMMEDIATE");
      try {
        const value = await work(this);
        this.db.exec("COMMIT");
        return value;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec("ROLLBACK");
        throw error;
      }
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.queue;
    if (this.db.open) this.db.close();
  }
}
