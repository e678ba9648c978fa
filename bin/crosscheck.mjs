#!/usr/bin/env node
// The package's bin. Runs the compiled CLI in dist/ when it is built and newer than every
// source file (`npm run build`; `npm install` builds it through `prepare`), since loading
// plain JavaScript starts several times faster; otherwise runs the TypeScript through tsx,
// so an edit in src/ is never shadowed by a stale build and no build step is ever required.
import { join } from "node:path";
import { builtAndCurrent } from "./built.mjs";

const root = join(import.meta.dirname, "..");

let main;
if (process.env.CROSSCHECK_TSX !== "1" && builtAndCurrent(root)) {
  ({ main } = await import("../dist/cli/index.js"));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/cli/index.ts"));
}
process.exitCode = await main(process.argv.slice(2));
