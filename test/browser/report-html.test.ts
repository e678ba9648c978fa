// Opens the HTML report in Debian's Chromium: the headline, a figure cell and the chart are
// visible, and article text holding <script> and quotes stays text. Skipped, with the
// reason, where /usr/bin/chromium is missing (CI installs it: apt-get install chromium).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { buildReport, renderHtml } from "../../src/report/index.ts";
import { handMadeReportInput } from "../support/report-input.ts";

const CHROMIUM = "/usr/bin/chromium";
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing (install it with: apt-get update && apt-get install -y chromium)`;

test("the HTML report reads in Chromium and runs no article script", { skip, timeout: 60_000 }, async () => {
  const html = renderHtml(buildReport(handMadeReportInput()));
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-html-"));
  const file = join(dir, "report.html");
  writeFileSync(file, html);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href);

    const headline = page.locator("h2.headline").first();
    assert.ok(await headline.isVisible());
    assert.equal((await headline.textContent())?.trim(), "Shelling of Kharkiv market, Ukraine");

    const best = page.locator("table.figures td.best").first();
    assert.ok(await best.isVisible());
    assert.equal((await best.textContent())?.trim(), "12");
    const status = page.locator("table.figures .status.disputed").first();
    assert.ok(await status.isVisible());

    const chart = page.locator("svg.chart").first();
    assert.ok(await chart.isVisible());
    const box = await chart.boundingBox();
    assert.ok(box && box.width > 100 && box.height > 30, `chart box ${JSON.stringify(box)}`);
    assert.ok((await chart.locator("circle").count()) >= 2);

    // The injected script and handler did nothing, and stayed readable as text.
    const injected = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      scripts: document.querySelectorAll("script").length,
      handlers: document.querySelectorAll("[onerror], [onload]").length,
      text: document.body.textContent ?? "",
    }));
    assert.equal(injected.pwned, null);
    assert.equal(injected.scripts, 0);
    assert.equal(injected.handlers, 0);
    assert.deepEqual(dialogs, []);
    assert.ok(injected.text.includes("<script>window.__pwned = 1</script>"), "the script tag shows as text");
    assert.ok(injected.text.includes(`"Nobody was hurt," he said`), "quotes survive");

    const shot = process.env.REPORT_SCREENSHOT ?? join(dir, "report.png");
    await page.screenshot({ path: shot, fullPage: false });
    assert.ok(existsSync(shot));
  } finally {
    await browser.close();
    if (!process.env.REPORT_SCREENSHOT) rmSync(dir, { recursive: true, force: true });
  }
});
