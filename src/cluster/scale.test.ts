// Lineage can hand clustering hundreds of thousands of links (a stream of exact repeats gave
// 238,230): taking them must not depend on the call stack, as a spread of them once did.
import { test } from "node:test";
import assert from "node:assert/strict";
import { clusterDocuments } from "./index.ts";
import { documentFromText } from "../../test/support/cluster-documents.ts";
import type { Link } from "../types.ts";

test("a quarter of a million links between a few reports are taken without overflowing", () => {
  const text = "Gunmen stormed a passenger train in a tunnel near Sibi on Tuesday and took passengers hostage, officials in Quetta said.";
  const docs = ["a", "b", "c", "d"].map((id) => documentFromText(id, ` date 2025-03-12 \n\n${text}`));
  const link = (a: string, b: string): Link => ({ a, b, relation: "duplicate", similarity: 1, newer: null, changes: [] });
  const links: Link[] = [];
  for (let i = 0; i < 250_000; i++) links.push(i % 2 === 0 ? link("a", "b") : link("c", "d"));
  const clusters = clusterDocuments(docs, links);
  const groups = clusters.map((c) => [...c.documents].sort().join(",")).sort();
  assert.ok(groups.includes("a,b,c,d") || (groups.includes("a,b") && groups.includes("c,d")), groups.join(" | "));
});
