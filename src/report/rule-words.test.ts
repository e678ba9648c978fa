import assert from "node:assert/strict";
import { test } from "node:test";
import { join } from "node:path";
import { runPipeline } from "../pipeline.ts";
import { explainRule, RULE_WORDS } from "./rule-words.ts";

test("a rule line splits into its name, its meaning in words and its details", () => {
  assert.deepEqual(explainRule("copies-once: 3 statement(s) in 2 document(s)"), { name: "copies-once", meaning: RULE_WORDS["copies-once"], detail: "3 statement(s) in 2 document(s)" });
  assert.deepEqual(explainRule("Something else entirely"), { name: null, meaning: null, detail: "Something else entirely" });
});

test("every rule the founding corpus's figures cite has words for its reader", async () => {
  const { report } = await runPipeline([join(import.meta.dirname, "../../examples/balochistan-2026-02")], { generatedAt: "2026-02-05T00:00:00.000Z" });
  const names = new Set(report.events.flatMap((e) => e.figures.flatMap((f) => f.rules.map((r) => explainRule(r).name))));
  for (const name of names) if (name) assert.ok(RULE_WORDS[name], `no words for the rule ${name}`);
});
