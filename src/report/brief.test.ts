// The brief's own rules: a qualifier is never dropped in any output, a timeline marks the
// values a later version replaced or that repeat an earlier day, a headline is cited as
// such, an article's address is kept and linked, and a claim no one denies is not disputed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildReport, renderCsv, renderHtml, renderMarkdown } from "./index.ts";
import { citation, claimSummary, notGeocodedWords, oneSideWords, pointWords, speakerAsSaid, timeline, timelineNote, victimsMadeOf, viewOf } from "./view.ts";
import { figuresTableMarkdown } from "./figure-table.ts";
import { handMadeStatement } from "../../test/support/documents.ts";
import type { Figure } from "../types.ts";
import { handMadeReportInput } from "../../test/support/report-input.ts";
import type { BuildReportInput } from "./index.ts";

/** The hand-made input with its injured figure's best made "nearly 35", and a JSONL address on the first report. */
function qualifiedInput(): BuildReportInput {
  const input = handMadeReportInput();
  const injured = input.events[0].figures[1];
  injured.statements = injured.statements.map((s) => (s.value === 35 ? { ...s, qualifier: "nearly" } : s));
  input.documents[0] = { ...input.documents[0], given: { ...input.documents[0].given, url: "https://example.org/news/kharkiv (1)" } };
  return input;
}

test("qualifier-kept: the best's qualifier is in Markdown, HTML, CSV and JSON", () => {
  const report = buildReport(qualifiedInput());
  assert.equal(report.events[0].figures[1].bestQualifier, "nearly");
  const md = renderMarkdown(report);
  assert.match(md, /\| People injured \| \*\*nearly 35\*\* \|/);
  assert.match(md, /best nearly 35/);
  assert.doesNotMatch(md, /[^y] 35 people injured|injured: 35\b/);
  assert.match(renderHtml(report), /<td class="num best">nearly 35<\/td>/);
  assert.match(renderCsv(report), /,nearly 35,/);
});

test("url: kept in the JSON and CSV, linked in Markdown and HTML", () => {
  const report = buildReport(qualifiedInput());
  assert.equal(report.documents[0].url, "https://example.org/news/kharkiv (1)");
  assert.equal(report.documents[1].url, null);
  assert.match(renderMarkdown(report), /\[https:\/\/example\.org\/news\/kharkiv \\?\(1\\?\)\]\(https:\/\/example\.org\/news\/kharkiv%20%281%29\)/);
  assert.match(renderHtml(report), /<a href="https:\/\/example\.org\/news\/kharkiv \(1\)">Shelling kills 12 at Kharkiv market<\/a>/);
  assert.match(renderCsv(report), /https:\/\/example\.org\/news\/kharkiv \(1\)/);
});

test("the outlet falls back to the URL's host", () => {
  const input = qualifiedInput();
  input.documents[0] = { ...input.documents[0], meta: { ...input.documents[0].meta, outlet: null } };
  assert.equal(buildReport(input).documents[0].outlet, "example.org");
});

test("timeline: by reported date, then lineage; a value a later version replaced, and a repeated one, are marked", () => {
  const input = handMadeReportInput();
  const report = buildReport(input);
  const view = viewOf({ ...report, families: [{ id: "a_reuters", members: ["a_reuters", "b_copy"], relations: [], newest: ["b_copy"], original: ["a_reuters"], later: [["a_reuters", "b_copy"]], versions: [["a_reuters", "b_copy"]], dated: [] }] });
  const killed = report.events[0].figures[0];
  const base = killed.statements[0];
  const figure = {
    ...killed,
    statements: [
      { ...base, document: "b_copy", value: 14, reported: "2024-05-14" },
      { ...base, document: "a_reuters", value: 12, reported: "2024-05-14" },
      { ...base, document: "c_ministry", value: 12, reported: "2024-05-15" },
    ],
  };
  const points = timeline(figure, view);
  assert.deepEqual(points.map((p) => [p.date, p.value]), [["2024-05-14", 12], ["2024-05-14", 14], ["2024-05-15", 12]]);
  assert.equal(timelineNote(view, points[0]), "replaced by b's update");
  assert.equal(timelineNote(view, points[1]), "");
  assert.equal(timelineNote(view, points[2]), "repeats the figure of 2024-05-14");
});

test("timeline: two reports of one day with one value in different words are two points, each keeping its qualifier", () => {
  const input = handMadeReportInput();
  const view = viewOf(buildReport(input));
  const killed = buildReport(input).events[0].figures[0];
  const base = killed.statements[0];
  const figure = {
    ...killed,
    statements: [
      { ...base, document: "a_reuters", value: 17, qualifier: "exact" as const, reported: "2024-05-14" },
      // One report saying "at least 17" and "17": its barest words speak for it.
      { ...base, document: "b_copy", value: 17, qualifier: "at_least" as const, reported: "2024-05-15" },
      { ...base, document: "b_copy", value: 17, qualifier: "exact" as const, reported: "2024-05-15" },
      { ...base, document: "c_ministry", value: 17, qualifier: "at_least" as const, reported: "2024-05-15" },
    ],
  };
  const points = timeline(figure, view);
  assert.deepEqual(points.map((p) => [p.date, pointWords(p), [...new Set(p.statements.map((s) => s.document))]]), [
    ["2024-05-14", "17", ["a_reuters"]],
    ["2024-05-15", "17", ["b_copy"]],
    ["2024-05-15", "at least 17", ["c_ministry"]],
  ]);
  assert.equal(timelineNote(view, points[2]), "repeats the figure of 2024-05-14");
});

test("timeline in HTML: a value a later version replaced is marked there too, as in Markdown", () => {
  const input = handMadeReportInput();
  const report = buildReport(input);
  const families = [{ id: "a_reuters", members: ["a_reuters", "b_copy"], relations: [], newest: ["b_copy"], original: ["a_reuters"], later: [["a_reuters", "b_copy"]] as [string, string][], versions: [["a_reuters", "b_copy"]] as [string, string][], dated: [] }];
  const killed = report.events[0].figures[0];
  const base = killed.statements[0];
  killed.statements = [
    { ...base, document: "a_reuters", value: 12, reported: "2024-05-14" },
    { ...base, document: "b_copy", value: 14, reported: "2024-05-14" },
  ];
  const html = renderHtml({ ...report, families });
  assert.match(html, /12 \(a; replaced by b&#39;s update\)/);
  assert.match(renderMarkdown({ ...report, families }), /12 \(a; replaced by b's update\)/);
});

test("a headline's figure is cited as the headline, a body's by paragraph and sentence", () => {
  const view = viewOf(buildReport(handMadeReportInput()));
  assert.equal(citation(view, { document: "a_reuters", place: null, start: 3, end: 5, rule: "headline:count" }).where, "headline");
  assert.equal(citation(view, { document: "a_reuters", place: { paragraph: 2, sentence: 3 }, start: 3, end: 5 }).where, "paragraph 2, sentence 3");
});

test("claims: disputed only when evidence denies; each piece of evidence cited with its stance", () => {
  const input = handMadeReportInput();
  const claim = input.events[0].assertions[0];
  input.events[0].assertions.push({ ...claim, claim: "Moscow carried out the strike", kind: "responsibility", disputedBy: [], evidence: [{ ...claim.evidence[0] }, { ...claim.evidence[0], stance: "no-response", who: "Kyiv" }] });
  const md = renderMarkdown(buildReport(input));
  const disputed = md.slice(md.indexOf("### Disputed claims"), md.indexOf("### Claims no report disputes"));
  assert.match(disputed, /soldiers/);
  assert.doesNotMatch(disputed, /carried out the strike/);
  assert.match(md, /### Claims no report disputes\n\n- “Moscow carried out the strike” \(responsibility\): asserted by Moscow; no response from Kyiv; no denial reported/);
  assert.match(md, /  - denied by Kyiv, 2024-05-14: “Kyiv denied the claim\.” `a`, paragraph 1, sentence 3/);
});

test("claims: two wordings of one actor in one stance are its name once, one wording stays as the report wrote it", () => {
  const claim = handMadeReportInput().events[0].assertions[0];
  const evidence = (who: string, stance: "asserts" | "no-response") => ({ ...claim.evidence[0], stance, who });
  const actors = [{ name: "Russian Armed Forces", aliases: ["Moscow", "Russian forces"] }];
  const twoWordings = { ...claim, evidence: [evidence("Kyiv", "asserts"), evidence("Moscow", "no-response"), evidence("Russian Armed Forces", "no-response")] };
  assert.equal(claimSummary(twoWordings, actors), "asserted by Kyiv; no response from Russian Armed Forces; no denial reported");
  const oneWording = { ...claim, evidence: [evidence("Kyiv", "asserts"), evidence("Moscow", "no-response")] };
  assert.equal(claimSummary(oneWording, actors), "asserted by Kyiv; no response from Moscow; no denial reported");
});

test("a one-word common-noun speaker reads with its article; names and plurals stay as written", () => {
  const said = (attribution: string, kind: "state" | "official" | "unnamed" | "organization") => speakerAsSaid({ attribution, speaker: { text: attribution, kind } });
  assert.equal(said("Army", "state"), "the army");
  assert.equal(said("spokesman", "official"), "the spokesman");
  assert.equal(said("officials", "unnamed"), "officials");
  assert.equal(said("Reuters", "organization"), "Reuters");
  assert.equal(said("Pakistan’s army", "state"), "Pakistan’s army");
  assert.equal(said("UN", "organization"), "UN");
});

test("a place not geocoded is said to be so, with the nearest place its report names", () => {
  const place = (name: string, near?: string) => ({ name, country: "MA", lat: null, lon: null, mentions: 1, ...(near ? { near } : {}) });
  assert.equal(notGeocodedWords([place("Tizi province", "Agadir")]), "Tizi province is not geocoded (the offline gazetteer does not have it); the nearest place its report names is Agadir.");
  assert.equal(notGeocodedWords([place("Tizi province"), place("Ouarzaz")]), "Tizi province and Ouarzaz are not geocoded (the offline gazetteer does not have them).");
});

test("a count of people that only says a group's count again is marked as that count in the figures table", () => {
  const headline = handMadeStatement("h", "Strike kills 9", 0, 1, { measure: "killed", group: "victims", value: 9, reported: "2025-05-02" });
  const body = handMadeStatement("h", "The strike killed 9 civilians, medics said.", 0, 1, { measure: "killed", group: "civilians", value: 9, reported: "2025-05-02" });
  const denial = handMadeStatement("k", "The army said no civilians were killed.", 0, 1, { measure: "killed", group: "civilians", value: 0, reported: "2025-05-02" });
  const figure = (group: Figure["group"], status: Figure["status"], statements: Figure["statements"]): Figure => ({ measure: "killed", group, best: 9, low: 0, high: 9, asOf: "2025-05-02", status, rules: [], sources: 1, statements });
  const rows = figuresTableMarkdown([figure("victims", "agreed", [headline]), figure("civilians", "disputed", [body, denial])]);
  assert.match(rows[2], /\| agreed: the same count as civilians killed \(disputed\) \|/);
  assert.match(rows[3], /\| disputed \|/);
  // A count of people of its own (another report, another number) is a figure of its own.
  const other = handMadeStatement("m", "Nine people died.", 0, 1, { measure: "killed", group: "victims", value: 9, reported: "2025-05-02" });
  assert.match(figuresTableMarkdown([figure("victims", "agreed", [headline, other]), figure("civilians", "disputed", [body, denial])])[2], /\| agreed, one source \|/);
  assert.match(figuresTableMarkdown([{ ...figure("victims", "agreed", [headline, other]), sources: 2 }, figure("civilians", "disputed", [body, denial])])[2], /\| agreed \|/);
});

test("the figures table's range keeps the qualifiers of its ends", () => {
  const at = (value: number, qualifier: "exact" | "at_least" | "more_than", document: string) =>
    handMadeStatement(document, `${value} people were killed.`, 0, 1, { measure: "killed", group: "victims", value, qualifier, reported: "2025-05-02" });
  const figure = (statements: Figure["statements"]): Figure => ({ measure: "killed", group: "victims", best: 2000, low: 296, high: 2000, asOf: "2025-05-03", status: "updated", rules: [], sources: 2, statements });
  assert.match(figuresTableMarkdown([figure([at(296, "at_least", "a"), at(2000, "more_than", "c")])])[2], /\| at least 296 to more than 2000 \|/);
  // An end some report gives exactly is written bare.
  assert.match(figuresTableMarkdown([figure([at(296, "at_least", "a"), at(296, "exact", "b"), at(2000, "exact", "c")])])[2], /\| 296–2000 \|/);
});

test("a count of people is said to be made of the group counts only when they add up to it exactly", () => {
  const f = (group: Figure["group"], best: number, qualifier: "exact" | "at_least" = "exact"): Figure => ({
    measure: "killed", group, best, low: best, high: best, asOf: "2025-05-02", status: "updated", rules: [], sources: 1,
    statements: [handMadeStatement("d", `${best} killed.`, 0, 1, { measure: "killed", group, value: best, qualifier, reported: "2025-05-02" })],
  });
  assert.deepEqual(victimsMadeOf([f("victims", 20), f("civilians", 12), f("security_forces", 8)]).map((x) => x.group), ["civilians", "security_forces"]);
  assert.deepEqual(victimsMadeOf([f("victims", 21), f("civilians", 12), f("security_forces", 8)]), []);
  assert.deepEqual(victimsMadeOf([f("victims", 20), f("civilians", 12, "at_least"), f("security_forces", 8)]), []);
  assert.deepEqual(victimsMadeOf([f("victims", 12), f("civilians", 12)]), []);
});

test("in a contested event the lead says whose a figure only one source gives is", () => {
  const f = (status: Figure["status"], sources: number): Figure => ({
    measure: "killed", group: "militants", best: 7, low: 7, high: 7, asOf: "2025-05-02", status, rules: [], sources,
    statements: [handMadeStatement("b", "A spokesman said 7 militants were killed.", 0, 1, { measure: "killed", group: "militants", value: 7, reported: "2025-05-02", attribution: "spokesman", speaker: { text: "spokesman", kind: "official" } })],
  });
  assert.equal(oneSideWords(f("agreed", 1), true), " (one source: the spokesman)");
  // Uncontested events, figures two sources agree on, and disputed ones (said "disputed") are left as they are.
  assert.equal(oneSideWords(f("agreed", 1), false), "");
  assert.equal(oneSideWords(f("agreed", 2), true), "");
  assert.equal(oneSideWords(f("disputed", 1), true), "");
});
