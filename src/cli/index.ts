// The crosscheck command line. Output goes to stdout (or --output); progress, notices and
// problems to stderr. Exit codes: 0 all inputs reported; 1 some input could not be read or
// used (the others are still reported); 2 the command itself was wrong (usage, bad option).
import { Command, CommanderError, Option } from "commander";
import { FORMATS, type Format } from "../report/formats.ts";
import { EXIT, type Io } from "./io.ts";
import { JOBS_HELP, parseJobs } from "./jobs.ts";
import { writeOutput } from "./output.ts";
import { progressFor } from "./progress.ts";
import { addStoreCommands } from "./store-commands.ts";
import { addWatchCommand } from "./watch.ts";

export { EXIT, type Io } from "./io.ts";

const defaultIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
  terminal: process.stderr.isTTY ? process.stderr : undefined,
};

export function program(io: Io, setExit: (code: number) => void): Command {
  const cli = new Command("crosscheck")
    .description("Turn a pile of news reports into one sourced, reconciled account per event.")
    .version("0.1.0")
    .showHelpAfterError()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  cli
    .command("report")
    .description("Read reports (files, folders, .gz, JSONL, RSS/Atom/JSON Feed, http(s) URLs, - for stdin) and print one reconciled account per event")
    .argument("<paths...>", "files, folders or http(s) URLs of pages and feeds to read; - reads standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("md"))
    .option("--json", "the JSON report of CONTRACT.md (same as --format json)")
    .option("-o, --output <file>", "write the output to a file instead of standard output")
    .option("-q, --quiet", "no progress on standard error")
    .option("--fetch-items", "for feeds given by URL, read each item's link for the full text")
    .option("-j, --jobs <n>", JOBS_HELP, parseJobs)
    .addHelpText("after", "\nExamples:\n  crosscheck report examples/balochistan-2026-02\n  crosscheck report https://example.org/world/rss.xml\n  crosscheck report --json reports/ > report.json\n  zcat feed.jsonl.gz | crosscheck report --format csv -\n")
    .action(async (paths: string[], opts: { format: Format; json?: boolean; output?: string; quiet?: boolean; fetchItems?: boolean; jobs?: number }) => {
      const format: Format = opts.json ? "json" : opts.format;
      const progress = progressFor(io, opts.quiet, true);
      // Loaded here, not at the top: `--help` and a usage error need none of the stages.
      const [{ runPipeline }, { renderChunks }] = await Promise.all([import("../pipeline.ts"), import("../report/index.ts")]);
      const { report, skipped } = await runPipeline(paths, { generatedAt: io.now().toISOString(), onProgress: progress.onProgress, fetchItems: opts.fetchItems, jobs: opts.jobs }).finally(() => progress.done());
      for (const s of skipped) if (!opts.quiet) io.stderr(`crosscheck: skipped ${s.source}: ${s.reason}\n`);
      for (const p of report.problems) io.stderr(`crosscheck: ${p.source}: ${p.reason}\n`);
      await writeOutput(renderChunks(report, format), opts.output, io);
      setExit(report.problems.length ? EXIT.inputProblems : EXIT.ok);
    });

  addStoreCommands(cli, io, setExit);
  addWatchCommand(cli, io, setExit);
  return cli;
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let code: number = EXIT.ok;
  const cli = program(io, (c) => (code = c));
  try {
    await cli.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; anything else commander rejects is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    io.stderr(`crosscheck: ${(error as Error).message}\n`);
    return EXIT.inputProblems;
  }
  return code;
}
