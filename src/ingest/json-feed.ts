// JSON Feed (https://jsonfeed.org, versions 1 and 1.1): each item an article, in the same
// FeedItem shape as RSS and Atom items, so that every feed is read on from one shape.
import type { GivenMetadata } from "../types.ts";
import type { FeedItem, ParsedFeed } from "./feed.ts";
import { readGivenDate } from "./given-dates.ts";

const VERSION = /^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?$/;

/** True when the text is a JSON Feed document (its `version` names the spec). */
export function isJsonFeed(text: string): boolean {
  if (!text.trimStart().startsWith("{")) return false;
  return VERSION.test(String(parseObject(text)?.version ?? ""));
}

/** The items of a JSON Feed, or why it cannot be read. Links stay as written; the caller resolves them. */
export function parseJsonFeed(text: string): ParsedFeed & { base?: string } {
  const feed = parseObject(text);
  if (!feed) return { items: [], error: "not a readable JSON Feed (not one JSON object)" };
  if (!Array.isArray(feed.items)) return { items: [], error: "JSON Feed has no items array" };
  const base = str(feed.feed_url) ?? str(feed.home_page_url);
  const items = feed.items.flatMap((value, index): FeedItem[] => {
    if (!value || typeof value !== "object" || Array.isArray(value)) return [];
    const item = value as Record<string, unknown>;
    const html = str(item.content_html);
    const body = html ?? str(item.content_text) ?? str(item.summary) ?? "";
    const link = str(item.url) ?? str(item.external_url);
    const dateText = str(item.date_published) ?? str(item.date_modified);
    const given: GivenMetadata = {};
    const date = dateText ? readGivenDate(dateText) : undefined;
    if (date?.date) given.published = date.date;
    if (str(item.title)) given.title = str(item.title);
    if (link) given.url = link;
    const id = str(item.id) ?? (typeof item.id === "number" ? String(item.id) : undefined) ?? link ?? String(index + 1);
    return [{ id: slug(id) || String(index + 1), body, html: html !== undefined || /<[a-z][^>]*>/i.test(body), given, dateRefused: date?.reason, ...(dateText ? { dateText } : {}) }];
  });
  return { items, ...(base ? { base } : {}) };
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const str = (value: unknown): string | undefined => (typeof value === "string" && value.trim() ? value.trim() : undefined);

function slug(value: string): string {
  return value.replace(/^https?:\/\//, "").replace(/[^\w-]+/g, "-").replace(/^-+|-+$/g, "").slice(-64);
}
