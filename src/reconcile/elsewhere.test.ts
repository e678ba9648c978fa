// The `elsewhere` and `earlier` rules (docs/reconciliation.md): a total about another town
// far from where the event's reports lead, or about a time well before the event, goes to
// `related`, never to the toll.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { DateMention, PlaceMention, Statement } from "../types.ts";
import { handMadeStatement } from "../../test/support/documents.ts";
import { cleanDocument, extraction } from "../../test/support/reconcile.ts";
import { reconcileEvent } from "./index.ts";

const town = (raw: string, name: string, lat: number, lon: number, from = 0): PlaceMention => {
  const start = raw.indexOf(name, from);
  return { name: name === "HOUSTON" ? "Houston" : name, country: "US", lat, lon, kind: "city", start, end: start + name.length };
};
const count = (raw: string, sentence: string, number: string, value: number, at: number): Statement => {
  const base = raw.indexOf(sentence);
  const start = base + sentence.indexOf(number);
  return handMadeStatement("a", sentence, start, start + number.length, {
    measure: "killed", group: "victims", value, reported: "2026-03-07", role: "total", place: { paragraph: 1, sentence: at },
  });
};
const day = (raw: string, text: string, date: string): DateMention => {
  const start = raw.indexOf(text);
  return { date, until: null, text, start, end: start + text.length, background: false };
};

function eventOf(raw: string, statements: Statement[], places: PlaceMention[], dates: DateMention[]) {
  const doc = cleanDocument("a", raw, { published: "2026-03-07" });
  return reconcileEvent({ cluster: { id: "e", documents: ["a"], evidence: [] }, documents: [doc], extractions: [extraction("a", { statements, places, dates })], families: [] });
}

describe("background by distance and time", () => {
  const lead = "HOUSTON — Three people were killed in a shooting at a bar in Houston on Friday, police said.";

  it("a total about a town far from the event's goes to related (elsewhere)", () => {
    const other = "In Dallas, 12 people were killed when a roof collapsed.";
    const raw = `${lead} The gunman fled on foot. ${other}`;
    const e = eventOf(raw, [count(raw, lead, "Three", 3, 1), count(raw, other, "12", 12, 5)], [town(raw, "HOUSTON", 29.76, -95.37), town(raw, "Houston", 29.76, -95.37, 10), town(raw, "Dallas", 32.78, -96.8)], [day(raw, "Friday", "2026-03-06")]);
    const killed = e.figures.find((f) => f.measure === "killed")!;
    assert.deepEqual([killed.best, killed.low, killed.high], [3, 3, 3]);
    const related = e.related.find((r) => r.title.includes("Dallas"));
    assert.ok(related, JSON.stringify(e.related.map((r) => r.title)));
    assert.equal(related.figures[0].best, 12);
  });

  it("a district of the same town, or a street named like a far town, stays the event's", () => {
    const part = "In Montgomery Park, 2 of the victims were killed near the door.";
    const raw = `${lead} The gunman fled on foot. ${part}`;
    const e = eventOf(raw, [count(raw, lead, "Three", 3, 1), count(raw, part, "2", 2, 5)], [town(raw, "HOUSTON", 29.76, -95.37), town(raw, "Montgomery", 32.37, -86.3)], []);
    assert.equal(e.related.length, 0);
  });

  it("a total in a sentence dated well before the event goes to related (earlier)", () => {
    const past = "In 2019, 40 people were killed here when the river flooded.";
    const raw = `${lead} ${past} Police said on Friday the bar had been closed.`;
    const e = eventOf(raw, [count(raw, lead, "Three", 3, 1), count(raw, past, "40", 40, 3)], [town(raw, "HOUSTON", 29.76, -95.37)], [day(raw, "Friday", "2026-03-06"), day(raw, "2019", "2019-01-01")]);
    const killed = e.figures.find((f) => f.measure === "killed")!;
    assert.deepEqual([killed.best, killed.high], [3, 3]);
    assert.ok(e.related.some((r) => r.figures.some((f) => f.best === 40)));
  });
});

describe("background-echo: a named background event's count is its count in every report", () => {
  it("a report repeating the older quake's toll without naming it does not give the event's toll", () => {
    const first = "A quake killed 10 people on Qeshm island on Sunday.";
    const older = "In February a quake in Zarand killed 612 people.";
    const a = cleanDocument("a", `${first} ${older}`, { published: "2005-11-28" });
    const echo = "It killed 612 people and injured more than 1,400.";
    const b = cleanDocument("b", `${first} The island is sparsely populated. ${echo}`, { published: "2005-11-28" });
    const at = (doc: string, raw: string, sentence: string, number: string, value: number, n: number, background: string | null = null) => {
      const start = raw.indexOf(sentence) + sentence.indexOf(number);
      return handMadeStatement(doc, sentence, start, start + number.length, { measure: "killed", group: "victims", value, reported: "2005-11-28", role: background ? "background" : "total", background, place: { paragraph: 1, sentence: n } });
    };
    const statementsA = [at("a", a.raw, first, "10", 10, 1), at("a", a.raw, older, "612", 612, 2, "zarand")];
    const statementsB = [at("b", b.raw, first, "10", 10, 1), at("b", b.raw, echo, "612", 612, 3)];
    const e = reconcileEvent({ cluster: { id: "e", documents: ["a", "b"], evidence: [] }, documents: [a, b], extractions: [extraction("a", { statements: statementsA }), extraction("b", { statements: statementsB })], families: [] });
    const killed = e.figures.find((f) => f.measure === "killed")!;
    assert.deepEqual([killed.best, killed.low, killed.high], [10, 10, 10]);
    const zarand = e.related.find((r) => r.title === "zarand")!;
    assert.deepEqual(zarand.documents, ["a", "b"]);
  });
});
