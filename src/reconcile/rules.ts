// The tables reconciliation reads: what a qualifier allows, which words explain a change
// in a toll, and how specific an attribution is. One place for every pattern.
import type { Measure, Group, Qualifier, Statement } from "../types.ts";

/** Figure order in an event: the contract's measure order, then the group order. */
export const MEASURE_ORDER: Measure[] = ["killed", "injured", "missing", "abducted", "arrested", "displaced", "attackers", "affected"];
export const GROUP_ORDER: Group[] = ["victims", "civilians", "security_forces", "militants", "all"];

export interface Interval {
  lo: number;
  hi: number;
}

/**
 * The values a statement allows. "about" and "nearly" are read loosely on purpose: two
 * reports of "about 200" and "186" do not contradict each other.
 */
export function allowedRange(value: number, qualifier: Qualifier): Interval {
  switch (qualifier) {
    case "exact":
      return { lo: value, hi: value };
    case "at_least":
      return { lo: value, hi: Infinity };
    case "more_than":
      return { lo: Number.isInteger(value) ? value + 1 : value, hi: Infinity };
    case "about":
      return { lo: Math.floor(value * 0.8), hi: Math.ceil(value * 1.2) };
    case "nearly":
      return { lo: Math.floor(value * 0.8), hi: value };
    case "at_most":
    case "up_to":
      return { lo: 0, hi: value };
  }
}

export function compatible(a: Statement, b: Statement): boolean {
  const ra = allowedRange(a.value, a.qualifier);
  const rb = allowedRange(b.value, b.qualifier);
  return ra.lo <= rb.hi && rb.lo <= ra.hi;
}

/** How exactly a qualifier pins the number: an exact count beats a bound. */
export function qualifierPrecision(qualifier: Qualifier): number {
  if (qualifier === "exact") return 3;
  if (qualifier === "about" || qualifier === "nearly") return 2;
  return 1;
}

/**
 * Words in a statement's sentence saying the toll moved ("raising the toll to 177",
 * "up from 12", "revised down"): a difference with another report is then a change over
 * time, not a contradiction.
 */
export const CHANGE_WORDS =
  /\b(?:rais(?:e|es|ed|ing)|rose|risen|rising|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|increas(?:e|es|ed|ing)|mount(?:s|ed|ing)|grew|swell(?:s|ed|ing)?|up from|down from|revis(?:e|es|ed|ing)|updat(?:e|es|ed|ing)|new toll|higher|lower(?:ed)?|fell|dropp(?:ed|ing)|taking the (?:total|toll)|bringing the (?:total|toll))\b/i;

export function explainsChange(statement: Statement): boolean {
  return CHANGE_WORDS.test(statement.quote);
}

/** Attributions that name no one in particular. */
const GENERIC_SOURCE =
  /^(?:the\s+)?(?:(?:local|government|security|senior|provincial|state|federal|military|police|hospital|health|rescue|medical|district|city|unnamed|two|several|some|other)\s+)*(?:officials?|authorities|sources?|witnesses|residents|reports?|media|people|observers|activists|analysts)$/i;

/** Words of a title or role: they are not a person's name. */
const ROLE_WORDS = new Set(
  (
    "mr mrs ms dr sir chief minister ministers deputy prime president vice secretary general gen spokesperson spokesman spokeswoman " +
    "governor mayor commissioner inspector director head officer official commander colonel col major maj lieutenant lt captain capt " +
    "interior defence defense foreign home health information finance senior provincial federal state district regional police army " +
    "military ministry department agency office council committee government service services forces force party group organization " +
    "organisation authority authorities hospital agency court parliament senator sen rep representative ambassador envoy charge " +
    "d'affaires affaires the of for and"
  ).split(" "),
);

/**
 * How specific an attribution is: 3 a named person ("Chief Minister Sarfaraz Bugti"),
 * 2 a named institution or role ("Pakistan's army", "the defence minister"), 1 a generic
 * source ("officials"), 0 none (the outlet's own voice). `people` are names extraction
 * knows to be persons; a name among them settles it.
 */
export function attributionSpecificity(attribution: string | null, people: string[] = []): number {
  if (!attribution || attribution.trim() === "") return 0;
  const text = attribution.trim();
  if (GENERIC_SOURCE.test(text)) return 1;
  const lower = text.toLowerCase();
  for (const person of people) {
    const parts = person.toLowerCase().split(/\s+/).filter((p) => p.length > 2);
    const surname = parts[parts.length - 1];
    if (surname && new RegExp(`\\b${escapeRegExp(surname)}\\b`).test(lower)) return 3;
  }
  const tokens = text.split(/\s+/);
  let nameRun = 0;
  let afterRole = false;
  for (const token of tokens) {
    const bare = token.replace(/[.,;:"“”()]/g, "");
    const isCapitalized = /^\p{Lu}\p{Ll}/u.test(bare);
    const isRole = ROLE_WORDS.has(bare.toLowerCase());
    const isPossessive = /['’]s$/.test(bare);
    if (isCapitalized && !isRole && !isPossessive) {
      nameRun += 1;
      // A name after a title ("Minister Asif", "Ms Baker") or two name words in a row.
      if (afterRole || nameRun >= 2) return 3;
    } else {
      nameRun = 0;
    }
    afterRole = isRole && isCapitalized;
  }
  return 2;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
