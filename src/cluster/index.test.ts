import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { clusterDocuments, EventClusterer } from "./index.ts";
import { documentFromText, documentsFromFolder } from "../../test/support/cluster-documents.ts";
import type { CleanDocument, Link } from "../types.ts";

const founding = fileURLToPath(new URL("../../examples/balochistan-2026-02", import.meta.url));

function doc(id: string, published: string, text: string): CleanDocument {
  return documentFromText(id, ` date ${published} \n\n${text}`);
}

// Two similar events in one province, a month apart; every report of the second names the
// first as background. Background must not pull them together.
const hijack = [
  doc("h1", "2025-03-12", "Militants of the Baloch Liberation Army hijacked the Jaffar Express near Sibi in Balochistan on Tuesday, holding hundreds of passengers hostage in a tunnel. Security forces said 21 passengers were killed."),
  doc("h2", "2025-03-12", "Gunmen stormed the Jaffar Express passenger train in a tunnel near Sibi on Tuesday and took passengers hostage, officials in Quetta said. The Baloch Liberation Army claimed the hijacking."),
  doc("h3", "2025-03-13", "Pakistani troops freed more than 300 hostages from the hijacked Jaffar Express near Sibi after a day-long siege; the army said 33 militants were killed in the tunnel."),
];
const raids = [
  doc("r1", "2026-02-02", "Pakistani security forces killed 24 militants in overnight raids in Mastung and Noshki districts, raising the toll to 177 since coordinated attacks began on Saturday. Last March, militants hijacked the Jaffar Express near Sibi."),
  doc("r2", "2026-02-02", "Raids in Mastung and Noshki killed two dozen insurgents overnight, police said, after coordinated attacks on Saturday across Balochistan. In March 2025 the same group hijacked the Jaffar Express in a tunnel near Sibi."),
  doc("r3", "2026-02-01", "Balochistan's chief minister said 31 civilians and 17 security personnel died in Saturday's coordinated attacks in Mastung, Noshki and Gwadar; security forces killed 145 militants in raids. The group hijacked the Jaffar Express last year."),
];

function groupsOf(clusters: { documents: string[] }[]): string[] {
  return clusters.map((c) => [...c.documents].sort().join(",")).sort();
}

test("the founding corpus is one event, with evidence", () => {
  const clusters = clusterDocuments(documentsFromFolder(founding), []);
  assert.equal(clusters.length, 1);
  assert.equal(clusters[0].documents.length, 5);
  assert.ok(clusters[0].evidence.some((e) => e.startsWith("shared places:") && e.includes("Balochistan")), clusters[0].evidence.join(" | "));
  assert.ok(clusters[0].evidence.some((e) => e.startsWith("dates:")));
});

test("a background mention of an earlier event does not merge two events", () => {
  // The founding corpus names the March 2025 Jaffar Express hijacking as background.
  const reports = documentsFromFolder(founding);
  const clusters = clusterDocuments([...hijack, ...reports], []);
  assert.deepEqual(groupsOf(clusters), [reports.map((d) => d.id).sort().join(","), "h1,h2,h3"].sort());
});

test("adding one at a time, in any order, ends where adding in bulk does", () => {
  const bulk = groupsOf(clusterDocuments([...hijack, ...raids], []));
  const clusterer = new EventClusterer();
  for (const d of [raids[2], hijack[0], raids[0], hijack[2], hijack[1], raids[1]]) clusterer.add([d]);
  assert.deepEqual(groupsOf(clusterer.clusters()), bulk);
});

test("lineage links keep copies together even when their texts drift apart", () => {
  const link: Link = { a: "h1", b: "r3", relation: "rewrite", similarity: 0.4, newer: "r3", changes: [] };
  const clusters = clusterDocuments([...hijack, ...raids], [link]);
  const withH1 = clusters.find((c) => c.documents.includes("h1"));
  assert.ok(withH1?.documents.includes("r3"));
});

test("links may arrive before the reports they name", () => {
  const clusterer = new EventClusterer();
  clusterer.add([hijack[0]], [{ a: "h1", b: "r1", relation: "duplicate", similarity: 1, newer: null, changes: [] }]);
  clusterer.add([...raids, ...hijack.slice(1)]);
  const withH1 = clusterer.clusters().find((c) => c.documents.includes("h1"));
  assert.ok(withH1?.documents.includes("r1"));
});

test("no reports, no clusters; one report, one cluster", () => {
  assert.deepEqual(clusterDocuments([], []), []);
  const [only] = clusterDocuments([hijack[0]], []);
  assert.deepEqual(only.documents, ["h1"]);
  assert.ok(only.evidence.includes("single report"));
});

test("wire copies run by several outlets do not split their event", () => {
  const reports = documentsFromFolder(founding);
  const copies = [1, 2, 3].map((n) => documentFromText(`copy${n}`, reports[1].raw));
  const clusters = clusterDocuments([...reports, ...copies], []);
  assert.equal(clusters.length, 1);
});

test("evidence shows no word whose capital is only the sentence's ('Analysts say')", () => {
  const story = (id: string, extra: string) =>
    doc(id, "2026-03-04", `A gas explosion destroyed a market in Karak on Tuesday, killing nine people, officials said. Analysts say the blast was the worst in the district. ${extra}`);
  const [cluster] = clusterDocuments([story("a", "Rescuers searched the rubble."), story("b", "Shops stayed closed.")], []);
  const names = cluster.evidence.find((e) => e.startsWith("shared names:")) ?? "";
  assert.ok(!/Analysts/.test(names), cluster.evidence.join(" | "));
});

test("evidence names only what independent sources share: a name only one wire story's copies repeat is that story's word", () => {
  const wire = (id: string) =>
    doc(id, "2026-03-04", "Gunmen attacked a police station in Karak on Tuesday, killing nine officers, officials said. The Tehreek Force claimed the attack. Former Prime Minister Ayesha Durrani condemned the attack.");
  const own = (id: string, line: string) => doc(id, "2026-03-04", `Nine police officers were killed when gunmen stormed a station in Karak on Tuesday. ${line}`);
  const copies = [wire("w1"), wire("w2"), wire("w3")];
  const links: Link[] = [
    { a: "w1", b: "w2", relation: "duplicate", similarity: 1, newer: null, changes: [] },
    { a: "w1", b: "w3", relation: "duplicate", similarity: 1, newer: null, changes: [] },
  ];
  const reports = [...copies, own("x", "The Tehreek Force said it carried out the raid."), own("y", "A spokesman for the Tehreek Force said its fighters attacked.")];
  const [cluster] = clusterDocuments(reports, links);
  const names = cluster.evidence.find((e) => e.startsWith("shared names:")) ?? "";
  assert.match(names, /Tehreek Force/);
  assert.doesNotMatch(names, /Durrani/, cluster.evidence.join(" | "));
});

test("evidence shows no byline, photo credit, outlet, modifier or page furniture", () => {
  const story = (id: string, extra: string) =>
    doc(
      id,
      "2026-03-04",
      `By Dana Whitlock. A gunman opened fire on a bus in Karak on Tuesday, killing nine people, officials said. Police blamed Pakistan-based militants. (Rob Carver/Getty Images) View Larger Map. Published Monday. ${extra} Staff writer Lee Ortman contributed to this report.`,
    );
  const [cluster] = clusterDocuments([story("a", "The Karak Daily News said the road was closed."), story("b", "The Karak Daily News said shops were shut.")], []);
  const names = cluster.evidence.find((e) => e.startsWith("shared names:")) ?? "";
  for (const junk of ["Dana Whitlock", "Rob Carver", "Getty", "Daily News", "Pakistan-based", "View Larger Map", "Published", "Lee Ortman"]) {
    assert.ok(!names.includes(junk), `${junk} in ${cluster.evidence.join(" | ")}`);
  }
});
