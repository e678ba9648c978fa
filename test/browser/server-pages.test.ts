// The served pages in Debian's Chromium: from the events page to an event, from a figure's
// statement to the cited document, where the quoted number is highlighted and visible. The
// server runs on 127.0.0.1 on a free port over a temp SQLite store holding the founding corpus.
// Skipped, with the reason, where /usr/bin/chromium is missing (apt-get install chromium).
// SERVER_SCREENSHOTS=folder keeps a screenshot of each page there.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { readInputs } from "../../src/ingest/index.ts";
import { startServer } from "../../src/server/index.ts";
import { openStore } from "../../src/store/index.ts";

const CHROMIUM = "/usr/bin/chromium";
const CORPUS = join(import.meta.dirname, "../../examples/balochistan-2026-02");
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing (install it with: apt-get update && apt-get install -y chromium)`;

test("events page → event → cited document, with the quote highlighted", { skip, timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-serve-"));
  const shots = process.env.SERVER_SCREENSHOTS ?? join(dir, "shots");
  mkdirSync(shots, { recursive: true });
  const store = await openStore(join(dir, "store.sqlite"));
  const { documents } = await readInputs([CORPUS]);
  await store.putDocuments(documents, "2026-02-04T00:00:00.000Z");
  const server = await startServer({ store, now: () => new Date("2026-02-05T08:00:00.000Z"), host: "127.0.0.1", port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1500 } });
    const failures: string[] = [];
    page.on("pageerror", (e) => failures.push(e.message));
    page.on("requestfailed", (r) => failures.push(`${r.url()}: ${r.failure()?.errorText}`));
    page.on("request", (r) => {
      if (!r.url().startsWith(server.url)) failures.push(`external request: ${r.url()}`);
    });

    // The events page: a card per event with its best figures.
    await page.goto(server.url);
    const firstEvent = page.locator("li.card a.title").first();
    assert.ok(await firstEvent.isVisible());
    const best = page.locator("li.card .fig strong").first();
    assert.ok(await best.isVisible());
    assert.match((await best.textContent()) ?? "", /^\d+$/);
    await page.screenshot({ path: join(shots, "events.png") });

    // Click through to the event.
    const title = ((await firstEvent.textContent()) ?? "").trim();
    await firstEvent.click();
    await page.waitForURL(/\/events\//);
    assert.equal(((await page.locator("h1").textContent()) ?? "").trim(), title);
    assert.ok(await page.locator("dl.facts").isVisible());
    const statement = page.locator("table.statements tbody tr").first();
    assert.ok(await statement.isVisible());
    const quotedNumber = ((await statement.locator("td.quote mark.num").first().textContent()) ?? "").trim();
    assert.ok(quotedNumber, "the quote marks its number");
    await page.screenshot({ path: join(shots, "event.png") });

    // Click the statement's document link: the cited number is highlighted and on screen.
    const link = statement.locator("td:last-child a").first();
    const href = (await link.getAttribute("href")) ?? "";
    const anchor = href.slice(href.indexOf("#") + 1);
    assert.match(anchor, /^at-\d+$/);
    await link.click();
    await page.waitForURL(/\/documents\//);
    const mark = page.locator(`mark#${anchor}`);
    assert.ok(await mark.isVisible(), "the cited number is visible");
    assert.ok(await mark.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    }), "the page scrolled to the cited number");
    assert.equal(((await mark.textContent()) ?? "").replace(/\s+/g, " ").trim(), quotedNumber.replace(/\s+/g, " "));
    const background = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.notEqual(background, "rgba(0, 0, 0, 0)", "the number is highlighted");
    const sentence = page.locator("mark.quote", { has: mark });
    assert.ok(await sentence.isVisible(), "its sentence is highlighted around it");
    await page.screenshot({ path: join(shots, "document.png") });
    await page.screenshot({ path: join(shots, "document-full.png"), fullPage: true });

    assert.deepEqual(failures, []);
  } finally {
    await browser.close();
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
