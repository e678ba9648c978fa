// What the gate measures on: digests of the files a score was read from, and the stable
// split of every corpus into a "dev" and a "held-out" half.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export type Half = "dev" | "held-out";
export const HALVES: Half[] = ["dev", "held-out"];

/**
 * The half an item belongs to, "dev" (rules may be written looking at its failures) or
 * "held-out" (only scored). Items are split by the unit a mistake spreads over: pages for
 * cleaning, gold events for lineage, clusters, statements and figures (documents of one event
 * share their errors). ECB+ events ("12_ecb", "12_ecbplus") go by topic, odd topics dev, so
 * that the two similar events of a topic, each the other's hard negative, never straddle the
 * halves. Everything else goes by FNV-1a of its id, even for dev: stable across runs,
 * machines and corpus order, and blind to content.
 */
export function halfOf(id: string): Half {
  const topic = /^(\d+)_ecb/.exec(id);
  if (topic) return Number(topic[1]) % 2 === 1 ? "dev" : "held-out";
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % 2 === 0 ? "dev" : "held-out";
}

/** Every file under a path (a file or a folder), sorted, as absolute paths. */
function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}

/**
 * SHA-256 over the paths (relative to `root`) and bytes of every file read for a score: a
 * page added, removed, renamed or edited changes it, the folder's location does not.
 */
export function digestFiles(root: string, paths: string[]): string {
  const hash = createHash("sha256");
  for (const file of paths.flatMap(filesUnder).sort()) {
    hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}
