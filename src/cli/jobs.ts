// `--jobs N`: the threads the per-document stages may use (src/parallel/).
import { InvalidArgumentError } from "commander";

export const JOBS_HELP = "threads for cleaning and extraction (default: the cores available; 1 runs in one thread)";

export function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!/^\d+$/.test(value) || jobs < 1 || jobs > 256) throw new InvalidArgumentError("jobs is a whole number from 1 to 256.");
  return jobs;
}
