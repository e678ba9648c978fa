// RSS 2.0 and Atom feeds: each item an article, its date, link and title as given metadata.
import type { GivenMetadata } from "../types.ts";

export interface FeedItem {
  id: string;
  body: string;
  html: boolean;
  given: GivenMetadata;
  /** The item's date as the feed wrote it, when it had one: a date that did not parse is named from this. */
  dateText?: string;
}

/** Feeds are rare among inputs: the XML parser is loaded only when one arrives. */
export async function parseFeed(xml: string): Promise<{ items: FeedItem[]; error?: string }> {
  const { DOMParser } = await import("linkedom");
  let document;
  try {
    document = new DOMParser().parseFromString(xml, "text/xml");
  } catch (error) {
    return { items: [], error: `not a readable feed (${(error as Error).message})` };
  }
  const nodes = [...document.querySelectorAll("item, entry")];
  if (!nodes.length) return { items: [], error: "feed has no <item> or <entry>" };
  return {
    items: nodes.map((node, index) => {
      const text = (selector: string) => node.querySelector(selector)?.textContent?.trim() || undefined;
      const link = text("link") ?? node.querySelector("link")?.getAttribute("href") ?? undefined;
      const body = text("content\\:encoded") ?? text("encoded") ?? text("content") ?? text("description") ?? text("summary") ?? "";
      const dateText = text("pubDate") ?? text("published") ?? text("updated") ?? text("dc\\:date") ?? text("date");
      const date = toIsoDate(dateText);
      const guid = text("guid") ?? text("id") ?? link ?? String(index + 1);
      const given: GivenMetadata = {};
      if (date) given.published = date;
      if (text("title")) given.title = text("title");
      if (link) given.url = link;
      return { id: slug(guid) || String(index + 1), body, html: /<[a-z][^>]*>/i.test(body), given, ...(dateText ? { dateText } : {}) };
    }),
  };
}

function toIsoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

function slug(value: string): string {
  return value.replace(/^https?:\/\//, "").replace(/[^\w-]+/g, "-").replace(/^-+|-+$/g, "").slice(-64);
}
