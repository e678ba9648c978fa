import { test } from "node:test";
import assert from "node:assert/strict";
import { reconcileEvent } from "./index.ts";
import { mergeAssertions } from "./event-fields.ts";
import { D0, D1, D2, D3, D4, foundingDocuments, foundingExtractions, foundingLinks } from "../../test/support/founding-fixture.ts";
import { cleanDocument, extraction, familiesOfDocuments, statement } from "../../test/support/reconcile.ts";
import type { AssertionMention, ClaimEvidence, Cluster } from "../types.ts";

const cluster: Cluster = { id: "e1", documents: [D0, D1, D2, D3, D4], evidence: ["shared places: Quetta, Gwadar", "shared actor: Baloch Liberation Army"] };

const founding = () => reconcileEvent({ cluster, documents: foundingDocuments(), extractions: foundingExtractions(), families: familiesOfDocuments(foundingLinks, foundingDocuments()) });

test("founding corpus: one event with gold's figures, dates, places, actors, claims and background", () => {
  const event = founding();
  assert.equal(event.id, "e1");
  assert.equal(event.title, "Attacks in Balochistan, Pakistan");
  assert.deepEqual(event.documents, cluster.documents);
  assert.equal(event.start, "2026-01-30");
  // "On Monday" (2026-02-02) is after the first report (2026-02-01): reporting, not the event.
  assert.equal(event.end, "2026-01-31");
  const militants = event.figures.find((f) => f.measure === "killed" && f.group === "militants")!;
  assert.deepEqual([militants.best, militants.low, militants.high, militants.status], [177, 145, 177, "updated"]);
  // Figures of the Jaffar Express attack (31 killed, 33 assailants) are background.
  for (const f of event.figures) assert.ok(f.statements.every((s) => !s.quote.includes("Jaffar")), `${f.measure}/${f.group} quotes Jaffar`);
  assert.equal(event.related.length, 1);
  assert.equal(event.related[0].title, "Attack on the Jaffar Express train");
  assert.deepEqual(event.related[0].documents, [D0, D1, D3]);
  assert.deepEqual(
    event.related[0].figures.map((f) => [f.measure, f.group, f.best]),
    [["killed", "victims", 31], ["killed", "militants", 33]],
  );
  assert.deepEqual(event.evidence, cluster.evidence);
});

test("places merge by name and by coordinates (Noshki, Nushki), counted and ordered by mentions", () => {
  const event = founding();
  const names = event.places.map((p) => p.name);
  assert.equal(names.filter((n) => n === "Noshki" || n === "Nushki").length, 1);
  const counts = event.places.map((p) => p.mentions);
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
  assert.ok(names.indexOf("Balochistan") < names.indexOf("Quetta"));
  const quetta = event.places.find((p) => p.name === "Quetta")!;
  assert.equal(quetta.country, "PK");
});

test("actors merge by canonical name; aliases are the distinct surfaces", () => {
  const bla = founding().actors.find((a) => a.name === "Baloch Liberation Army")!;
  assert.equal(bla.kind, "armed_group");
  assert.deepEqual(bla.aliases, ["BLA", "Baloch Liberation Army", "Balochistan Liberation Army"]);
});

test("assertions merge by claim: who asserts and who denies, and in which reports", () => {
  const claims = founding().assertions;
  assert.equal(claims.length, 1, JSON.stringify(claims));
  assert.deepEqual(claims[0].documents, [D2, D4]);
  assert.equal(claims[0].kind, "backing");
  assert.ok(claims[0].disputedBy.includes("New Delhi") && claims[0].disputedBy.includes("Randhir Jaiswal"));
  assert.deepEqual(claims[0].by, ["Pakistan's military", "Pakistan's defence minister"]);
  assert.deepEqual(claims[0].evidence.map((e) => e.stance), ["asserts", "denies", "denies", "asserts", "asserts", "denies"]);
});

test("a claim is disputed only when some evidence denies it: no response is not a denial", () => {
  const ev = (document: string, stance: ClaimEvidence["stance"], who: string): ClaimEvidence => ({ document, stance, who, quote: "q", start: 0, end: 1, reported: null, place: { paragraph: 1, sentence: 1 } });
  const mention = (document: string, kind: AssertionMention["kind"], subject: string, evidence: ClaimEvidence[]): AssertionMention =>
    ({ claim: kind === "backing" ? "The attacks were backed by India" : `${subject} carried out the attacks`, kind, subject, by: [], disputedBy: [], document, start: 0, end: 1, evidence });
  const claims = mergeAssertions(
    [
      extraction("a", { assertions: [mention("a", "backing", "IN", [ev("a", "asserts", "Interior Minister Mohsin Naqvi"), ev("a", "no-response", "New Delhi")]), mention("a", "responsibility", "BLA", [ev("a", "asserts", "BLA")])] }),
      extraction("b", { assertions: [mention("b", "responsibility", "Baloch Liberation Army (BLA)", [ev("b", "asserts", "Baloch Liberation Army (BLA)")])] }),
    ],
    [{ name: "Baloch Liberation Army", aliases: ["BLA", "Baloch Liberation Army"], kind: "armed_group" }],
  );
  const backing = claims.find((c) => c.kind === "backing")!;
  assert.deepEqual(backing.disputedBy, []);
  assert.deepEqual(backing.by, ["Interior Minister Mohsin Naqvi"]);
  const responsibility = claims.find((c) => c.kind === "responsibility")!;
  assert.equal(responsibility.claim, "Baloch Liberation Army carried out the attacks");
  assert.deepEqual(responsibility.documents, ["a", "b"]);
  assert.deepEqual(responsibility.by, ["Baloch Liberation Army"]);
  assert.deepEqual(responsibility.disputedBy, []);
});

test("only the cluster's documents count; an event without places takes a document title", () => {
  const a = cleanDocument("a", "A tanker overturned on the highway and 7 people were injured.", { title: "Tanker crash injures seven", published: "2025-07-01" });
  const other = cleanDocument("b", "Unrelated.", { published: "2025-07-01" });
  const s = statement("a", "A tanker overturned on the highway and 7 people were injured.", "7", { measure: "injured", group: "victims", value: 7, reported: "2025-07-01" });
  const t = statement("b", "Unrelated 99 killed.", "99", { measure: "killed", group: "victims", value: 99 });
  const event = reconcileEvent({
    cluster: { id: "c", documents: ["a"], evidence: [] },
    documents: [a, other],
    extractions: [extraction("a", { statements: [s], dates: [{ date: "2025-07-02", until: null, text: "Wednesday", start: 0, end: 1, background: false }] }), extraction("b", { statements: [t] })],
    families: [],
  });
  assert.equal(event.title, "Tanker crash injures seven");
  assert.deepEqual(event.figures.map((f) => f.best), [7]);
  // The only date is after the publication: no date of the event is known.
  assert.deepEqual([event.start, event.end], [null, null]);
  assert.deepEqual(event.places, []);
});

test("the founding event validates against the contract's event schema", async () => {
  const { readFileSync } = await import("node:fs");
  const { default: Ajv2020 } = await import("ajv/dist/2020.js");
  const Ajv = Ajv2020.default;
  const schema = JSON.parse(readFileSync(new URL("../../contract/report.schema.json", import.meta.url), "utf8"));
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addSchema(schema);
  const validate = ajv.getSchema("crosscheck-report-v1#/$defs/event")!;
  const event = JSON.parse(JSON.stringify(founding()));
  assert.ok(validate(event), JSON.stringify(validate.errors, null, 2));
});

test("event dates: a stray year far from what most reports say is left out", () => {
  const doc = (id: string) => cleanDocument(id, "x", { published: "2024-05-20" });
  const when = (date: string, until: string | null = null) => ({ date, until, text: date, start: 0, end: 1, background: false });
  const event = reconcileEvent({
    cluster: { id: "d", documents: ["a", "b", "c"], evidence: [] },
    documents: [doc("a"), doc("b"), doc("c")],
    extractions: [
      extraction("a", { dates: [when("2024-05-18"), when("1923-01-01")] }),
      extraction("b", { dates: [when("2024-05-18"), when("2024-05-17", "2024-05-18")] }),
      extraction("c", { dates: [when("2024-05-18"), when("2024-05-25")] }),
    ],
    families: [],
  });
  assert.deepEqual([event.start, event.end], ["2024-05-17", "2024-05-18"]);
});

test("title: no event word unless half the reports lead with it; then the most representative title", () => {
  const docs = [
    cleanDocument("s1", "The Red Sox made an eight-year offer to Mark Teixeira on Tuesday. Their attack needs a slugger.", { title: "Red Sox extend offer to Teixeira" }),
    cleanDocument("s2", "Boston has offered free agent Mark Teixeira an eight-year deal, reports say.", { title: "Red Sox offer Teixeira eight years" }),
    cleanDocument("s3", "Dec 16, 2008 4:10pm EST", { title: "Dec 16, 2008 4:10pm EST" }),
  ];
  const place = { name: "Boston", country: "US", lat: 42.36, lon: -71.06, kind: "city", start: 0, end: 6 };
  const event = reconcileEvent({
    cluster: { id: "t", documents: ["s1", "s2", "s3"], evidence: [] },
    documents: docs,
    extractions: [extraction("s1", { places: [place] }), extraction("s2", { places: [place] }), extraction("s3")],
    families: [],
  });
  assert.equal(event.title, "Red Sox extend offer to Teixeira");
});
