// Writes need the key: the token, a JSON body, the server's own origin and host. And the
// bounds: an oversized article is 413, an id another source holds is 409 unless the writer
// says it is a new version.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Hono } from "hono";
import { MAX_DOCUMENT_CHARS } from "../ingest/index.ts";
import { openStore, type Store } from "../store/index.ts";
import { createApp } from "./index.ts";

const TOKEN = "test-token-0123456789";
let dir: string;
let store: Store;
let app: Hono;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "crosscheck-security-"));
  store = await openStore(join(dir, "store.sqlite"));
  app = createApp({ store, now: () => new Date("2026-02-05T08:00:00.000Z"), token: TOKEN });
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const ARTICLE = JSON.stringify({ id: "a1", text: "Flooding killed 12 people in the valley on Tuesday, officials said." });
const write = (body: string, headers: Record<string, string> = {}, path = "/api/documents") =>
  app.request(path, { method: "POST", body, headers: { Host: "127.0.0.1:8080", "Content-Type": "application/json", Authorization: `Bearer ${TOKEN}`, ...headers } });

describe("writes need the key", () => {
  test("no token or a wrong one is 401; the right one stores", async () => {
    const none = await app.request("/api/documents", { method: "POST", body: ARTICLE, headers: { "Content-Type": "application/json" } });
    assert.equal(none.status, 401);
    assert.equal((await write(ARTICLE, { Authorization: "Bearer wrong" })).status, 401);
    assert.equal((await write(ARTICLE)).status, 201);
  });

  test("a text/plain body is 415, a foreign Origin 403, a foreign Host 421, a preflight 403", async () => {
    assert.equal((await write(ARTICLE, { "Content-Type": "text/plain" })).status, 415);
    assert.equal((await write(ARTICLE, { Origin: "http://evil.example" })).status, 403);
    assert.equal((await write(ARTICLE, { Host: "evil.example" })).status, 421);
    assert.equal((await app.request("/api/documents", { method: "OPTIONS", headers: { Origin: "http://evil.example" } })).status, 403);
    assert.equal((await write(ARTICLE, { Origin: "http://127.0.0.1:8080" })).status, 200);
  });

  test("reads stay open, with Referrer-Policy and no CORS header", async () => {
    const res = await app.request("/api/documents", { headers: { Origin: "http://evil.example" } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("referrer-policy"), "no-referrer");
    assert.equal(res.headers.get("access-control-allow-origin"), null);
  });

  test("an id another source holds is 409 unless the write says it is a new version", async () => {
    const other = JSON.stringify({ id: "a1", url: "https://other.example/a1", text: "A bus crash injured 30 people on the highway." });
    const conflict = await write(other);
    assert.equal(conflict.status, 409);
    assert.match(((await conflict.json()) as { error: string }).error, /another source's/);
    const said = await write(other, {}, "/api/documents?new-version=true");
    assert.equal(said.status, 201);
    assert.equal(((await said.json()) as { status: string }).status, "version");
  });

  test("an article over the size budget is 413, answered without running the stages", async () => {
    const huge = JSON.stringify({ id: "huge", text: "Word after word. ".repeat(Math.ceil(MAX_DOCUMENT_CHARS / 17) + 10) });
    const res = await write(huge);
    assert.equal(res.status, 413);
    assert.match(((await res.json()) as { error: string }).error, /^document too large/);
  });
});
