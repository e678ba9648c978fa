import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cleanDocumentFromText } from "../../test/support/documents.ts";
import type { CleanDocument } from "../types.ts";
import { extractDocument, extractDocuments } from "./index.ts";
import { findRoleHolders, speakerOf } from "./speakers.ts";
import { datesIn, reportedDate } from "./when.ts";

function doc(id: string, raw: string, published: string | null): CleanDocument {
  return cleanDocumentFromText(id, raw, { meta: { published } });
}

describe("dates are resolved against publication, never after it", () => {
  it("reads weekdays as the last such day on or before publication", () => {
    // 2026-02-02 is a Monday.
    assert.deepEqual(datesIn("raids since early Saturday", "2026-02-02").map((d) => d.date), ["2026-01-31"]);
    assert.deepEqual(datesIn("attacks on Friday and Saturday", "2026-02-01").map((d) => d.date), ["2026-01-30", "2026-01-31"]);
    assert.equal(reportedDate("officials said Monday", "2026-02-02"), "2026-02-02");
    assert.equal(reportedDate("the chief minister said on Sunday that", "2026-02-02"), "2026-02-01");
  });

  it("reads 'In March' in a February report as last March", () => {
    const [march] = datesIn("In March, at least 31 people were killed", "2026-02-02");
    assert.equal(march.date.slice(0, 7), "2025-03");
    assert.ok(march.coarse);
  });

  it("takes durations for spans, not dates", () => {
    assert.deepEqual(datesIn("killed within 48 hours", "2026-02-02"), []);
    assert.deepEqual(datesIn("in the past 48 hours", "2026-02-02"), []);
  });
});

describe("speakers", () => {
  const text = "Balochistan’s chief minister said on Sunday that 31 civilians had died. “145 terrorists have been killed,” chief minister Sarfaraz Bugti said.";
  const holders = findRoleHolders(text);

  it("finds people named with their role", () => {
    assert.deepEqual(holders.map((h) => h.name), ["Sarfaraz Bugti"]);
  });

  it("resolves a role to the one person who holds it in the document", () => {
    assert.equal(speakerOf("Balochistan’s chief minister said on Sunday that 31 civilians had died.", holders, null), "Chief Minister Sarfaraz Bugti");
  });

  it("reads 'was quoted as saying', 'quoted X as saying', an adverb before the verb and 'Police allege'", () => {
    assert.equal(speakerOf("“Two people were hurt,” Qeshm governor Mehdi Irannejad was quoted as saying.", [], null), "Qeshm governor Mehdi Irannejad");
    assert.equal(speakerOf("Another agency quoted the governor as saying five people were treated.", [], null), "governor");
    assert.equal(speakerOf("The governor also said that five people had received treatment.", [], null), "governor");
    assert.equal(speakerOf("Police allege the man opened fire, killing one man.", [], null), "Police");
    assert.equal(speakerOf("According to reports, a gunman killed two co-workers.", [], null), "reports");
  });

  it("reads 'according to', inverted 'said X' and 'he said'", () => {
    assert.equal(speakerOf("Ten people died, according to the provincial disaster agency.", [], null), "provincial disaster agency");
    assert.equal(speakerOf("Five were hurt, said police.", [], null), "police");
    assert.equal(speakerOf("He said the toll would rise.", [], "Governor Jane Roe"), "Governor Jane Roe");
  });
});

describe("a document's extraction", () => {
  const raw = [
    "QUETTA, Pakistan (AP) — Security forces killed 24 militants overnight, raising the militant death toll to 177, officials said Monday.",
    "Interior Minister Mohsin Naqvi described those killed as “Indian-backed terrorists.”",
    "India denied the accusation, calling it baseless allegations.",
    "In March, at least 31 people were killed when BLA militants attacked the Jaffar Express train. All 33 assailants were killed.",
    "Violence erupted in Quetta, Gwadar and Noshki, where the Balochistan Liberation Army (BLA) attacked police stations.",
  ].join("\n");
  const x = extractDocument(doc("d1", raw, "2026-02-02"));

  it("cites each statement by offsets of its number in the raw text", () => {
    for (const s of x.statements) {
      assert.ok(raw.slice(s.start, s.end).length > 0);
      assert.ok(s.quote.includes(raw.slice(s.start, s.end)));
      assert.ok(raw.includes(s.quote));
    }
  });

  it("gives a past event's figures to that event, not this one", () => {
    const main = x.statements.filter((s) => !s.background).map((s) => s.value);
    const past = x.statements.filter((s) => s.background).map((s) => s.value);
    assert.deepEqual(main, [24, 177]);
    assert.deepEqual(past, [31, 33]);
    assert.match(x.background[0].title, /Jaffar/);
    assert.equal(x.background[0].when, "2025-03");
  });

  it("reads 'Friday and Saturday' as one range", () => {
    const x2 = extractDocument(doc("d3", "Militants attacked police stations on Friday and Saturday.", "2026-02-01"));
    assert.deepEqual(x2.dates.map((d) => [d.date, d.until, d.text]), [["2026-01-30", "2026-01-31", "on Friday and Saturday"]]);
  });

  it("geocodes places with their country", () => {
    const names = x.places.filter((p) => p.kind === "city").map((p) => `${p.name}/${p.country}`);
    assert.deepEqual(names, ["Quetta/PK", "Gwadar/PK", "Noshki/PK"]);
  });

  it("takes a capital that speaks for its state for the state, not a place", () => {
    const x2 = extractDocument(doc("d4", "India denied the accusation, saying Islamabad was deflecting attention. There was no response from New Delhi. Rescuers arrived in Quetta, Pakistan.", "2026-02-02"));
    assert.deepEqual(x2.places.map((p) => p.name), ["India", "Quetta", "Pakistan"]);
  });

  it("hears a denial from the spokesperson of the accused state", () => {
    const x2 = extractDocument(doc("d5", "Pakistan's army said the attackers were Indian-backed.\n\"We categorically reject the baseless allegations made by Pakistan,\" India's foreign ministry spokesperson Randhir Jaiswal said.", "2026-02-02"));
    const claim = x2.assertions.find((a) => /India/.test(a.claim))!;
    assert.ok(claim.disputedBy.some((d) => d.includes("Randhir Jaiswal")), JSON.stringify(claim));
  });

  it("records a contested claim with who asserts and who denies it", () => {
    const claim = x.assertions.find((a) => /India/.test(a.claim));
    assert.ok(claim);
    assert.deepEqual(claim.by, ["Interior Minister Mohsin Naqvi"]);
    assert.deepEqual(claim.disputedBy, ["India"]);
  });

  it("knows armed groups named by one word", () => {
    const x2 = extractDocument(doc("d6", "The Taliban denied responsibility for the attack in Kabul.", "2026-02-02"));
    assert.deepEqual(x2.actors.map((a) => [a.name, a.kind]), [["Taliban", "armed_group"]]);
  });

  it("merges an armed group's spellings and acronym into one actor across documents", () => {
    const other = doc("d2", "The Baloch Liberation Army claimed responsibility for the attacks.", "2026-02-02");
    const names = new Set(extractDocuments([doc("d1", raw, "2026-02-02"), other]).flatMap((e) => e.actors.filter((a) => a.kind === "armed_group").map((a) => a.name)));
    assert.equal(names.size, 1);
  });
});
