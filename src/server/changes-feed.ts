// What changed between stored runs, for other tools to follow: GET /api/changes?since=ISO as
// JSON, GET /changes.atom as an Atom feed (one entry a change). The changes are worked out
// from the stored runs (src/runs/changes.ts), so they are the same ones `watch` printed.
import { Hono } from "hono";
import { changesSince, type Change } from "../runs/index.ts";
import type { Store } from "../store/index.ts";

/** The most recent changes an answer holds: a feed reader wants the latest, not the history. */
const MAX_CHANGES = 500;

export function changesRoutes(store: Store): Hono {
  const app = new Hono();

  app.get("/api/changes", async (c) => {
    const since = sinceParam(c.req.query("since"));
    if (since === undefined) return c.json({ error: "since must be an ISO date or time, like 2026-02-02 or 2026-02-02T10:00:00Z" }, 400);
    const changes = (await changesSince(store, since)).slice(-MAX_CHANGES);
    return c.json({ since, changes });
  });

  app.get("/changes.atom", async (c) => {
    const since = sinceParam(c.req.query("since"));
    if (since === undefined) return c.text("since must be an ISO date or time", 400);
    const changes = (await changesSince(store, since)).slice(-MAX_CHANGES);
    const self = new URL(c.req.url);
    return c.body(atomFeed(changes, `${self.origin}/`), 200, { "Content-Type": "application/atom+xml; charset=utf-8" });
  });

  return app;
}

/** null for no `since` (every change); undefined when it is not a date. */
function sinceParam(value: string | undefined): string | null | undefined {
  if (value === undefined || value === "") return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** The changes as Atom 1.0, newest first, each entry linking to its event's page. */
export function atomFeed(changes: Change[], base: string): string {
  const newest = changes.length ? changes[changes.length - 1].at : "1970-01-01T00:00:00.000Z";
  const entries = [...changes].reverse().map((change, index) => {
    const link = new URL(`events/${encodeURIComponent(change.event)}`, base).href;
    const id = `${base}changes/${change.run}/${changes.length - 1 - index}`;
    return `  <entry>
    <id>${xml(id)}</id>
    <title>${xml(`${change.eventTitle}: ${change.text}`)}</title>
    <updated>${xml(change.at)}</updated>
    <link href="${xml(link)}"/>
    <category term="${xml(change.kind)}"/>
    <content type="text">${xml(change.text)}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xml(`${base}changes.atom`)}</id>
  <title>crosscheck: what changed</title>
  <updated>${xml(newest)}</updated>
  <link rel="self" href="${xml(`${base}changes.atom`)}"/>
  <author><name>crosscheck</name></author>
${entries.join("\n")}
</feed>
`;
}

/** Escaped for XML, without the control characters XML 1.0 cannot hold at all. */
const xml = (text: string): string =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
