// `crosscheck watch FEED_OR_URL...`: follows feeds and pages. Each poll reads them (asking
// only for what changed), stores what is new or changed, reports again when anything was,
// and prints per event what changed since the last poll. `--once` polls once, for cron.
import { InvalidArgumentError, type Command } from "commander";
import { DEFAULT_DB, openStore } from "../store/index.ts";
import type { Change } from "../runs/index.ts";
import { EXIT, type Io } from "./io.ts";

// The runs and ingest are imported inside the command, so that `--help` loads neither.

/** "90s", "10m", "1h", or a number of seconds, to milliseconds. */
export function parseInterval(value: string): number {
  const found = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/.exec(value.trim());
  if (!found) throw new InvalidArgumentError('an interval is a number with s, m or h, like "90s", "10m" or "1h".');
  const ms = Number(found[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[(found[2] ?? "s") as "s" | "m" | "h"];
  if (ms < 10_000) throw new InvalidArgumentError("poll no more often than every 10s: the sites are not ours.");
  return ms;
}

function parseDelay(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("a delay is a whole number of milliseconds.");
  return Number(value);
}

interface WatchOptions {
  db?: string;
  every: number;
  once?: boolean;
  fetchItems?: boolean;
  delay: number;
  quiet?: boolean;
}

export function addWatchCommand(cli: Command, io: Io, setExit: (code: number) => void): void {
  cli
    .command("watch")
    .description("Follow feeds and pages: poll them, store new and changed articles, and print per event what changed")
    .argument("<feeds-or-urls...>", "http(s) URLs of feeds (RSS, Atom, JSON Feed) or pages; files and folders are read too")
    .option("--db <file|url>", `the store: a SQLite file or a postgres:// URL (default: $CROSSCHECK_DB, else ./${DEFAULT_DB})`)
    .option("--every <interval>", "how often to poll: 90s, 10m, 1h", parseInterval, 600_000)
    .option("--once", "poll once and exit (for cron)")
    .option("--fetch-items", "read each feed item's link for the full text")
    .option("--delay <ms>", "pause between two requests to one host", parseDelay, 1000)
    .option("-q, --quiet", "only the changes, no per-poll summary")
    .addHelpText(
      "after",
      `
A changed article at the same URL (or feed item id) is stored as a new version. Servers are
asked only for what changed since the last look (ETag, Last-Modified, kept in the store);
robots.txt is respected; one request at a time per host, with a pause between requests and
a longer one after errors. The changes are also served by \`crosscheck serve\` at
/api/changes?since=ISO-TIME and as an Atom feed at /changes.atom. Stop with Ctrl-C.

Examples:
  crosscheck watch https://example.org/world/rss.xml --every 10m
  crosscheck watch --db team.sqlite --once --fetch-items https://example.org/feed.json
`,
    )
    .action(async (targets: string[], opts: WatchOptions) => {
      const [{ followOnce }, { HostQueue }] = await Promise.all([import("../runs/index.ts"), import("../ingest/index.ts")]);
      const store = await openStore(opts.db ?? (process.env.CROSSCHECK_DB?.trim() || DEFAULT_DB), { now: io.now });
      const queue = new HostQueue({ delayMs: opts.delay });
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once("SIGINT", onSignal);
      process.once("SIGTERM", onSignal);
      let code: number = EXIT.ok;
      try {
        for (;;) {
          const at = io.now().toISOString();
          const look = await followOnce(store, targets, { at, queue, fetchItems: opts.fetchItems });
          for (const p of look.problems) io.stderr(`crosscheck: ${p.source}: ${p.reason}\n`);
          if (!opts.quiet) {
            io.stderr(
              `crosscheck: watch: ${at}: ${look.read.documents.length} read, ${look.put.added.length} new, ` +
                `${look.put.versioned.length} new versions, ${look.put.unchanged.length + look.read.skipped.length} unchanged, ${look.problems.length} problems\n`,
            );
          }
          io.stdout(formatChanges(look.changes, at));
          code = look.problems.length ? EXIT.inputProblems : EXIT.ok;
          if (opts.once || stop.signal.aborted) break;
          if (!(await pause(opts.every, stop.signal))) break;
        }
      } finally {
        process.removeListener("SIGINT", onSignal);
        process.removeListener("SIGTERM", onSignal);
        await store.close();
      }
      setExit(code);
    });
}

/** The changes of one poll, grouped by event, for people. */
export function formatChanges(changes: Change[], at: string): string {
  if (!changes.length) return `${at}: no changes\n`;
  const byEvent = new Map<string, Change[]>();
  for (const change of changes) byEvent.set(change.event, [...(byEvent.get(change.event) ?? []), change]);
  const lines = [`${at}: ${changes.length} change${changes.length === 1 ? "" : "s"}`];
  for (const group of byEvent.values()) {
    lines.push(`${group[0].eventTitle} [${group[0].event}]`);
    for (const change of group) lines.push(`  ${change.text}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Waits `ms`; false when stopped first. */
function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(true), ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve(false)), { once: true });
  });
}
