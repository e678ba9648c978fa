// Exact repeats (one text under several ids) are verified once per pair of contents: every
// copy must still get the link a verification of its own would give, under its own ids.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cleanDocumentFrom } from "../../test/support/lineage-documents.ts";
import { findLineage } from "./index.ts";

const STORY = [
  "Flooding in the northern valley killed 12 people and forced thousands from their homes on Tuesday, officials said.",
  "Rescue teams pulled survivors from collapsed houses in three villages after the river burst its banks overnight. Helicopters dropped food to families stranded on rooftops.",
  "The provincial disaster agency said 40 people were injured and 300 houses were destroyed. Roads to the area remained closed by landslides.",
  "Forecasters warned that more heavy rain was expected through the weekend across the mountain districts.",
];
const UPDATE = STORY.map((p) => p.replace("killed 12 people", "killed 19 people"));

describe("findLineage on exact repeats", () => {
  it("gives every copy of a report the verdict it would get alone, with its own ids", async () => {
    const alone = await findLineage([cleanDocumentFrom("first", STORY.join("\n\n")), cleanDocumentFrom("update", UPDATE.join("\n\n"))]);
    assert.equal(alone.links.length, 1);
    const copies = ["first", "copy-1", "copy-2"].map((id) => cleanDocumentFrom(id, STORY.join("\n\n")));
    const { links } = await findLineage([...copies, cleanDocumentFrom("update", UPDATE.join("\n\n"))]);
    for (const id of ["copy-1", "copy-2"]) {
      const link = links.find((l) => l.a === id && l.b === "update");
      assert.ok(link, `${id} ~ update`);
      assert.deepEqual({ ...link, a: "first" }, alone.links[0]);
    }
    const between = links.filter((l) => l.b !== "update");
    assert.equal(between.length, 3, "every pair of copies is linked");
    for (const link of between) assert.equal(link.relation, "duplicate");
  });
});
