// Document metadata from an HTML page. Explicit machine-readable statements win over
// visible text: <meta> tags (Open Graph, article:*, Dublin Core, parse.ly), then JSON-LD,
// then <time datetime>, then dated lines in the text ("Published: Feb 02, 2026"). Wire
// credit and dateline come from the body's first paragraph ("QUETTA, Pakistan (AP) —").

import type { DocumentMeta } from "../types.ts";
import { statedDate } from "../text/dates.ts";
import type { Block } from "./html-blocks.ts";
import { elementsByTag, type HtmlElement } from "./html-dom.ts";

const META_TAGS = new Set(["meta", "script", "time", "h1", "title", "html", "link"]);

const TITLE_KEYS = ["og:title", "twitter:title", "dc.title", "sailthru.title", "parsely-title", "headline"];
const OUTLET_KEYS = ["og:site_name", "application-name", "twitter:site", "publisher", "dc.publisher", "cre"];
const DATE_KEYS = [
  "article:published_time", "article:published", "og:article:published_time", "pdate", "publication_date", "dc.date.published", "datepublished", "publishdate", "publish-date", "pubdate", "date",
  "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published",
  "article_date_original", "original-publish-date", "cxenseparse:recs:publishtime", "og:published_time", "published_time",
  "release_date", "dc.date.created", "citation_publication_date", "article:modified_time", "datemodified", "last-modified",
];
const WIRES: [RegExp, string][] = [
  [/^(AP|Associated Press)$/i, "AP"], [/^Reuters$/i, "Reuters"], [/^(AFP|Agence France-Presse)$/i, "AFP"], [/^dpa$/i, "dpa"],
  [/^UPI$/i, "UPI"], [/^Xinhua$/i, "Xinhua"], [/^(PTI|Press Trust of India)$/i, "PTI"], [/^IANS$/i, "IANS"], [/^ANI$/i, "ANI"],
  [/^APP$/i, "APP"], [/^Bloomberg$/i, "Bloomberg"], [/^(EFE|ANSA|Kyodo|Yonhap|TASS|Anadolu|Bernama|CNA|Interfax)$/i, "$&"],
];
/** "QUETTA, Pakistan (AP) —", "LONDON (Reuters) -", "Kabul, Nov 3 (AFP) -". */
const DATELINE = /^\s*([\p{Lu}][\p{L}.'’ -]{1,40}(?:,\s*[\p{L}.'’ -]{2,30}){0,2})\s*\(([\p{L} .-]{2,40})\)\s*[—–-]{1,2}\s/u;
const WIRE_ONLY = /^\s*\(?(AP|Reuters|AFP)\)?\s*[—–-]\s/;

function wireName(credit: string): string | null {
  const trimmed = credit.trim();
  for (const [pattern, name] of WIRES) if (pattern.test(trimmed)) return name === "$&" ? trimmed : name;
  return null;
}

/** "2019-11-19T23:30:00-05:00" -> "2019-11-19" (the date as the outlet wrote it); free text through the date module with every part stated. */
export function normaliseDate(value: string): string | null {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return validDate(+iso[1], +iso[2], +iso[3]);
  const compact = /^(\d{4})(\d{2})(\d{2})(T|\d|$)/.exec(value.trim());
  if (compact) return validDate(+compact[1], +compact[2], +compact[3]);
  const stated = statedDate(value);
  return stated ? validDate(+stated.slice(0, 4), +stated.slice(5, 7), +stated.slice(8, 10)) : null;
}

function validDate(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

interface JsonLdFacts {
  headline?: string;
  published?: string;
  publisher?: string;
}

function readJsonLd(text: string, facts: JsonLdFacts): void {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return;
  }
  const visit = (node: unknown, depth: number): void => {
    if (depth > 6 || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach((item) => visit(item, depth + 1));
    const record = node as Record<string, unknown>;
    if (typeof record.datePublished === "string") facts.published ??= record.datePublished;
    if (typeof record.headline === "string") facts.headline ??= record.headline;
    const publisher = record.publisher;
    if (publisher && typeof publisher === "object" && !Array.isArray(publisher)) {
      const name = (publisher as Record<string, unknown>).name;
      if (typeof name === "string") facts.publisher ??= name;
    }
    if (Array.isArray(record["@graph"])) visit(record["@graph"], depth + 1);
  };
  visit(data, 0);
}

/** "Headline | Outlet", "Headline - Outlet" (a colon is not a separator: "Incendie à Lyon : trois blessés"). */
const SEPARATED_SUFFIX = /^(.{8,}?)\s+([|–—·•»-])\s+([^|–—·•»]{2,60})$/;

/** Whether the part after a title separator names the site rather than continuing the headline. */
function isSiteSuffix(suffix: string, separator: string, outlet: string | undefined): boolean {
  const a = suffix.trim().toLowerCase().replace(/^the |\.com$/g, "");
  if (outlet) {
    const b = outlet.trim().toLowerCase().replace(/^the |\.com$/g, "");
    return a === b || a.includes(b) || b.includes(a);
  }
  return separator === "|" || a.split(" ").length <= 3;
}

function decodeText(raw: string, el: HtmlElement): string {
  let text = "";
  for (const child of el.children) if (child.kind === "text") text += raw.slice(child.start, child.end);
  return decodeLoose(text);
}

function decodeLoose(text: string): string {
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt|nbsp|rsquo|lsquo|ldquo|rdquo|ndash|mdash|hellip);/gi, (whole, name: string) => {
      const lower = name.toLowerCase();
      const map: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: " ", rsquo: "’", lsquo: "‘", ldquo: "“", rdquo: "”", ndash: "–", mdash: "—", hellip: "…" };
      if (map[lower]) return map[lower];
      const code = lower.startsWith("#x") ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    })
    .replace(/\s+/g, " ")
    .trim();
}

/** Metadata a page states about itself (title, outlet, date, language); `all` are its blocks (for the h1 and dated lines). */
export function extractPageMeta(raw: string, root: HtmlElement, all: readonly Block[]): Partial<DocumentMeta> {
  const named = new Map<string, string>();
  const jsonLd: JsonLdFacts = {};
  let titleTag = "";
  let h1 = "";
  let timeDate: string | null = null;
  let language = "";
  let canonical = "";
  for (const el of elementsByTag(root, META_TAGS)) {
    if (el.tag === "meta") {
      const key = (el.attr("property") || el.attr("name") || el.attr("itemprop") || el.attr("http-equiv")).toLowerCase();
      const content = el.attr("content") || el.attr("datetime");
      if (key && content && !named.has(key)) named.set(key, decodeLoose(content));
    } else if (el.tag === "script") {
      if (el.attr("type").toLowerCase() === "application/ld+json" && el.innerStart >= 0) readJsonLd(raw.slice(el.innerStart, el.innerEnd), jsonLd);
    } else if (el.tag === "time") {
      timeDate ??= normaliseDate(el.attr("datetime"));
    } else if (el.tag === "title") {
      titleTag ||= decodeText(raw, el);
    } else if (el.tag === "h1") {
      h1 ||= all.filter((b) => b.owner === el).map((b) => b.text).join(" ");
    } else if (el.tag === "link") {
      if (el.attr("rel").toLowerCase() === "canonical") canonical ||= el.attr("href");
    } else if (el.tag === "html") {
      language ||= el.attr("lang") || el.attr("xml:lang");
    }
  }
  const pick = (keys: string[]): string | undefined => keys.map((k) => named.get(k)).find((v) => v);
  const meta: Partial<DocumentMeta> = {};

  let outlet = pick(OUTLET_KEYS) ?? jsonLd.publisher;
  if (outlet?.startsWith("@")) outlet = jsonLd.publisher ?? undefined;
  const suffix = SEPARATED_SUFFIX.exec(titleTag);
  if (!outlet && suffix) outlet = suffix[3].trim();
  if (outlet) meta.outlet = outlet;

  let title = pick(TITLE_KEYS) ?? jsonLd.headline ?? (h1 || titleTag);
  const titled = SEPARATED_SUFFIX.exec(title);
  if (titled && isSiteSuffix(titled[3], titled[2], outlet)) title = titled[1].trim();
  if (title) meta.title = title;

  language ||= named.get("content-language") || named.get("og:locale") || named.get("language") || "";
  const primary = /^[a-z]{2,3}\b/i.exec(language.replace("_", "-"));
  if (primary) meta.language = primary[0].toLowerCase();
  // 05/10/2018 is 5 October outside the United States.
  const dayFirst = !/^en(-us)?$/i.test(language.replace("_", "-")) && language !== "";
  let published: string | null = null;
  for (const key of DATE_KEYS) {
    const value = named.get(key);
    if (value && (published = normaliseDate(value))) break;
  }
  published ??= jsonLd.published ? normaliseDate(jsonLd.published) : null;
  published ??= timeDate;
  published ??= datedLine(all, dayFirst);
  published ??= urlDate(named.get("og:url") || canonical);
  if (published) meta.published = published;

  return meta;
}

/** Wire credit and dateline from the article's first paragraphs ("QUETTA, Pakistan (AP) —"). */
export function addDateline(meta: Partial<DocumentMeta>, body: readonly string[]): void {
  for (const text of body.slice(0, 3)) {
    const dateline = DATELINE.exec(text);
    if (dateline) {
      const wire = wireName(dateline[2]);
      meta.dateline = dateline[1].trim();
      if (wire) meta.wire = wire;
      break;
    }
    const wireOnly = WIRE_ONLY.exec(text);
    if (wireOnly) {
      meta.wire = wireName(wireOnly[1]) ?? wireOnly[1];
      break;
    }
  }
}

/** "05/10/2018" or "05.10.2018": day first unless the page is American English (or a part cannot be a month). */
function numericDate(text: string, dayFirst: boolean): string | null {
  const found = /(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)/.exec(text);
  if (!found) return null;
  const a = +found[1];
  const b = +found[2];
  const swap = a > 12 ? true : b > 12 ? false : dayFirst;
  return swap ? validDate(+found[3], b, a) : validDate(+found[3], a, b);
}

/** "https://example.com/2019/11/19/slug" -> "2019-11-19": many outlets put the date in the article's address. */
function urlDate(url: string): string | null {
  const found = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|[-_][a-z]|$)/i.exec(url);
  return found ? validDate(+found[1], +found[2], +found[3]) : null;
}

const DATED_LINE = /^(published|posted|updated|first published|date|veröffentlicht|publié|publicado|pubblicato)?\s*(on|:)?\s*(.{6,60})$/i;

/** "Published: Feb 02, 2026", "Nov 19, 2019 | 5:00 PM": the first short line that is a full date. */
function datedLine(blocks: readonly Block[], dayFirst: boolean): string | null {
  for (const block of blocks) {
    if (block.text.length > 300 || !/\d{4}/.test(block.text)) continue;
    // A metadata line that opens with a numeric date: "05/10/2018 - Publicado por: ...".
    if (/^\d{1,2}[./]\d{1,2}[./]\d{4}\b/.test(block.text)) {
      const date = numericDate(block.text.slice(0, 10), dayFirst);
      if (date) return date;
    }
    if (block.text.length > 90) continue;
    const line = DATED_LINE.exec(block.text);
    if (!line) continue;
    const date = numericDate(line[3], dayFirst) ?? normaliseDate(line[3]);
    if (date) return date;
  }
  return null;
}
