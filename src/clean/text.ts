// Plain-text cleaning: split the input into blocks (lines), drop the chrome among them with a
// reason, drop repeats (a teaser that repeats the lead, a headline pasted again), and read the
// metadata the text carries (title, stamps, bylines, dateline and wire).
import type { CleanDocument, DocumentMeta, Message, Removal, SourceDocument } from "../types.ts";
import { parseDateString } from "../text/dates.ts";
import { MappedTextBuilder } from "../text/mapped.ts";
import { detectLanguage } from "./language.ts";
import { publishedFrom } from "./text-published.ts";
import { repeatedParagraphs, repeatSearchCapped } from "./text-repeats.ts";
import { BLOCK_RULES, INLINE_LINK_MARKER, LINK_HEADLINE_END, NEXT_LINK_MARKER, PLAIN_DATELINE, SECTION_STAMP, WIRE_DATELINE, WIRE_NAMES } from "./text-patterns.ts";

/** Text read to tell a document's language before its blocks are judged. */
const LANGUAGE_SAMPLE = 4000;

interface Block {
  start: number;
  end: number;
  text: string;
  words: number;
  removed?: string;
}

/** Lines of the body with their raw offsets, trimmed, blank lines skipped. */
export function splitBlocks(raw: string, from: number): Block[] {
  const blocks: Block[] = [];
  const line = /[^\n]+/g;
  line.lastIndex = from;
  for (let m = line.exec(raw); m; m = line.exec(raw)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(raw[start])) start++;
    while (end > start && /\s/.test(raw[end - 1])) end--;
    if (end > start) blocks.push(block(raw, start, end));
  }
  return blocks;
}

function block(raw: string, start: number, end: number): Block {
  const text = raw.slice(start, end);
  return { start, end, text, words: text.split(/\s+/).length };
}

export const normalise = (s: string) => s.toLowerCase().replace(/[…]|\.{3}/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/**
 * Cleans one plain-text document. `chrome` holds normalised paragraphs known to recur across
 * unrelated reports (learnt by cleanDocuments over the whole input set).
 */
export function cleanText(doc: SourceDocument, chrome: Set<string> = new Set()): CleanDocument {
  const raw = doc.raw;
  const removed: Removal[] = [];
  const meta: DocumentMeta = { title: null, outlet: null, wire: null, dateline: null, published: null, language: "und", extraction: "text" };
  const found: { published?: string; outlet?: string } = {};
  const bodyStart = doc.bodyStart ?? 0;
  if (bodyStart > 0) removed.push({ text: raw.slice(0, bodyStart), reason: "metadata", start: 0, end: bodyStart });

  const blocks = splitBlocks(raw, bodyStart);
  const remove = (b: Block, reason: string) => {
    b.removed = reason;
    removed.push({ text: b.text, reason, start: b.start, end: b.end });
  };

  const notes: Message[] = [];
  // English wording rules decide only on a text read as English (or of unknown language).
  const language = detectLanguage(raw.slice(bodyStart, bodyStart + LANGUAGE_SAMPLE));
  const rules = language === "en" || language === "und" ? BLOCK_RULES : BLOCK_RULES.filter((r) => !r.english);
  const applyRules = (b: Block) => {
    const rule = rules.find((r) => r.test(b.text, b.words));
    if (!rule) return;
    readStamp(b.text, found);
    remove(b, rule.reason);
  };
  const crossChrome = new Set(blocks.filter((b) => chrome.has(normalise(b.text))));
  for (const b of blocks) if (!crossChrome.has(b)) applyRules(b);
  // Chrome learnt across documents goes only while some of this document's text stays: when
  // every paragraph its own rules keep is another document's chrome, that evidence is wrong
  // for this one (a report made of paragraphs other reports share), so they are judged by the
  // rules alone, and the document says why.
  if (crossChrome.size > 0 && blocks.every((b) => b.removed || crossChrome.has(b))) {
    notes.push({ stage: "clean", rule: "chrome-kept", reason: `every paragraph left (${crossChrome.size}) was learnt as chrome across documents: kept, since a report never loses all its text to other documents' evidence` });
    for (const b of crossChrome) applyRules(b);
  } else {
    for (const b of crossChrome) {
      found.outlet ??= outletOfAppeal(b.text);
      remove(b, "boilerplate");
    }
  }

  const titleBlock = findTitle(blocks);
  if (titleBlock) {
    meta.title = titleBlock.text;
    remove(titleBlock, "metadata");
  }
  notes.push(...removeRepeats(blocks, remove));

  const kept = blocks.filter((b) => !b.removed);
  const builder = new MappedTextBuilder();
  for (const [index, b] of kept.entries()) {
    let pieces: [number, number][] = [[b.start, b.end]];
    if (index === 0) pieces = stripSectionStamp(raw, pieces, removed, found);
    if (meta.title) pieces = cutOccurrences(raw, pieces, meta.title, "repeat", removed);
    pieces = cutInlineLinks(raw, pieces, removed);
    for (const [s, e] of pieces) builder.addSlice(raw, s, e);
  }
  const { text, toRaw, paragraphs } = builder.build();

  const lead = text.slice(0, 300);
  const wire = WIRE_DATELINE.exec(lead);
  if (wire) {
    meta.wire = wire[2];
    meta.dateline = wire[1]?.trim() ?? null;
  } else {
    meta.dateline = PLAIN_DATELINE.exec(lead)?.[1] ?? null;
    meta.wire = creditedWire(text);
  }
  meta.title = doc.given.title ?? meta.title;
  meta.published = doc.given.published ?? found.published ?? publishedFrom(raw);
  meta.outlet = doc.given.outlet ?? found.outlet ?? null;
  meta.language = detectLanguage(text);
  removed.sort((a, b) => a.start - b.start);
  return { ...doc, messages: notes.length ? [...doc.messages, ...notes] : doc.messages, text, toRaw, paragraphs, removed, meta };
}

/**
 * An outlet's appeal for support names the outlet as the subject of its plea ("The
 * Independent is on the ground…", "The Guardian relies on readers", "support The Times"):
 * read only from blocks cleaning already removed, so any "The X is…" there speaks for the page.
 */
const APPEAL_NAMES_OUTLET = /\b(?:(The\s+\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)\s+(?:is|relies on|depends on|needs|has always been)\b|[Ss]upport\s+(The\s+\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)(?=[\s.,!]))/u;

function outletOfAppeal(text: string): string | undefined {
  const m = APPEAL_NAMES_OUTLET.exec(text);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Reads a publication date or an outlet from a block cleaning removes (stamps, bylines, an appeal). */
function readStamp(text: string, found: { published?: string; outlet?: string }): void {
  if (!found.published && /\b(published|updated|posted|by)\b|\d{1,2}\s?[-/]\s?\d{1,2}\s?[-/]\s?\d{4}|^[\d\s\/.,:@-]+$/i.test(text)) {
    const date = parseDateString(text);
    if (date) found.published = date;
  }
  // A template byline "By Name / date | N Views" names the account that posts: the outlet.
  const byline = /^[Bb]y\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s*[\/|]/.exec(text);
  if (byline && !found.outlet) found.outlet = byline[1];
  found.outlet ??= outletOfAppeal(text);
}

/** The first kept line, when it reads as a headline: short, no closing full stop, followed by text. */
function findTitle(blocks: Block[]): Block | null {
  const first = blocks.findIndex((b) => !b.removed);
  if (first < 0) return null;
  const b = blocks[first];
  const next = blocks.slice(first + 1).find((x) => !x.removed);
  const headline = b.words >= 3 && b.words <= 25 && b.text.length <= 200 && !/([.:;,…]|\.\.\.)$/.test(b.text) && /^[\p{Lu}\p{N}"“‘']/u.test(b.text);
  return headline && next && next.words > b.words ? b : null;
}

/** Teasers that repeat the lead, and paragraphs that occur twice: the later copy is kept (text-repeats.ts). */
function removeRepeats(blocks: Block[], remove: (b: Block, reason: string) => void): Message[] {
  const kept = blocks.filter((b) => !b.removed);
  const { repeated, capped } = repeatedParagraphs(kept.map((b) => normalise(b.text)));
  for (const index of repeated) remove(kept[index], "repeat");
  return capped ? [repeatSearchCapped()] : [];
}

function stripSectionStamp(raw: string, pieces: [number, number][], removed: Removal[], found: { published?: string }): [number, number][] {
  const [s, e] = pieces[0];
  const stamp = SECTION_STAMP.exec(raw.slice(s, e));
  if (!stamp) return pieces;
  found.published ??= parseDateString(stamp[1]) ?? undefined;
  removed.push({ text: stamp[0].trim(), reason: "metadata", start: s, end: s + stamp[0].trimEnd().length });
  return [[s + stamp[0].length, e], ...pieces.slice(1)];
}

/** Cuts every occurrence of `needle` out of the pieces, recording each as removed. */
function cutOccurrences(raw: string, pieces: [number, number][], needle: string, reason: string, removed: Removal[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [s, e] of pieces) {
    let from = s;
    for (let at = raw.indexOf(needle, from); at >= 0 && at + needle.length <= e; at = raw.indexOf(needle, from)) {
      if (at > from) out.push(trimPiece(raw, from, at));
      removed.push({ text: needle, reason, start: at, end: at + needle.length });
      from = at + needle.length;
    }
    if (from < e) out.push(trimPiece(raw, from, e));
  }
  return out.filter(([s, e]) => e > s);
}

/** A pasted headline runs at most this far from its marker; past it the end is not found and nothing is cut. */
const LINK_HEADLINE_MAX = 200;
/** A headline closed by a stop or a sentence opener has at most this many words. */
const LINK_HEADLINE_WORDS = 16;

/**
 * Cuts links to other stories pasted inside a paragraph ("More: <headline>", "RELATED: ...",
 each as `related`, so that a count in another story's
 * headline is not read as this one's and the sentence the headline runs into stays whole.
 * A headline ends at its own stop, the next marker, or a word that opens a news sentence
 * ("... in Portland The victim ran"); one whose end is not found is left as it is.
 */
function cutInlineLinks(raw: string, pieces: [number, number][], removed: Removal[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [s, e] of pieces) {
    const text = raw.slice(s, e);
    // The share line after a story ("Read or Share this story: <url>") ends a headline but
    // stays: its address's words keep two stories of one site apart in clustering.
    const cuts: [number, number, string][] = [];
    for (const m of text.matchAll(INLINE_LINK_MARKER)) {
      // A run of links is cut one headline at a time, each ending where the next marker starts.
      let at = m.index;
      let headline = m.index + m[0].length;
      for (let end = linkHeadlineEnd(text, headline); end !== null; end = linkHeadlineEnd(text, headline)) {
        cuts.push([at, end, "related"]);
        const next = NEXT_LINK_MARKER.exec(text.slice(end, end + 60));
        if (!next || next.index !== 0) break;
        at = end + 1;
        headline = end + next[0].length;
      }
    }
    cuts.sort((a, b) => a[0] - b[0]);
    let from = 0;
    for (const [cs, ce, reason] of cuts) {
      if (cs < from) continue;
      if (cs > from) out.push(trimPiece(raw, s + from, s + cs));
      removed.push({ text: text.slice(cs, ce), reason, start: s + cs, end: s + ce });
      from = ce;
    }
    if (from < text.length) out.push(trimPiece(raw, s + from, e));
  }
  return out.filter(([a, b]) => b > a);
}

/** The end (exclusive, in `text`) of a pasted headline starting at `from`, or null when none is near. */
function linkHeadlineEnd(text: string, from: number): number | null {
  // A sentence opener ends a headline only after its first words ("RELATED: Newport News Police
  // investigating ..." is one headline); a sentence closed by a stop longer than a headline
  // ("Read more: Police told the Free Press they are still working to ...") is the article's.
  const lead = /^(?:\S+\s+){0,2}\S+/.exec(text.slice(from))?.[0].length ?? 0;
  const rest = text.slice(from + lead, from + LINK_HEADLINE_MAX);
  const ends: number[] = [];
  const stop = LINK_HEADLINE_END.exec(rest);
  if (stop && headlineWords(text.slice(from, from + lead + stop.index)) <= LINK_HEADLINE_WORDS) ends.push(/^\s$/.test(stop[0]) ? stop.index : stop.index + 1);
  const next = NEXT_LINK_MARKER.exec(rest);
  if (next) ends.push(next.index);
  const share = /Read or Share this story/.exec(rest);
  if (share) ends.push(share.index);
  if (!ends.length) return from + lead + rest.length === text.length ? text.length : null;
  return from + lead + Math.min(...ends);
}

const headlineWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

function trimPiece(raw: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(raw[s])) s++;
  while (e > s && /\s/.test(raw[e - 1])) e--;
  return [s, e];
}

/** A wire credited at the end ("— Associated Press", "(Reuters)"). */
function creditedWire(text: string): string | null {
  const tail = text.slice(-300).toLowerCase();
  for (const [name, code] of Object.entries(WIRE_NAMES)) {
    if (new RegExp(`(—|–|-|\\()\\s*${name}\\s*\\)?\\s*$`).test(tail)) return code;
  }
  return null;
}
