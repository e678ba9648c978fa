// The analyst's workbench in Debian's Chromium, over a store of an ECB+ subset and the founding
// corpus: search, filter and page the events list, open an event and see the figure-by-source
// grid, the map and a version diff, then open a cited document. Screenshots go to
// test-output/browser/ (gitignored) to be looked at. Skipped where Chromium or the shared
// corpora are missing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { readInputs } from "../../src/ingest/index.ts";
import { startServer } from "../../src/server/index.ts";
import { openStore } from "../../src/store/index.ts";
import { corpus, REPO_ROOT, SHARED_MISSING } from "../support/shared.ts";

const CHROMIUM = "/usr/bin/chromium";
/** Enough ECB+ reports for three pages of events, few enough to keep the test to seconds. */
const ECB_REPORTS = 80;
const skip = !existsSync(CHROMIUM) ? `${CHROMIUM} is missing (apt-get install -y chromium)` : SHARED_MISSING;
const SHOTS = join(REPO_ROOT, "test-output", "browser");

test("search, filter and page the events; an event's grid, map and diff; a cited document", { skip, timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-workbench-"));
  mkdirSync(SHOTS, { recursive: true });
  const store = await openStore(join(dir, "store.sqlite"));
  const ecb = readdirSync(corpus("ecbplus-dev", "docs")).sort().slice(0, ECB_REPORTS).map((f) => corpus("ecbplus-dev", "docs", f));
  const { documents } = await readInputs([...ecb, join(REPO_ROOT, "examples/balochistan-2026-02")]);
  await store.putDocuments(documents, "2026-02-04T00:00:00.000Z");
  const server = await startServer({ store, now: () => new Date("2026-02-05T08:00:00.000Z"), host: "127.0.0.1", port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1400 } });
    const failures: string[] = [];
    page.on("pageerror", (e) => failures.push(e.message));
    page.on("request", (r) => {
      if (!r.url().startsWith(server.url)) failures.push(`external request: ${r.url()}`);
    });
    const count = async () => Number(/^(\d+)/.exec((await page.locator(".listbar .count").textContent()) ?? "")?.[1]);

    // The list: every event counted, 20 a page, a pager.
    await page.goto(server.url);
    const total = await count();
    assert.ok(total > 20, `${total} events`);
    assert.equal(await page.locator("li.card").count(), 20);
    await page.screenshot({ path: join(SHOTS, "events.png") });
    await page.locator("nav.pager a", { hasText: "Next" }).click();
    await page.waitForURL(/page=2/);
    assert.equal(await page.locator("nav.pager a[aria-current=page]").textContent(), "2");

    // Full-text search, then a filter on top of it.
    await page.goto(server.url);
    await page.fill("input[name=q]", "militants");
    await page.click("form.search button");
    await page.waitForURL(/q=militants/);
    const found = await count();
    assert.ok(found >= 1 && found < total, `${found} of ${total} match`);
    assert.equal(((await page.locator(".sorts strong").textContent()) ?? "").trim(), "best match", "a search sorts by relevance");
    await page.selectOption("select[name=country]", "PK");
    await page.click("form.search button");
    await page.waitForURL(/country=PK/);
    assert.equal(await count(), 1);
    await page.screenshot({ path: join(SHOTS, "search.png") });

    // The event: grid, map, diff.
    await page.locator("li.card a.title").first().click();
    await page.waitForURL(/\/events\/e-/);
    assert.ok(await page.locator("table.grid").isVisible(), "the figure-by-source grid");
    assert.ok((await page.locator("table.grid tbody tr").count()) >= 2);
    assert.ok(await page.locator("svg.map circle").first().isVisible(), "the map's places");
    assert.ok((await page.locator("svg.map path.land").count()) > 3, "country outlines");
    assert.ok(await page.locator("ol.timeline").first().isVisible(), "a figure's timeline");
    assert.ok(await page.locator("li[title=copies-once]").first().isVisible(), "rules in words, the name as tooltip");
    const diff = page.locator("table.diff").first();
    await diff.scrollIntoViewIfNeeded();
    assert.ok(await diff.isVisible(), "a version diff");
    assert.ok((await diff.locator("ins").count()) > 0 && (await diff.locator("del").count()) > 0);
    assert.ok((await diff.locator("mark.num").count()) > 0, "numbers highlighted");
    await page.screenshot({ path: join(SHOTS, "event.png"), fullPage: true });
    await page.locator("table.grid").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "grid.png") });
    await diff.screenshot({ path: join(SHOTS, "diff.png") });

    // A grid cell opens the document at the quoted number.
    const cell = page.locator("table.grid a.said").first();
    const href = (await cell.getAttribute("href")) ?? "";
    await cell.click();
    await page.waitForURL(/\/documents\//);
    assert.ok(await page.locator(`mark#${href.slice(href.indexOf("#") + 1)}`).isVisible());
    await page.screenshot({ path: join(SHOTS, "document.png") });
    assert.deepEqual(failures, []);
  } finally {
    await browser.close();
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
