import assert from "node:assert/strict";
import { test } from "node:test";
import type { Event, Report } from "../types.ts";
import { parseEventQuery, queryString, selectEvents } from "./event-query.ts";

/** 1,000 events over three countries and ten years, every third with a toll. */
function bigReport(): Report {
  const events: Event[] = Array.from({ length: 1000 }, (_, i) => ({
    id: `e-${i}`,
    title: `Event ${i}`,
    documents: [`d${i}`],
    start: `${2010 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`,
    end: null,
    places: [{ name: "Somewhere", country: ["PK", "MA", "SY"][i % 3], lat: 1, lon: 2, mentions: 1 }],
    actors: [],
    figures: i % 3 === 0 ? [{ measure: "killed", group: "victims", best: i, low: i, high: i, asOf: null, status: "agreed", rules: [], sources: 1, statements: [] }] : [],
    assertions: [],
    related: [],
    evidence: [],
  }));
  const documents = events.map((e, i) => ({ id: `d${i}`, source: `d${i}.txt`, title: null, outlet: i % 2 ? "Reuters" : "AP", wire: null, dateline: null, published: null, language: "en", text: "", removed: [], messages: [] }));
  return { version: 1, generatedAt: "2026-02-05T00:00:00.000Z", documents, lineage: [], families: [], events, problems: [] };
}

const parse = (text: string) => {
  const parsed = parseEventQuery(new URLSearchParams(text));
  assert.equal(parsed.error, undefined);
  return parsed.query!;
};

test("1,000 events come 20 a page, filtered and sorted on the server", () => {
  const report = bigReport();
  const first = selectEvents(report, parse(""), null);
  assert.deepEqual([first.total, first.pages, first.events.length], [1000, 50, 20]);
  const last = selectEvents(report, parse("page=50"), null);
  assert.equal(last.events.length, 20);
  const pk = selectEvents(report, parse("country=pk&measure=killed&sort=toll&per=100"), null);
  assert.ok(pk.events.every((e) => e.places[0].country === "PK" && e.figures.length));
  assert.equal(pk.events[0].id, "e-999");
  const dated = selectEvents(report, parse("from=2015-01-01&to=2015-12-31&per=100"), null);
  assert.equal(dated.total, 100);
  assert.equal(selectEvents(report, parse("outlet=reut"), null).total, 500);
});

test("search results keep the store's order unless another sort is asked for", () => {
  const report = bigReport();
  assert.deepEqual(selectEvents(report, parse("q=x"), ["e-5", "e-2", "e-9"]).events.map((e) => e.id), ["e-5", "e-2", "e-9"]);
  assert.deepEqual(selectEvents(report, parse("q=x&sort=toll"), ["e-5", "e-3", "e-9"]).events.map((e) => e.id), ["e-9", "e-3", "e-5"]);
});

test("a query string goes back out as it came, defaults left out", () => {
  assert.equal(queryString(parse("q=quake&country=MA&page=3")), "?q=quake&country=MA&page=3");
  assert.equal(queryString(parse("sort=newest&per=20&page=1")), "");
  assert.equal(queryString(parse("q=quake"), { sort: "toll", page: 2 }), "?q=quake&sort=toll&page=2");
});

test("a wrong parameter is refused with a reason that names it", () => {
  for (const [text, name] of [["page=0", "page"], ["per=abc", "per"], ["to=2026-13-45", "to"], ["status=maybe", "status"], ["country=PAK", "country"]]) {
    assert.match(parseEventQuery(new URLSearchParams(text)).error ?? "", new RegExp(`^${name} `));
  }
});
