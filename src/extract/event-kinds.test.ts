// The kinds of event a report names, and whether it names one or several (sentences written in news style).
import assert from "node:assert/strict";
import { test } from "node:test";
import { findEventKinds } from "./event-kinds.ts";
import { cleanDocumentFromText } from "../../test/support/documents.ts";

const kinds = (title: string, text: string) => findEventKinds(cleanDocumentFromText("d", text, { meta: { title } }));

test("a report naming one airstrike is about a strike, in the singular", () => {
  const [strike] = kinds("Airstrike on town kills 4", "An airstrike on a town in the north killed four people on Monday.");
  assert.equal(strike.kind, "Strikes");
  assert.equal(strike.single, "Strike");
});

test("a report naming several keeps the plural title; a kind titled in the singular gets no single form", () => {
  assert.equal(kinds("Airstrikes hit two towns", "Two airstrikes hit towns in the north.")[0].single, undefined);
  assert.equal(kinds("Attacks kill 9", "An attack on a bus and further attacks on police killed nine.").find((k) => k.kind === "Attacks")?.single, undefined);
  // "attacked" names no number: one attack, said as a verb too, is still one.
  assert.equal(kinds("Gunmen attack checkpoint", "Gunmen attacked a checkpoint; the attack killed two.").find((k) => k.kind === "Attacks")?.single, "Attack");
  assert.equal(kinds("Quake kills 3", "An earthquake killed three people.")[0].single, undefined);
});
