// The store's commands: `ingest` adds reports to a store, `events` reports on everything
// stored, `serve` shows it as web pages. The store is a SQLite file (crosscheck.sqlite in the
// current folder by default) or a PostgreSQL URL, from --db or the CROSSCHECK_DB variable.
import { existsSync } from "node:fs";
import { InvalidArgumentError, Option, type Command } from "commander";
import { FORMATS, type Format } from "../report/formats.ts";
import { DEFAULT_DB, isPostgresUrl, openStore, storeValidators, type PutDocumentsResult, type Store } from "../store/index.ts";
import type { Problem } from "../types.ts";
import { EXIT, type Io } from "./io.ts";
import { JOBS_HELP, parseJobs } from "./jobs.ts";
import { defaultJobs } from "../parallel/index.ts";
import { writeOutput } from "./output.ts";
import { progressFor } from "./progress.ts";

// The stages, the runs and the server are imported inside the commands that use them, so
// that `--help` and usage errors start without loading them.

/** Documents stored per transaction: a failure costs one batch, and memory stays flat. */
const BATCH = 500;

const DB_HELP = `the store: a SQLite file or a postgres:// URL (default: $CROSSCHECK_DB, else ./${DEFAULT_DB})`;

function storeTarget(db: string | undefined): string {
  return db ?? (process.env.CROSSCHECK_DB?.trim() || DEFAULT_DB);
}

async function withStore<T>(db: string | undefined, io: Io, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(storeTarget(db), { now: io.now });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError("a port is a whole number from 0 to 65535.");
  return port;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

export function addStoreCommands(cli: Command, io: Io, setExit: (code: number) => void): void {
  cli
    .command("ingest")
    .description("Read reports (files, folders, .gz, JSONL, RSS/Atom/JSON Feed, http(s) URLs, - for stdin) and add them to the store, raw text untouched")
    .argument("<paths...>", "files, folders or http(s) URLs of pages and feeds to read; - reads standard input")
    .option("--db <file|url>", DB_HELP)
    .option("--fetch-items", "for feeds given by URL, read each item's link for the full text")
    .option("-q, --quiet", "no per-input notices on standard error, only the summary")
    .addHelpText(
      "after",
      `
The same document id with the same text is stored once; with other text, both versions are
kept and the newest is reported. Exit code 1 when some input could not be read (the others
are still stored), 0 otherwise.

Examples:
  crosscheck ingest examples/balochistan-2026-02
  crosscheck ingest --db team.sqlite feeds/*.xml
  crosscheck ingest --db postgres://crosscheck@db.internal/news articles.jsonl
  curl -s https://example.org/feed.rss | crosscheck ingest -
`,
    )
    .action(async (paths: string[], opts: { db?: string; quiet?: boolean; fetchItems?: boolean }) => {
      await withStore(opts.db, io, async (store) => {
        const [{ readInputs, Fetcher }, { versionedPut }] = await Promise.all([import("../ingest/index.ts"), import("../runs/index.ts")]);
        const at = io.now().toISOString();
        // URLs are asked only for what changed since the store last read them.
        const validators = storeValidators(store, at);
        const fetcher = new Fetcher({ validators });
        const ingested = await readInputs(paths, { fetcher, fetchItems: opts.fetchItems });
        const totals: PutDocumentsResult = { added: [], unchanged: [], versioned: [], rejected: [] };
        for (let i = 0; i < ingested.documents.length; i += BATCH) {
          const put = await store.putDocuments(ingested.documents.slice(i, i + BATCH), at, versionedPut());
          totals.added.push(...put.added);
          totals.unchanged.push(...put.unchanged);
          totals.versioned.push(...put.versioned);
          totals.rejected.push(...put.rejected);
          if (!opts.quiet) for (const [asked, given, why] of put.renamed ?? []) io.stderr(`crosscheck: ${asked}: ${why}; stored as ${given}\n`);
        }
        const problems: Problem[] = [...ingested.problems, ...totals.rejected];
        await store.putProblems(problems, at);
        await validators.flush();
        if (!opts.quiet) {
          for (const s of ingested.skipped) io.stderr(`crosscheck: skipped ${s.source}: ${s.reason}\n`);
          for (const id of totals.versioned) io.stderr(`crosscheck: ${id}: new text for a stored document; both versions kept\n`);
        }
        for (const p of problems) io.stderr(`crosscheck: ${p.source}: ${p.reason}\n`);
        io.stderr(
          `crosscheck: ingest: ${plural(ingested.documents.length, "document")} read into ${store.location}: ` +
            `${totals.added.length} new, ${totals.versioned.length} new versions, ${totals.unchanged.length} already stored; ` +
            `${plural(problems.length, "problem")}\n`,
        );
        setExit(problems.length ? EXIT.inputProblems : EXIT.ok);
      });
    });

  cli
    .command("events")
    .description("Reconcile everything in the store into one account per event, store the run, and print it")
    .option("--db <file|url>", DB_HELP)
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("md"))
    .option("--json", "the JSON report of CONTRACT.md (same as --format json)")
    .option("-o, --output <file>", "write the output to a file instead of standard output")
    .option("-q, --quiet", "no progress on standard error")
    .option("-j, --jobs <n>", JOBS_HELP, parseJobs)
    .addHelpText(
      "after",
      `
Reports on the newest version of every stored document. Problems met at ingest are listed in
the report; the exit code is 1 when this run itself could not use a document, when the store
holds no documents yet, or when there is no store at --db (a missing SQLite file is not
created: that is ingest's job).

Examples:
  crosscheck events
  crosscheck events --db team.sqlite --format html -o events.html
  CROSSCHECK_DB=postgres://crosscheck@db.internal/news crosscheck events --json
`,
    )
    .action(async (opts: { db?: string; format: Format; json?: boolean; output?: string; quiet?: boolean; jobs?: number }) => {
      const format: Format = opts.json ? "json" : opts.format;
      const target = storeTarget(opts.db);
      // Opening a missing SQLite file would create an empty store and report nothing: refuse.
      if (!isPostgresUrl(target) && !existsSync(target)) {
        io.stderr(`crosscheck: there is no store at ${target}; create one with: crosscheck ingest --db ${target} PATH...\n`);
        setExit(EXIT.inputProblems);
        return;
      }
      await withStore(opts.db, io, async (store) => {
        const [{ reportFromStore }, { renderChunks }] = await Promise.all([import("../runs/index.ts"), import("../report/index.ts")]);
        const progress = progressFor(io, opts.quiet, false);
        const { report, runId, sources, runProblems } = await reportFromStore(store, { generatedAt: io.now().toISOString(), onProgress: progress.onProgress, jobs: opts.jobs ?? defaultJobs() }).finally(() => progress.done());
        for (const p of runProblems) io.stderr(`crosscheck: ${p.source}: ${p.reason}\n`);
        if (!sources.length) io.stderr(`crosscheck: the store ${store.location} holds no documents yet; add some with: crosscheck ingest PATH...\n`);
        else if (!opts.quiet) io.stderr(`crosscheck: events: run ${runId} stored in ${store.location}\n`);
        await writeOutput(renderChunks(report, format), opts.output, io);
        setExit(runProblems.length || !sources.length ? EXIT.inputProblems : EXIT.ok);
      });
    });

  cli
    .command("verify")
    .description("Check the store: the database's integrity, and every stored text against the SHA-256 it was stored with")
    .option("--db <file|url>", DB_HELP)
    .addHelpText(
      "after",
      `
Prints one line per fault, naming the document and version (or the database's own words),
then a summary. Exit code 0 when the store is sound, 1 when anything is wrong or the store
cannot be opened. A SQLite file that does not exist is not created.

Examples:
  crosscheck verify
  crosscheck verify --db team.sqlite
`,
    )
    .action(async (opts: { db?: string }) => {
      const target = storeTarget(opts.db);
      if (!isPostgresUrl(target) && !existsSync(target)) {
        io.stderr(`crosscheck: verify: no store at ${target}\n`);
        setExit(EXIT.inputProblems);
        return;
      }
      await withStore(opts.db, io, async (store) => {
        const { versions, problems } = await store.verify();
        for (const line of problems) io.stderr(`crosscheck: ${store.location}: ${line}\n`);
        io.stdout(`${store.location}: ${plural(versions, "document version")} checked, ${plural(problems.length, "problem")}\n`);
        setExit(problems.length ? EXIT.inputProblems : EXIT.ok);
      });
    });

  cli
    .command("serve")
    .description("Serve the store's events, events' figures with their sources, and documents as web pages, plus a JSON API")
    .option("--db <file|url>", DB_HELP)
    .option("-p, --port <port>", "port to listen on (0 picks a free one)", parsePort, 8080)
    .option("--host <host>", "address to listen on; 0.0.0.0 opens it to the network", "127.0.0.1")
    .option("--token <token>", "the token every write must carry (default: CROSSCHECK_TOKEN, else the one kept in the store, made and printed at the first start)")
    .option("-q, --quiet", "no report progress on standard error")
    .addHelpText(
      "after",
      `
Pages: / (events: search, filters, sort, paging), /events/ID, /documents/ID. API: GET
/api/events (?q=&country=&from=&to=&measure=&status=&outlet=&sort=&page=&per=),
GET /api/events/ID, GET /api/documents[/ID], POST /api/documents (one JSONL-shaped article),
GET /api/export/FORMAT, GET /api/report; described at /openapi.json. Reads are answered
from the last report while a worker thread updates it after the store changes (pages say
"updating" meanwhile); a POST is stored and answered at once. Stop with Ctrl-C.

Examples:
  crosscheck serve
  crosscheck serve --db team.sqlite --port 3000
  curl -X POST localhost:8080/api/documents -H "Authorization: Bearer $CROSSCHECK_TOKEN" \\
    -H 'Content-Type: application/json' -d '{"id":"a1","text":"...","published":"2026-02-01"}'
`,
    )
    .action(async (opts: { db?: string; port: number; host: string; token?: string; quiet?: boolean }) => {
      await withStore(opts.db, io, async (store) => {
        const log = (line: string) => {
          if (!opts.quiet || line.startsWith("error")) io.stderr(`crosscheck: ${line}\n`);
        };
        const { startServer, writeTokenFor } = await import("../server/index.ts");
        const { token, made } = await writeTokenFor(store, opts.token ?? (process.env.CROSSCHECK_TOKEN || undefined));
        const server = await startServer({ store, storeTarget: storeTarget(opts.db), now: io.now, log, host: opts.host, port: opts.port, token });
        io.stderr(`crosscheck: serving ${store.location} at ${server.url} (Ctrl-C to stop)\n`);
        if (made) io.stderr(`crosscheck: writes need this token (Authorization: Bearer ${token}); it is kept in the store and used again at the next start (--token or CROSSCHECK_TOKEN to use another)\n`);
        else if (!opts.token && !process.env.CROSSCHECK_TOKEN) io.stderr(`crosscheck: writes need the token kept in the store since its first start (printed then; --token or CROSSCHECK_TOKEN to use another)\n`);
        await new Promise<void>((resolve) => {
          process.once("SIGINT", resolve);
          process.once("SIGTERM", resolve);
        });
        await server.close();
        setExit(EXIT.ok);
      });
    });
}
