// RSS 2.0 and Atom feeds: each item an article, its date, link and title as given metadata.
import type { GivenMetadata, Message } from "../types.ts";
import { readGivenDate } from "./given-dates.ts";

export interface FeedItem {
  id: string;
  body: string;
  html: boolean;
  given: GivenMetadata;
  /** Why the item's given date was refused (read-given-date.ts), when it was. */
  dateRefused?: string;
  /** The item's date as the feed wrote it, when it had one: a date that did not parse is named from this. */
  dateText?: string;
}

export interface ParsedFeed {
  items: FeedItem[];
  error?: string;
  /** Set when the feed is cut short: the reason, the cut item already dropped. */
  truncated?: string;
}

/** Feeds are rare among inputs: the XML parser is loaded only when one arrives. */
export async function parseFeed(xml: string): Promise<ParsedFeed> {
  const { DOMParser } = await import("linkedom");
  let document;
  try {
    document = new DOMParser().parseFromString(xml, "text/xml");
  } catch (error) {
    return { items: [], error: `not a readable feed (${(error as Error).message})` };
  }
  const nodes = [...document.querySelectorAll("item, entry")];
  if (!nodes.length) return { items: [], error: "feed has no <item> or <entry>" };
  const truncated = truncation(xml);
  // The XML parser closes what a cut file leaves open: the last item would be read cut short.
  if (truncated?.cutItem) nodes.pop();
  return {
    truncated: truncated?.reason,
    items: nodes.map((node, index) => {
      const text = (selector: string) => node.querySelector(selector)?.textContent?.trim() || undefined;
      const link = text("link") ?? node.querySelector("link")?.getAttribute("href") ?? undefined;
      const body = text("content\\:encoded") ?? text("encoded") ?? text("content") ?? text("description") ?? text("summary") ?? "";
      const written = text("pubDate") ?? text("published") ?? text("updated") ?? text("dc\\:date") ?? text("date");
      const date = written === undefined ? undefined : readGivenDate(written);
      const guid = text("guid") ?? text("id") ?? link ?? String(index + 1);
      const given: GivenMetadata = {};
      if (date?.date) given.published = date.date;
      if (text("title")) given.title = text("title");
      if (link) given.url = link;
      return { id: slug(guid) || String(index + 1), body, html: /<[a-z][^>]*>/i.test(body), given, dateRefused: date?.reason, ...(written ? { dateText: written } : {}) };
    }),
  };
}

/** Whether the feed ends before its root closes, and whether an item was left open. */
function truncation(xml: string): { reason: string; cutItem: boolean } | null {
  const tail = xml.trimEnd().slice(-64);
  if (/<\/(rss|feed|rdf:RDF)>$/i.test(tail)) return null;
  const opened = (xml.match(/<(item|entry)[\s>]/gi) ?? []).length;
  const closed = (xml.match(/<\/(item|entry)>/gi) ?? []).length;
  const cutItem = opened > closed;
  return { reason: `feed is truncated: it ends before its closing tag${cutItem ? "; its last item was cut and is not read" : ""}`, cutItem };
}

function slug(value: string): string {
  return value.replace(/^https?:\/\//, "").replace(/[^\w-]+/g, "-").replace(/^-+|-+$/g, "").slice(-64);
}

/**
 * The message an item whose date was refused carries: the same for a feed read from a file
 * and one fetched by URL (RSS, Atom or JSON Feed), naming the date as written and why.
 */
export function itemDateMessage(item: Pick<FeedItem, "dateRefused" | "dateText">): Message | null {
  if (!item.dateRefused) return null;
  const reason = item.dateRefused.length > 200 ? `${item.dateRefused.slice(0, 200)}…` : item.dateRefused;
  return { stage: "ingest", rule: "bad-feed-date", reason: `the item's date is refused: ${reason}; the item is read without a date` };
}
