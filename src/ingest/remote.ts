// URLs as inputs: a page becomes one document, a feed (RSS 2.0, Atom, JSON Feed) one document
// an item. A page keeps one id for its URL, so that a changed page read again is a new version
// of the same document in the store; a feed item's id is the feed's and the item's own. With `fetchItems`, each item's link is read for the full
// text. Every fault is a problem naming the URL; a bad item date is a message on the item.
import { createHash } from "node:crypto";
import type { InputMessage, Message, Problem, SourceDocument } from "../types.ts";
import { makeDocument } from "./documents.ts";
import { itemDateMessage, parseFeed, type FeedItem } from "./feed.ts";
import type { Fetched, Fetcher } from "./fetch.ts";
import { isJsonFeed, parseJsonFeed } from "./json-feed.ts";

export interface RemoteResult {
  documents: SourceDocument[];
  problems: Problem[];
  /** URLs the server said had not changed since the last look: a notice, not a failure. */
  skipped: InputMessage[];
}

export interface RemoteOptions {
  fetcher: Fetcher;
  /** Reads each feed item's link for the full text, instead of the feed's own content. */
  fetchItems?: boolean;
}

export const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

/** Reads one URL: a page or a feed. */
export async function readUrl(url: string, options: RemoteOptions): Promise<RemoteResult> {
  const result: RemoteResult = { documents: [], problems: [], skipped: [] };
  const fetched = await options.fetcher.get(url);
  if (fetched.kind !== "page") {
    noteUnread(result, url, fetched);
    return result;
  }
  const kind = kindOf(fetched.mediaType, fetched.text);
  if (kind === "json-feed" || kind === "feed") {
    const parsed = kind === "json-feed" ? parseJsonFeed(fetched.text) : await parseFeed(fetched.text);
    if (parsed.error) result.problems.push(problem(url, "bad-feed", parsed.error));
    else await readItems(result, url, fetched.url, parsed.items, options);
    return result;
  }
  if (!fetched.text.trim()) {
    result.problems.push(problem(url, "empty-page", "the page has no text"));
    return result;
  }
  result.documents.push(makeDocument(urlId(fetched.url), url, fetched.text, kind, { url: fetched.url }));
  return result;
}

function kindOf(mediaType: string, text: string): "feed" | "json-feed" | "html" | "text" {
  const head = text.slice(0, 1024).trimStart();
  if (mediaType.includes("json")) return isJsonFeed(text) ? "json-feed" : "text";
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(head)) return "feed";
  if (mediaType === "text/plain") return isJsonFeed(text) ? "json-feed" : "text";
  if (!mediaType && isJsonFeed(text)) return "json-feed";
  return mediaType === "" && !/<[a-z!][^>]*>/i.test(head) ? "text" : "html";
}

async function readItems(result: RemoteResult, feedUrl: string, answeredUrl: string, items: FeedItem[], options: RemoteOptions): Promise<void> {
  // Item ids are the feed's id and the item's: two feeds may both have an item "1", and a
  // feed that did not change (304) must not hand its ids to another feed's items.
  const feedId = urlId(feedUrl);
  for (const item of items) {
    const id = `${feedId}-${item.id}`;
    const source = `${feedUrl}#${item.id}`;
    const messages: Message[] = [];
    const given = { ...item.given };
    const dateMessage = itemDateMessage(item);
    if (dateMessage) messages.push(dateMessage);
    if (given.url) {
      const link = resolveLink(given.url, answeredUrl);
      if (link) given.url = link;
      else {
        messages.push({ stage: "ingest", rule: "bad-feed-link", reason: `the item's link "${given.url.slice(0, 80)}" is not an http(s) URL; left out` });
        delete given.url;
      }
    }
    let raw = item.body;
    let format: "html" | "text" = item.html ? "html" : "text";
    if (options.fetchItems && given.url) {
      const page = await options.fetcher.get(given.url);
      if (page.kind === "page" && page.text.trim()) {
        raw = page.text;
        format = kindOf(page.mediaType, page.text) === "text" ? "text" : "html";
        given.url = page.url;
      } else if (page.kind === "not-modified") {
        result.skipped.push({ stage: "ingest", rule: "not-modified", source: given.url, reason: "not changed since the last look" });
        continue;
      } else {
        const why = page.kind === "problem" ? page.reason : "the page has no text";
        if (!raw.trim()) {
          result.problems.push(problem(source, "item-unreadable", `the item's link ${given.url} could not be read: ${why}`));
          continue;
        }
        messages.push({ stage: "ingest", rule: "item-fetch-failed", reason: `the item's link could not be read (${why}); the feed's own text is used` });
      }
    }
    if (!raw.trim()) {
      result.problems.push(problem(source, "empty-feed-item", "feed item has no content"));
      continue;
    }
    const document = makeDocument(id, source, raw, format, given);
    result.documents.push(messages.length ? { ...document, messages: [...document.messages, ...messages] } : document);
  }
}

function resolveLink(link: string, base: string): string | null {
  try {
    const url = new URL(link, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function noteUnread(result: RemoteResult, url: string, fetched: Exclude<Fetched, { kind: "page" }>): void {
  if (fetched.kind === "not-modified") result.skipped.push({ stage: "ingest", rule: "not-modified", source: url, reason: "not changed since the last look" });
  else result.problems.push(problem(url, fetched.rule, fetched.reason));
}

/**
 * A page's id from its URL, the same on every read: host, path and query made a slug; a long
 * one keeps its end and gains a hash of the whole, so that two long URLs never share an id.
 */
export function urlId(url: string): string {
  const slug = url.replace(/^https?:\/\//i, "").replace(/#.*$/, "").replace(/[^\w-]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug.length <= 64) return slug || createHash("sha1").update(url).digest("hex").slice(0, 16);
  return `${slug.slice(-48).replace(/^-+/, "")}-${createHash("sha1").update(url).digest("hex").slice(0, 12)}`;
}

function problem(source: string, rule: string, reason: string): Problem {
  return { stage: "ingest", rule, reason, source, fatal: true };
}
