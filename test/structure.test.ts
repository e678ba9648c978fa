// The shape of src/: no module imports itself through others (a cycle makes load order
// matter and entry points unclear), and no shipped module imports test code. Read from the
// import statements themselves, so no dependency is needed.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, it } from "node:test";
import { REPO_ROOT } from "./support/shared.ts";

const SRC = join(REPO_ROOT, "src");

/** `import … from "x"`, `export … from "x"`, `import "x"` and `import("x")`, type-only ones included. */
const SPECIFIER = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^;"'`]*?\s+from\s+)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** Strips comments so that an import named in prose is not read as one. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

export function relativeImports(text: string): string[] {
  const out: string[] = [];
  for (const match of code(text).matchAll(SPECIFIER)) {
    const specifier = match[1] ?? match[2];
    if (specifier.startsWith(".")) out.push(specifier);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Every src module (tests are leaves: nothing imports them) and the modules it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC).sort()) {
    const from = relative(REPO_ROOT, file);
    graph.set(from, relativeImports(readFileSync(file, "utf8")).map((s) => relative(REPO_ROOT, resolve(dirname(file), s))));
  }
  return graph;
}

/** The first cycle met in a depth-first walk, as the path that closes it, or null. */
export function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === "done") return null;
    if (state.get(node) === "open") return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, "done");
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe("structure of src/", () => {
  const graph = importGraph();

  it("reads the import statements it is meant to", () => {
    const text = `import a from "./a.ts";\nimport type { B } from "../b.ts";\nexport { c } from "./c.ts";\nimport "./d.ts";\nconst e = await import("./e.ts");\nimport { x } from "node:fs";\n// import { f } from "./f.ts";\nimport {\n  g,\n  h,\n} from "./gh.ts";`;
    assert.deepEqual(relativeImports(text).sort(), ["../b.ts", "./a.ts", "./c.ts", "./d.ts", "./e.ts", "./gh.ts"]);
    assert.deepEqual(findCycle(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]]])), ["a", "b", "c", "a"]);
    assert.equal(findCycle(new Map([["a", ["b", "c"]], ["b", ["c"]], ["c", []]])), null);
  });

  it("has no circular imports", () => {
    assert.ok(graph.size > 50, `only ${graph.size} modules found under ${SRC}`);
    const cycle = findCycle(graph);
    assert.equal(cycle, null, `import cycle: ${cycle?.join(" -> ")}`);
  });

  it("ships no import of test code (tests beside the code may use test/support)", () => {
    const offending = [...graph]
      .filter(([file]) => !file.endsWith(".test.ts"))
      .flatMap(([file, imports]) => imports.filter((i) => i.startsWith("test/")).map((i) => `${file} imports ${i}`));
    assert.deepEqual(offending, []);
  });
});
