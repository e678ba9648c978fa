// One vocabulary and one date policy: chrono is read by one file, and no file outside the
// lexicon and the date module spells out its own list of month names.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, it } from "node:test";

const SRC = resolve(import.meta.dirname, "../src");
const CALENDAR_HOMES = new Set(["text/lexicon/calendar.ts", "text/dates.ts"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

const FILES = sourceFiles(SRC).map((path) => ({ name: relative(SRC, path).split("\\").join("/"), text: readFileSync(path, "utf8") }));

const FULL = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const SHORT = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Code without its comments: a comment may name months ("Jan. 6") without listing them. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

/**
 * Runs of three or more different month words (full or short) with nothing but list
 * punctuation between them: a regex alternation ("jan|feb|mar"), an array ("January",
 * "February", ...), a record ({ jan: 1, feb: 2, ...}) or a word string ("jan feb mar").
 */
function monthLists(text: string): string[] {
  const month = `(?:${[...FULL, ...SHORT, "sept"].join("|")})`;
  // Between two items of a list: punctuation, digits and white space, never a word.
  const between = "[^a-z]{1,12}";
  const run = new RegExp(`\\b${month}\\b(?:${between}\\b${month}\\b){2,}`, "gi");
  return [...code(text).matchAll(run)]
    .map((m) => m[0])
    .filter((found) => new Set((found.toLowerCase().match(new RegExp(`\\b${month}\\b`, "g")) ?? [])).size >= 3);
}

describe("the shared vocabulary", () => {
  it("has chrono imported by exactly one file, the date module", () => {
    const importers = FILES.filter((f) => /from\s+["']chrono-node(\/[\w-]+)?["']|require\(["']chrono-node|import\(["']chrono-node/.test(f.text)).map((f) => f.name);
    assert.deepEqual(importers, ["text/dates.ts"]);
  });

  it("keeps every month-name list in the lexicon or the date module", () => {
    const offenders = FILES.filter((f) => !CALENDAR_HOMES.has(f.name)).flatMap((f) => monthLists(f.text).map((list) => `${f.name}: ${list.slice(0, 60)}`));
    assert.deepEqual(offenders, []);
  });

  it("would see the lists it forbids", () => {
    for (const sample of [
      'const M = /\\b(jan|feb|mar)\\b/i;',
      'const NAMES = ["January", "February", "March"];',
      "const N = { jan: 1, feb: 2, mar: 3 };",
      "const W = `january february\n  march april`;",
      'const R = /(January|February|March|April)/;',
    ]) assert.ok(monthLists(sample).length > 0, sample);
    for (const sample of ["// Jan. 6, Feb. 7 and March 8 in a comment", 'const A = "may march";', 'const text = "Police said on Monday";']) {
      assert.deepEqual(monthLists(sample), [], sample);
    }
  });
});
