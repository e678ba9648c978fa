// Progress of a run on standard error: a bar with the stages done, the last stage's count and
// an ETA where stderr is a terminal (cli-progress); one line per stage where it is not (a
// log, a pipe, CI), so that logs stay readable; nothing with --quiet.
import { SingleBar } from "cli-progress";
import type { Io } from "./io.ts";

/** The stages that report progress, in pipeline order (src/pipeline.ts). */
const STAGES = ["ingest", "clean", "lineage", "cluster", "extract", "reconcile"] as const;

export interface Progress {
  /** The pipeline's `onProgress`, or undefined when nothing is to be shown. */
  onProgress?: (stage: string, message: string) => void;
  /** Clears the bar, so that what follows on stderr starts on a line of its own. */
  done(): void;
}

/**
 * How a command shows progress. `fromIngest` is false for runs over a store, which start at
 * cleaning. The bar needs a terminal: `io.terminal` is set only when stderr is one.
 */
export function progressFor(io: Io, quiet: boolean | undefined, fromIngest: boolean): Progress {
  if (quiet) return { done: () => {} };
  if (!io.terminal) return { onProgress: (stage, message) => io.stderr(`crosscheck: ${stage}: ${message}\n`), done: () => {} };
  const stages: readonly string[] = fromIngest ? STAGES : STAGES.slice(1);
  const bar = new SingleBar({
    stream: io.terminal,
    format: "crosscheck [{bar}] {value}/{total} stages | {stage}: {message} | ETA {eta_formatted}",
    barsize: 24,
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 3,
  });
  bar.start(stages.length, 0, { stage: "starting", message: "" });
  let started = true;
  return {
    onProgress: (stage, message) => {
      const at = stages.indexOf(stage);
      if (at < 0) return bar.update({ stage, message });
      // A count inside a stage ("1500 files read") moves the message, not the bar.
      const within = /files read$/.test(message);
      bar.update(within ? at : at + 1, { stage, message });
    },
    done: () => {
      if (started) bar.stop();
      started = false;
    },
  };
}
