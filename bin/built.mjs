// Whether the compiled CLI in dist/ is current: built (`npm run build` leaves
// dist/.build-stamp) and newer than every source file that goes into it and the compiler's
// settings. Plain JavaScript, so the bin can ask before anything is compiled; bench:scale asks
// too, to say when the CLI it times would run through tsx.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The newest modification time of the files that go into dist/ (tests do not). */
export function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** True when dist/ holds a build at least as new as src/ and the tsconfig files of `root`. */
export function builtAndCurrent(root) {
  const stamp = join(root, "dist", ".build-stamp");
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  const configs = ["tsconfig.json", "tsconfig.build.json"].map((name) => statSync(join(root, name)).mtimeMs);
  return Math.max(newestSource(join(root, "src")), ...configs) <= built;
}
