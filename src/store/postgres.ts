// The PostgreSQL store, for a team sharing one database: the same schema and queries as
// SQLite (placeholders renumbered), a connection pool, and one transaction per batch. Writers
// from every process serialise on one advisory lock, so the version, seq and run numbers they
// compute never collide; readers are never blocked.
import pg from "pg";
import { redactUrl, type Store } from "./types.ts";
import { numberPlaceholders } from "./schema.ts";
import { SqlStore, type Db, type Param, type Row } from "./sql-store.ts";

/**
 * Connections a process keeps: the server's readers (revision, versions, changes, search) and
 * its writer share them, and the report worker opens a pool of its own; with 4, sixteen
 * readers and one write transaction queued for a connection at the tail (bench:load).
 */
const POOL_SIZE = 8;

/** Any constant works: it only has to be the same in every crosscheck process. */
const WRITE_LOCK = 727_001;

export async function openPostgresStore(url: string, now: () => Date): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  // A connection the server drops while idle must not crash the process: the pool replaces it.
  pool.on("error", () => {});
  const store = new SqlStore("postgres", redactUrl(url), new PostgresDb(pool));
  try {
    await store.migrate(now);
  } catch (error) {
    await pool.end();
    throw new Error(`cannot use the PostgreSQL store ${redactUrl(url)}: ${(error as Error).message}`);
  }
  return store;
}

type Queryable = pg.Pool | pg.PoolClient;

const numbered = new Map<string, string>();
function toPostgres(sql: string): string {
  let text = numbered.get(sql);
  if (text === undefined) {
    text = numberPlaceholders(sql);
    numbered.set(sql, text);
  }
  return text;
}

class PostgresDb implements Db {
  constructor(
    private readonly pool: pg.Pool,
    private readonly client: Queryable = pool,
  ) {}

  async all(sql: string, params: Param[] = []): Promise<Row[]> {
    return (await this.client.query(toPostgres(sql), params)).rows as Row[];
  }

  async run(sql: string, params: Param[] = []): Promise<void> {
    await this.client.query(toPostgres(sql), params);
  }

  async transaction<T>(_tables: string[], work: (db: Db) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock($1)", [WRITE_LOCK]);
      const value = await work(new PostgresDb(this.pool, client));
      await client.query("COMMIT");
      return value;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
