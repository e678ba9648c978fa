// A bounded load on a running server, shared by the load test (test/load.test.ts: no errors,
// nothing lost) and bench/load.ts (the same, with GET p50/p99). Readers fetch pages and API
// answers from 127.0.0.1 while one writer posts articles; every bound is a count and a time,
// so a slow machine makes a shorter run, never a hung one.
import pg from "pg";
import { startServer, type RunningServer } from "../../src/server/index.ts";
import type { Store } from "../../src/store/index.ts";
import type { Report } from "../../src/types.ts";

export interface LoadOptions {
  store: Store;
  /** The path or URL the store was opened from, so the report is computed on a worker. */
  storeTarget: string;
  /** JSON bodies for POST /api/documents, posted one after another. */
  posts: { id: string; body: string }[];
  /** Pause between two posts. */
  postEveryMs: number;
  /** Concurrent readers, and the reads (all readers together) and time the run may take. */
  readers: number;
  maxReads: number;
  maxMs: number;
  /** How long to wait, after the load, for the report to take in every stored post. */
  settleMs: number;
}

export interface LoadResult {
  reads: number;
  /** Read latencies in ms, sorted. */
  latencies: number[];
  /** The same latencies by the kind of page read ("/events/:id" for every event page), sorted. */
  latenciesByPath: Map<string, number[]>;
  /** Answers that were neither 2xx nor 404 (an event that left the report), and failed requests. */
  errors: string[];
  /** Posts and how they were answered. */
  posted: { id: string; status: number; bytes: number; ms: number }[];
  /** Ids answered 200/201 that the store or the settled report does not hold. */
  lost: string[];
  /** Whether the report took in every stored post before settleMs ran out. */
  settled: boolean;
  settleMs: number;
  /** How long the reads and posts took (after the warm-up, before the settling). */
  loadMs: number;
}

const TOKEN = "load-test-token";

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const server = await startServer({ store: options.store, storeTarget: options.storeTarget, now: () => new Date(), port: 0, token: TOKEN });
  try {
    return await loadOn(server, options);
  } finally {
    await server.close();
  }
}

async function loadOn(server: RunningServer, options: LoadOptions): Promise<LoadResult> {
  const base = server.url.replace(/\/$/, "");
  // The load starts once the server's first update is in (its worker started and warm): what
  // is measured is reading while writes are taken in, not the start-up.
  const first = await currentReport(base, options.settleMs);
  const paths = ["/", "/api/events", "/api/changes", "/?q=killed", ...first.events.slice(0, 20).map((e) => `/events/${encodeURIComponent(e.id)}`), ...first.documents.slice(0, 10).map((d) => `/documents/${encodeURIComponent(d.id)}`)];
  const result: LoadResult = { reads: 0, latencies: [], latenciesByPath: new Map(), errors: [], posted: [], lost: [], settled: false, settleMs: 0, loadMs: 0 };
  const loadStart = Date.now();
  const deadline = loadStart + options.maxMs;
  let writing = true;

  const reader = async (offset: number) => {
    for (let n = offset; (writing || result.reads < options.maxReads / 2) && result.reads < options.maxReads && Date.now() < deadline; n++) {
      const path = paths[n % paths.length];
      result.reads++;
      const start = performance.now();
      try {
        const res = await fetch(`${base}${path}`);
        await res.arrayBuffer();
        const took = performance.now() - start;
        result.latencies.push(took);
        const kind = path.replace(/^\/(events|documents)\/.*/, "/$1/:id");
        const byKind = result.latenciesByPath.get(kind) ?? [];
        byKind.push(took);
        result.latenciesByPath.set(kind, byKind);
        if (!res.ok && res.status !== 404) result.errors.push(`GET ${path}: ${res.status}`);
      } catch (error) {
        result.errors.push(`GET ${path}: ${(error as Error).message}${(error as Error).cause ? ` (${String((error as Error).cause)})` : ""}`);
      }
    }
  };

  const writer = async () => {
    try {
      for (const post of options.posts) {
        if (Date.now() >= deadline) break;
        const start = performance.now();
        try {
          const res = await fetch(`${base}/api/documents`, { method: "POST", body: post.body, headers: { "Content-Type": "application/json", Authorization: `Bearer ${TOKEN}` } });
          await res.arrayBuffer();
          result.posted.push({ id: post.id, status: res.status, bytes: post.body.length, ms: performance.now() - start });
        } catch (error) {
          result.errors.push(`POST ${post.id}: ${(error as Error).message}`);
        }
        await new Promise((resolve) => setTimeout(resolve, options.postEveryMs));
      }
    } finally {
      writing = false;
    }
  };

  await Promise.all([writer(), ...Array.from({ length: options.readers }, (_, i) => reader(i * 7))]);
  result.latencies.sort((a, b) => a - b);
  for (const values of result.latenciesByPath.values()) values.sort((a, b) => a - b);
  result.loadMs = Date.now() - loadStart;

  const kept = result.posted.filter((p) => p.status === 200 || p.status === 201).map((p) => p.id);
  const settleStart = Date.now();
  const report = await currentReport(base, options.settleMs).catch(() => null);
  result.settleMs = Date.now() - settleStart;
  result.settled = report !== null;
  const stored = new Set((await options.store.latestDocuments()).map((d) => d.id));
  const reported = new Set([...(report?.documents ?? []).map((d) => d.id), ...(report?.problems ?? []).map((p) => p.source)]);
  result.lost = kept.filter((id) => !stored.has(id) || (report !== null && !reported.has(id) && !reported.has(`api#${id}`)));
  return result;
}

/** The report once the server says it is current, polled every 200 ms; rejects after `withinMs`. */
async function currentReport(base: string, withinMs: number): Promise<Report> {
  const start = Date.now();
  for (;;) {
    const res = await fetch(`${base}/api/report`);
    const body = (await res.json()) as Report;
    if (res.headers.get("x-report-state") === "current") return body;
    if (Date.now() - start > withinMs) throw new Error(`the report was still updating after ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The q-th quantile of sorted values (nearest rank). */
export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

/** Article bodies for the writer: short reports of one incident, each with its own id. */
export function articleBodies(count: number, prefix: string): { id: string; body: string }[] {
  return Array.from({ length: count }, (_, i) => {
    const id = `${prefix}-${i + 1}`;
    const text = `Gunmen killed ${3 + i} people at a market in Quetta on Monday, police said.\n\nThe attackers fled on motorcycles, officials said. Report ${id}.`;
    return { id, body: JSON.stringify({ id, text, published: "2026-02-03", outlet: "Load Wire", title: `Market attack ${i + 1}` }) };
  });
}

/**
 * Runs `work` against a new database made on the PostgreSQL server of `serverUrl` (the test
 * and the bench each get their own, so parallel runs never share state), dropped afterwards.
 */
export async function withScratchDatabase(serverUrl: string, prefix: string, work: (url: string) => Promise<void>): Promise<void> {
  const name = `${prefix}_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
