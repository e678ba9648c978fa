// The patterns of plain-text cleaning, in one table. Each kind of chrome has cues and a rule
// for how strongly a block must show them; article paragraphs that merely mention a cue
// ("sign up", "donations") stay, because the rules weigh cue density and block length.
import type { RemovalReason } from "../types.ts";
import { MONTH_PREFIXES } from "../text/lexicon/calendar.ts";

/** A month word, full or abbreviated ("Sept.", "September"). */
const MONTH_WORD = new RegExp(`\\b(${MONTH_PREFIXES})[a-z]*\\.?`, "g");

export interface BlockRule {
  reason: RemovalReason;
  /** Why, in a few words, for the removal record and the README. */
  why: string;
  test: (block: string, words: number) => boolean;
  /** Decided by English words: applied only to a text read as English (or of unknown language). */
  english?: true;
}

/** Words of donation, subscription and membership appeals. */
const APPEAL_CUES =
  /\b(your support|support (us|now|our journalism|independent journalism)|donat(e|ion|ions|ing)|contribut(e|ion) (today|now)|paywalls?|subscribe|subscription|become a (member|subscriber|supporter)|quality journalism|read more|make a (gift|contribution)|afford it)\b/gi;

const PLACEHOLDER_WORDS = new Set(
  "lorem ipsum dolor sit amet consectetur adipisicing adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate velit esse cillum fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa qui officia deserunt mollit anim id est laborum sequi cum possimus officiis voluptatibus libero dolorum assumenda iusto praesentium error nobis tenetur at nostrum facere excepturi architecto totam inventore soluta alias eaque modi sint rerum recusandae provident ullam aperiam quo corrupti vel quam repellat ipsa quod repellendus adipisci ducimus odio".split(
    " ",
  ),
);

export function placeholderShare(block: string): number {
  const words = block.toLowerCase().match(/[a-z]+/g) ?? [];
  if (!words.length) return 0;
  return words.filter((w) => PLACEHOLDER_WORDS.has(w)).length / words.length;
}

function appealHits(block: string): number {
  return block.match(APPEAL_CUES)?.length ?? 0;
}

const SHORT = 40;

export const BLOCK_RULES: BlockRule[] = [
  { reason: "placeholder", why: "placeholder text (lorem ipsum)", test: (b) => placeholderShare(b) > 0.5 },
  {
    reason: "appeal",
    why: "donation or subscription appeal",
    english: true,
    // Long appeals repeat their cues; a news paragraph about donations mentions them once. An
    // article pasted as one line may hold an appeal among hundreds of words: cues must be dense.
    test: (b, words) => {
      const hits = appealHits(b);
      return (hits >= 3 && words <= hits * 60) || (hits >= 1 && words <= 12 && /\b(support|donat|subscri)/i.test(b));
    },
  },
  {
    reason: "caption",
    why: "image credit (an agency's name in brackets)",
    test: (b, words) => words <= 60 && /\(\s*(photo|image|picture|file|foto|bild)?[^()]{0,40}\b(via getty images|getty images|afp|ap photo|reuters|epa|shutterstock)\s*\)\s*$/i.test(b),
  },
  {
    reason: "caption",
    why: "image caption or credit",
    english: true,
    test: (b, words) => /\bopen image in gallery\b/i.test(b) || (words <= 40 && /^(photo|image|picture|file photo|caption|credit)s?\s*(credit)?\s*[:|]/i.test(b)),
  },
  {
    reason: "byline",
    why: "byline or reporting credit",
    english: true,
    test: (b, words) =>
      (words <= 20 && /^by\s+[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,4}\s*([\/|,]|and\b|$)/i.test(b) && !/[.!?]["”]?$/.test(b.trim())) ||
      (words <= 25 && /^[A-Z][\w'’-]+(\s+[A-Z][\w'’-]+){0,3}(\s+and\s+[A-Z][\w'’-]+(\s+[A-Z][\w'’-]+){0,3})? (reported from|contributed( reporting)? to this report)\b/.test(b)) ||
      (words <= 30 && /^\(?(reporting|additional reporting|writing) by\b/i.test(b)),
  },
  {
    reason: "counter",
    why: "view, comment or share counter",
    english: true,
    test: (b, words) =>
      words <= 6 && /^[\d,.\s|]+((views?|comments?|shares?|likes?|reads?)\b[\s|]*[\d,.]*\s*)*$/i.test(b.trim()),
  },
  {
    reason: "metadata",
    why: "publication stamp",
    english: true,
    test: (b, words) => words <= 12 && /^(published|updated|posted|last updated|first published)\b\s*(on|at)?\s*:?/i.test(b),
  },
  {
    reason: "metadata",
    why: "URL, date line or stray symbol",
    test: (b, words) =>
      /^\s*https?:\/\/\S+\s*$/.test(b) ||
      (words <= 12 && isDateLine(b)) ||
      /^\s*[#*|•·\-–—=_~]+\s*$/.test(b),
  },
  {
    reason: "cookie",
    why: "cookie, terms or consent prompt",
    english: true,
    test: (b, words) =>
      words <= SHORT && /\b(cookies?|terms of (use|service)|privacy policy|our terms|consent)\b/i.test(b) &&
      /\b(agree|accept|consent|sign up|continue|manage|settings|read)\b/i.test(b),
  },
  {
    reason: "newsletter",
    why: "newsletter or sign-up prompt",
    english: true,
    test: (b, words) =>
      words <= SHORT && /\b(newsletter|sign up|signup|inbox)\b/i.test(b) && /\b(email|newsletter|free|daily|weekly|inbox|sign up)\b/i.test(b) &&
      !/["“”]/.test(b),
  },
  {
    reason: "related",
    why: "related-article list or teaser link",
    english: true,
    test: (b, words) => words <= 25 && /^(related|read (more|also|next)|see also|more from|recommended|you may also like|most read|trending)\b\s*:?/i.test(b),
  },
  {
    reason: "footer",
    why: "publication footer (the © sign)",
    test: (b, words) => words <= SHORT && /©/.test(b),
  },
  {
    reason: "footer",
    why: "publication footer",
    english: true,
    test: (b, words) => words <= SHORT && /\b(copyright|all rights reserved)\b/i.test(b),
  },
  {
    reason: "navigation",
    why: "shop, account or menu chrome",
    english: true,
    test: (b, words) =>
      words <= 8 && /\b(cart|basket|checkout|sign in|log in|login|my account|wishlist|menu|search|home|share( this)?)\b/i.test(b) &&
      !/[.!?]["”]?$/.test(b.trim().replace(/!$/, "")),
  },
];

/** A line that holds a date or time and nothing else ("March 14,2013 | 8:16 am", "9 / 10 / 2010 @ 1:19PM"). */
export function isDateLine(block: string): boolean {
  if (!/\d{4}/.test(block)) return false;
  const rest = block
    .toLowerCase()
    .replace(MONTH_WORD, " ")
    .replace(/\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/g, " ")
    .replace(/\b(am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|et|est|edt|pst|pdt|ist|pkt|hkt|updated|posted|published|last|on|at)\b/g, " ")
    .replace(/[\d\s\/.,:@|()–—-]+/g, "");
  return rest.length === 0;
}

/** "Pakistan | Feb 2, 2026 " at the start of a body: a section and date stamp. */
export const SECTION_STAMP =
  /^[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3}\s*\|\s*((?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})|(?:\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})|(?:\d{4}-\d\d-\d\d))\s+/;

/** "QUETTA, Pakistan (AP) — ": a dateline and the wire service credited with the story. */
export const WIRE_DATELINE =
  /^([A-Z][A-Z.'’ -]+[A-Z.](?:,\s*[A-Z][A-Za-z.'’ -]*[A-Za-z.])?)?(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?\s*\((AP|Reuters|AFP|dpa|DPA|UPI|Xinhua|PTI|IANS|APP|ANI|Bernama|Kyodo|Yonhap|EFE|ANSA|CNN|Anadolu|TASS|Interfax)\)\s*[—–-]{1,2}\s*/;

/** "ISLAMABAD: " or "QUETTA, Pakistan — " with no wire credit. */
export const PLAIN_DATELINE = /^([A-Z][A-Z.'’ -]{2,}[A-Z](?:,\s*[A-Z][A-Za-z.'’ -]*[A-Za-z])?)\s*(?:[—–:]|--)\s+(?=[A-Z])/;

export const WIRE_NAMES: Record<string, string> = {
  "associated press": "AP",
  reuters: "Reuters",
  "agence france-presse": "AFP",
  "agence france presse": "AFP",
};

/**
 * A link to another story pasted inside a paragraph of a plain-text article ("... an isolated
 * incident. More: Reward offered in the death of a man This is a developing story."): the
 * marker opens a paragraph or follows a sentence's end, and a capitalised headline follows.
 */
const LINK_MARKER_WORDS = `(?:KEEP READING\\s+)?(?:More|MORE|RELATED|Related|READ MORE|Read [Mm]ore|See [Rr]elated|SEE ALSO|See [Aa]lso|ALSO READ|Also [Rr]ead)\\s?:\\s+(?=[\\p{Lu}\\p{N}"“‘'])`;
export const INLINE_LINK_MARKER = new RegExp(`(?<=^|[.!?"”)]\\s+|\\s{2,})${LINK_MARKER_WORDS}`, "gu");
/** The next marker of a run of links ("More: A headline More: Another"), which needs no stop before it. */
export const NEXT_LINK_MARKER = new RegExp(`\\s${LINK_MARKER_WORDS}`, "u");

/**
 * Where a pasted headline ends when no stop closes it: before a word that opens a news
 * sentence ("... in Portland The victim ran") or a quote's opening ("... school security “It was
 * another hurdle,” he said"), the next marker or the share line.
 */
export const LINK_HEADLINE_END =
  /\s(?=[“"](?:\p{Lu}))|\s(?=(?:The|A|An|This|That|It|He|She|They|We|His|Her|Their|There|Police|Officers|Authorities|Officials|Deputies|Investigators|According|During|As|When|After|Before|But|On|In|At)\s)|(?<![\s.]\p{Lu})[.!?](?=\s|$)/u;
