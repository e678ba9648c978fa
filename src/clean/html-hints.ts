// The words an element's class and id are made of: "ArticleBody__share-bar" gives
// article, body, share, bar (and the unsplit articlebody). Hints are matched as whole
// words so that "shareholder" or "address" never read as "share" or "ad".

import type { HtmlElement } from "./html-dom.ts";

const cache = new WeakMap<HtmlElement, string[]>();

export function hintWords(el: HtmlElement): string[] {
  const known = cache.get(el);
  if (known) return known;
  const source = `${el.attrs.get("class") ?? ""} ${el.attrs.get("id") ?? ""}`;
  const words: string[] = [];
  if (source.length > 1) {
    for (const part of source.split(/[^A-Za-z0-9]+/)) {
      if (!part) continue;
      const lower = part.toLowerCase();
      words.push(lower);
      const split = part.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(" ");
      if (split.length > 1) words.push(...split);
    }
  }
  cache.set(el, words);
  return words;
}

/** The class and id as one lowercase string with separators normalised to "-", for multi-word hints. */
export function hintString(el: HtmlElement): string {
  return hintWords(el).join("-");
}
