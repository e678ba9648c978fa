// Answers kept for the report they were made from. A page or API answer over the report is a
// function of the report and the URL alone, and the report changes only when an update is
// swapped in: under many readers, rendering the same events list again for each one was
// most of a read's time. A document's answers also show its stored versions, which change
// with the store before the report does: they are kept per store revision too. The changes
// and the document list, read from the store alone, are never kept. A kept answer carries an
// ETag naming the report and the answer, and a reader that sends it back gets 304 without
// the body.
import type { MiddlewareHandler } from "hono";
import type { ReportCache } from "../runs/index.ts";

/** Paths whose answers depend on the report and the URL only. */
const FROM_THE_REPORT = /^\/(|events\/[^/]+|api\/events(\/[^/]+)?|api\/report|api\/export\/[^/]+|openapi\.json)$/;
/** Paths whose answers depend on the store's revision as well. */
const WITH_VERSIONS = /^\/(documents|api\/documents)\/[^/]+$/;
/** Answers kept per report, the least recently used dropped first. */
const MAX_ANSWERS = 256;
/** An answer larger than this is made again each time rather than kept. */
const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

interface KeptAnswer {
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
  etag: string;
}

/** Whether an If-None-Match header names this ETag (or is `*`). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t.replace(/^W\//, "") === etag.replace(/^W\//, "");
  });
}

export function answerCache(reports: ReportCache): MiddlewareHandler {
  let madeFrom: object | null = null;
  const kept = new Map<string, KeptAnswer>();
  // ETags are unique within this process: the report's generation here, the answer's number in it.
  let generation = 0;
  let answers = 0;
  const started = Date.now().toString(36);
  return async (c, next) => {
    const withVersions = WITH_VERSIONS.test(c.req.path);
    if (c.req.method !== "GET" || !(withVersions || FROM_THE_REPORT.test(c.req.path))) return next();
    const current = await reports.get();
    if (current !== madeFrom) {
      kept.clear();
      madeFrom = current;
      generation++;
      answers = 0;
    }
    // The state is part of the key: an answer made while updating carries the notice.
    const key = `${reports.updating ? "updating" : "current"} ${withVersions ? reports.storeRevision : ""} ${c.req.url}`;
    const hit = kept.get(key);
    if (hit) {
      kept.delete(key);
      kept.set(key, hit);
      if (matches(c.req.header("If-None-Match"), hit.etag)) return new Response(null, { status: 304, headers: { ETag: hit.etag } });
      return new Response(hit.body.slice(0), { status: hit.status, headers: hit.headers });
    }
    await next();
    const stillKey = `${reports.updating ? "updating" : "current"} ${withVersions ? reports.storeRevision : ""} ${c.req.url}`;
    if (c.res.status !== 200 || madeFrom !== current || stillKey !== key) return;
    const body = await c.res.clone().arrayBuffer();
    if (body.byteLength > MAX_ANSWER_BYTES) return;
    const etag = `W/"${started}-${generation}-${++answers}"`;
    c.res.headers.set("ETag", etag);
    const headers: [string, string][] = [];
    c.res.headers.forEach((value, name) => headers.push([name, value]));
    kept.set(key, { status: c.res.status, headers, body, etag });
    if (kept.size > MAX_ANSWERS) kept.delete(kept.keys().next().value!);
  };
}
