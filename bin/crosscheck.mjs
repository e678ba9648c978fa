#!/usr/bin/env node
// The package's bin. Runs the compiled CLI in dist/ when it is built and newer than every
// source file (`npm run build`; `npm install` builds it through `prepare`), since loading
// plain JavaScript starts several times faster; otherwise runs the TypeScript through tsx,
// so an edit in src/ is never shadowed by a stale build and no build step is ever required.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");

/** The newest modification time of the files that go into dist/ (tests do not). */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function builtAndCurrent() {
  const stamp = join(root, "dist", ".build-stamp");
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  const configs = ["tsconfig.json", "tsconfig.build.json"].map((name) => statSync(join(root, name)).mtimeMs);
  return Math.max(newestSource(join(root, "src")), ...configs) <= built;
}

let main;
if (process.env.CROSSCHECK_TSX !== "1" && builtAndCurrent()) {
  ({ main } = await import("../dist/cli/index.js"));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/cli/index.ts"));
}
process.exitCode = await main(process.argv.slice(2));
