// The one way tests, benchmarks and the gate find the shared corpora and checkers: the
// CROSSCHECK_SHARED environment variable, else the `shared` folder beside the repository
// (where the developers' machines and CI put it).
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

const REPO = resolve(import.meta.dirname, "../..");

/** The shared folder (corpora/, check/), whether or not it exists. */
export const SHARED = resolve(process.env.CROSSCHECK_SHARED ?? join(REPO, "..", "shared"));

/** Whether the shared folder is there: tests that need it skip with this reason when not. */
export const SHARED_MISSING: string | false = existsSync(join(SHARED, "corpora")) ? false : `no shared corpora at ${SHARED} (set CROSSCHECK_SHARED)`;

/** A path inside a shared corpus: `corpus("ecbplus-dev", "docs")`. */
export function corpus(name: string, ...parts: string[]): string {
  return join(SHARED, "corpora", name, ...parts);
}

/** A shared checker script: `checker("check-report.mjs")`. */
export function checker(name: string): string {
  return join(SHARED, "check", name);
}

/** The repository's root folder. */
export const REPO_ROOT = REPO;
