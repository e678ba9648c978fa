// The events API and the OpenAPI document: search, filters, sort and paging over three
// events (the founding corpus and two fixtures), one event, one document, exports, and real
// responses validated against /openapi.json's schemas.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Hono } from "hono";
import { Ajv2020 } from "ajv/dist/2020.js";
import pg from "pg";
import { readInputs } from "../ingest/index.ts";
import { openStore, type Store } from "../store/index.ts";
import type { Event } from "../types.ts";
import { createApp } from "./index.ts";
import { OPENAPI } from "./openapi.ts";

const ROOT = join(import.meta.dirname, "../..");
const FOLDERS = ["examples/balochistan-2026-02", "test/fixtures/events/quake-rising-toll", "test/fixtures/events/strike-disputed-toll"].map((f) => join(ROOT, f));

let dir: string;
let store: Store;
let app: Hono;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "crosscheck-api-"));
  store = await openStore(join(dir, "store.sqlite"));
  const { documents } = await readInputs(FOLDERS);
  await store.putDocuments(documents, "2026-02-04T00:00:00.000Z");
  app = createApp({ store, now: () => new Date("2026-02-05T08:00:00.000Z") });
});

after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

type Page = { total: number; page: number; per: number; pages: number; events: Event[] };
const getJson = async <T>(path: string, status = 200): Promise<T> => {
  const res = await app.request(path);
  assert.equal(res.status, status, `${path}: ${res.status}`);
  assert.match(res.headers.get("content-type") ?? "", /json/);
  return (await res.json()) as T;
};

describe("GET /api/events", () => {
  test("lists every event by default, newest first, with the count and paging", async () => {
    const all = await getJson<Page>("/api/events");
    assert.ok(all.total >= 3, `${all.total} events`);
    assert.equal(all.events.length, all.total);
    const days = all.events.map((e) => e.start ?? "");
    assert.deepEqual(days, [...days].sort().reverse());
    const paged = await getJson<Page>("/api/events?per=1&page=2");
    assert.equal(paged.pages, all.total);
    assert.equal(paged.events[0].id, all.events[1].id);
  });

  test("full-text search, country, dates, measure and outlet narrow the list", async () => {
    const quake = await getJson<Page>("/api/events?q=earthquake%20marrakech");
    assert.ok(quake.events.length >= 1 && quake.events.every((e) => e.places.some((p) => p.country === "MA")));
    assert.ok((await getJson<Page>("/api/events?country=pk")).events.every((e) => e.places.some((p) => p.country === "PK")));
    const february = await getJson<Page>("/api/events?from=2026-01-01&to=2026-12-31");
    assert.ok(february.total >= 1 && february.events.every((e) => (e.end ?? e.start ?? "") >= "2026-01-01"));
    assert.equal((await getJson<Page>("/api/events?q=zzzzunknownword")).total, 0);
    assert.ok((await getJson<Page>("/api/events?measure=injured")).events.every((e) => e.figures.some((f) => f.measure === "injured")));
    assert.ok((await getJson<Page>("/api/events?outlet=tatkaal")).total >= 1);
  });

  test("sort by toll puts the largest death toll first", async () => {
    const { events } = await getJson<Page>("/api/events?sort=toll");
    const toll = (e: Event) => Math.max(0, ...e.figures.filter((f) => f.measure === "killed").map((f) => f.best));
    assert.deepEqual(events.map(toll), events.map(toll).sort((a, b) => b - a));
  });

  test("a wrong parameter is 400 with a reason naming it", async () => {
    for (const [query, word] of [["country=Pakistan", "country"], ["from=yesterday", "from"], ["sort=best", "sort"], ["per=1000", "per"], ["measure=eaten", "measure"]]) {
      const body = await getJson<{ error: string }>(`/api/events?${query}`, 400);
      assert.match(body.error, new RegExp(`^${word} `));
    }
  });
});

describe("one event, one document, exports", () => {
  test("GET /api/events/:id gives the event and its documents; an unknown id is 404 with a reason", async () => {
    const { events } = await getJson<Page>("/api/events");
    const one = await getJson<{ event: Event; documents: { id: string; page: string }[] }>(`/api/events/${encodeURIComponent(events[0].id)}`);
    assert.equal(one.event.id, events[0].id);
    assert.deepEqual(one.documents.map((d) => d.id), events[0].documents);
    assert.match((await getJson<{ error: string }>("/api/events/e-nothing", 404)).error, /no event e-nothing/);
  });

  test("every event's page renders, with a map where its places have coordinates", async () => {
    const { events } = await getJson<Page>("/api/events");
    for (const event of events) {
      const res = await app.request(`/events/${encodeURIComponent(event.id)}`);
      assert.equal(res.status, 200, event.id);
      const html = await res.text();
      if (event.places.some((p) => p.lat !== null)) assert.match(html, /<svg class="map"/, event.id);
      if (event.figures.length) assert.match(html, /<table class="grid">/, event.id);
    }
  });

  test("GET /api/documents/:id gives cleaned text, removals, statements and versions", async () => {
    const { events } = await getJson<Page>("/api/events?country=PK");
    const id = events[0].figures[0].statements[0].document;
    const doc = await getJson<{ document: { text: string }; statements: { document: string }[]; versions: { version: number }[]; event: string }>(`/api/documents/${id}`);
    assert.ok(doc.document.text.length > 100);
    assert.ok(doc.statements.length > 0 && doc.statements.every((s) => s.document === id));
    assert.deepEqual(doc.versions.map((v) => v.version), [1]);
    assert.equal(doc.event, events[0].id);
    assert.match((await getJson<{ error: string }>("/api/documents/nope", 404)).error, /no document nope/);
  });

  test("GET /api/export/:format exports the filtered events as an attachment", async () => {
    const res = await app.request("/api/export/ucdp?country=MA");
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^text\/csv/);
    assert.match(res.headers.get("content-disposition") ?? "", /attachment; filename="crosscheck-ucdp.csv"/);
    const rows = (await res.text()).trimEnd().split("\r\n");
    assert.ok(rows.length >= 2 && rows.slice(1).every((r) => r.includes(",Morocco,")));
    const geo = await getJson<{ features: unknown[] }>("/api/export/geojson");
    assert.ok(geo.features.length >= 3);
    assert.match((await getJson<{ error: string }>("/api/export/xlsx", 404)).error, /no export format xlsx/);
  });
});

describe("/openapi.json", () => {
  test("is OpenAPI 3.1 and describes every route the app serves", async () => {
    const doc = await getJson<typeof OPENAPI>("/openapi.json");
    assert.match(doc.openapi, /^3\.1\.\d+$/);
    const described = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`)));
    const served = app.routes.filter((r) => r.method !== "ALL").map((r) => `${r.method} ${r.path}`);
    for (const route of served) assert.ok(described.has(route), `${route} is not in /openapi.json`);
    // Every operation answers, and every $ref resolves.
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema({ $id: "openapi", components: doc.components });
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const op of Object.values(ops) as { responses: Record<string, { content?: Record<string, { schema: object }> }> }[]) {
        assert.ok(Object.keys(op.responses).length > 0, `${path} has responses`);
        for (const response of Object.values(op.responses)) for (const media of Object.values(response.content ?? {})) ajv.compile(rebase(media.schema));
      }
    }
  });

  test("real responses match their schemas", async () => {
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema({ $id: "openapi", components: OPENAPI.components });
    const check = async (path: string, schema: string, status = 200) => {
      const validate = ajv.compile({ $ref: `openapi#/components/schemas/${schema}` });
      const body = await getJson<unknown>(path, status);
      assert.ok(validate(body), `${path}: ${JSON.stringify(validate.errors)}`);
    };
    const { events } = await getJson<Page>("/api/events");
    await check("/api/events?per=2", "EventPage");
    await check(`/api/events/${encodeURIComponent(events[0].id)}`, "EventDetail");
    await check(`/api/documents/${encodeURIComponent(events[0].documents[0])}`, "DocumentDetail");
    await check("/api/documents", "DocumentList");
    await check("/api/report", "Report");
    await check("/api/events?sort=nope", "Error", 400);
  });
});

const PG = process.env.CROSSCHECK_TEST_PG ?? "";
describe("on PostgreSQL", { skip: /^postgres(ql)?:\/\//.test(PG) ? false : "CROSSCHECK_TEST_PG is not set (export CROSSCHECK_TEST_PG=$(.ci/postgres.sh) to run it)" }, () => {
  test("search, filters and the list page answer as on SQLite", async () => {
    const admin = new pg.Client({ connectionString: PG });
    await admin.connect();
    const name = `crosscheck_api_${process.pid}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(PG);
    url.pathname = `/${name}`;
    const pgStore = await openStore(url.toString());
    try {
      const { documents } = await readInputs(FOLDERS);
      await pgStore.putDocuments(documents, "2026-02-04T00:00:00.000Z");
      const pgApp = createApp({ store: pgStore, now: () => new Date("2026-02-05T08:00:00.000Z") });
      for (const query of ["q=earthquake%20marrakech", "q=militants&country=PK", "q=zzzzunknownword", "sort=toll&per=2&page=1"]) {
        const ids = async (a: Hono) => ((await (await a.request(`/api/events?${query}`)).json()) as Page).events.map((e) => e.id);
        assert.deepEqual(await ids(pgApp), await ids(app), query);
      }
      assert.equal((await pgApp.request("/?q=earthquake")).status, 200);
    } finally {
      await pgStore.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});

/** A schema from the document with its local $refs pointed at the document added to ajv. */
function rebase(schema: object): object {
  return JSON.parse(JSON.stringify(schema).replace(/"#\/components/g, '"openapi#/components'));
}
