// Builds dist/: the shipped JavaScript (src/ without tests), then a stamp that
// bin/crosscheck.mjs compares with src/ to know the build is current. dist/ is emptied first
// so that a module deleted from src/ does not live on in it.
//
// `--if-possible` (the `prepare` script, run by `npm install`) never fails the install: with
// no TypeScript (a production install) or a failed build it says so and leaves no dist/, and
// the bin runs the sources through tsx instead.
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const dist = join(root, "dist");
const lenient = process.argv.includes("--if-possible");

rmSync(dist, { recursive: true, force: true });
try {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
  writeFileSync(join(dist, ".build-stamp"), `${new Date().toISOString()}\n`);
} catch (error) {
  rmSync(dist, { recursive: true, force: true });
  if (!lenient) throw error;
  console.error(`crosscheck: no dist/ built (${error.code === "MODULE_NOT_FOUND" ? "TypeScript is not installed" : "the build failed"}); bin/crosscheck.mjs will run the sources through tsx`);
}
