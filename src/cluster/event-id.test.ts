import assert from "node:assert/strict";
import { test } from "node:test";
import { cleanDocumentFromText } from "../../test/support/documents.ts";
import { EventClusterer } from "./index.ts";
import { eventIdOf } from "./event-id.ts";

const quake = (id: string, published: string | null, extra = "") =>
  cleanDocumentFromText(id, `A magnitude 6.1 earthquake struck near Herat in western Afghanistan on Tuesday, killing 12 people, officials said. ${extra}`, {
    meta: { published },
  });

test("an event's id is its earliest report's: dated before undated, then the smallest id", () => {
  assert.equal(eventIdOf([quake("b", "2026-02-02"), quake("a", null), quake("c", "2026-02-01")]), "e-c");
  assert.equal(eventIdOf([quake("b", "2026-02-01"), quake("a", "2026-02-01")]), "e-a");
  assert.equal(eventIdOf([quake("z", null), quake("y", null)]), "e-y");
});

test("an event keeps its id as later reports join it and larger events appear", () => {
  const clusterer = new EventClusterer();
  clusterer.add([quake("first", "2026-02-03")]);
  const before = clusterer.clusters().map((c) => c.id);
  assert.deepEqual(before, ["e-first"]);
  clusterer.add([quake("second", "2026-02-04", "Rescue teams searched the rubble."), quake("third", "2026-02-05", "The toll rose to 14.")]);
  const after = clusterer.clusters();
  const grown = after.find((c) => c.documents.includes("first"));
  assert.equal(grown?.id, "e-first");
  assert.equal(new Set(after.map((c) => c.id)).size, after.length);
});
