// One name per actor across a set of reports: "Baloch Liberation Army", "Balochistan Liberation
// Army" and "BLA" are one group. Names merge when they have the same initials and their words
// agree pairwise up to a shared stem (Baloch/Balochistan); a bare acronym joins the full name
// whose initials it is. The canonical name is the full name used most.
import type { Extraction } from "../types.ts";
import { TARGET_HEADS } from "../text/lexicon/targets.ts";

function words(name: string): string[] {
  // A name may begin or end with a hyphen ("Army-" as a line break left it): no empty words.
  return name.split(/[\s-]+/).filter((w) => w !== "" && !/^(of|the|and|e|al|el)$/i.test(w));
}

function initials(name: string): string {
  return /^[A-Z]{2,7}$/.test(name) ? name : words(name).map((w) => w[0].toUpperCase()).join("");
}

function sameStem(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x === y) return true;
  const shared = [...x].findIndex((c, i) => y[i] !== c);
  return (shared === -1 ? Math.min(x.length, y.length) : shared) >= 5;
}

function sameActor(a: string, b: string): boolean {
  if (initials(a) !== initials(b)) return false;
  if (/^[A-Z]{2,7}$/.test(a) || /^[A-Z]{2,7}$/.test(b)) return true;
  const [wa, wb] = [words(a), words(b)];
  return wa.length === wb.length && wa.every((w, i) => sameStem(w, wb[i]));
}

export function unifyActors(extractions: Extraction[]): Extraction[] {
  const counts = new Map<string, number>();
  for (const e of extractions) {
    for (const a of e.actors) if (a.kind !== "person" && a.kind !== "state") counts.set(a.name, (counts.get(a.name) ?? 0) + 1);
  }
  // Longest, most used names first, so each group is named by its best full name.
  const names = [...counts.keys()].sort((a, b) => Number(/^[A-Z]+$/.test(a)) - Number(/^[A-Z]+$/.test(b)) || counts.get(b)! - counts.get(a)!);
  const canonical = new Map<string, string>();
  // The heads so far by their initials, in the order they became heads: `sameActor` needs equal
  // initials, so the first match in a name's bucket is its first match among all heads, found
  // without walking every head (which grew with the run: quadratic in distinct names).
  const headsByInitials = new Map<string, string[]>();
  for (const name of names) {
    const key = initials(name);
    const bucket = headsByInitials.get(key) ?? [];
    const head = bucket.find((c) => sameActor(c, name));
    canonical.set(name, head ?? name);
    if (head === undefined) {
      bucket.push(name);
      headsByInitials.set(key, bucket);
    }
  }
  return extractions.map((e) => ({
    ...e,
    actors: e.actors.map((a) => ({ ...a, name: canonical.get(a.name) ?? a.name })),
  }));
}

/** A target an attack sentence names, with its span in the sentence. */
export interface TargetSpan {
  /** The target as the text words it, without its article ("police stations", "a bus" -> "bus"). */
  name: string;
  start: number;
  end: number;
}

/** The words that make what follows a target: an attack on it, or a verb of attacking it. */
const ATTACK_ON =
  /\b(?:(?:attacks?|assaults?|raids?|strikes?|bombings?|ambush(?:es)?)\s+(?:on|against|involved|involving)|attacked|targeted|targeting|targets|stormed|storming|bombed|ambushed|raided|ransacked|overran|torched|opened\s+fire\s+(?:on|at)|fired\s+on|set\s+fire\s+to)\s+/giu;
/** A habit, not this event: "routinely targeted", "frequently targeting", "numerous attacks in recent years". */
const HABITUAL = /\b(?:routinely|frequently|often|repeatedly|regularly|long|numerous|in recent years|in the past|have been|has been known)\b/i;
/** Where a target's words end: a preposition, a participle or a clause ("a bus carrying pilgrims", "homes across the province"). */
const TARGET_STOP = new Set(["in", "at", "near", "across", "on", "of", "a", "an", "the", "with", "during", "and", "or", "who", "which", "that", "where", "after", "before", "since", "as", "while", "to", "by", "from", "for", "over", "into", "throughout", "around", "inside", "outside"]);
const LEADING = /^(?:including\s+)?(?:the|a|an|its|their|his|her|several|multiple|many|some|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+|^including\s+/i;

function isTargetHead(word: string): boolean {
  const w = word.toLowerCase();
  return TARGET_HEADS.has(w) || TARGET_HEADS.has(w.replace(/ies$/, "y")) || TARGET_HEADS.has(w.replace(/e?s$/, "")) || TARGET_HEADS.has(w.replace(/s$/, ""));
}

/**
 * Who or what an attack sentence says was attacked: "gun attacks on police stations, civilian
 * homes and security facilities" gives three, "opened fire on a bus carrying pilgrims" the
 * bus, "an operation targeting security forces" the forces. Only phrases whose last word is
 * a target word (lexicon/targets.ts), and never in a sentence about a habit ("routinely
 * targeted"): those are background.
 */
export function findTargets(sentence: string): TargetSpan[] {
  const out: TargetSpan[] = [];
  for (const m of sentence.matchAll(ATTACK_ON)) {
    if (HABITUAL.test(sentence.slice(Math.max(0, (m.index ?? 0) - 40), m.index))) continue;
    let at = (m.index ?? 0) + m[0].length;
    // A list of targets: "police stations, civilian homes, and security facilities".
    for (let item = 0; item < 6; item++) {
      const rest = sentence.slice(at);
      const lead = LEADING.exec(rest)?.[0].length ?? 0;
      const words = [...rest.slice(lead).matchAll(/[\p{L}'’-]+|[^\s\p{L}]/gu)];
      // The target runs to its last target word: "residences of Baloch laborers", "a bus carrying pilgrims".
      let last = -1;
      let head = -1;
      for (let i = 0; i < words.length && i < 6; i++) {
        const w = words[i][0];
        if (!/^[\p{L}'’-]+$/u.test(w) || (TARGET_STOP.has(w.toLowerCase()) && !(w === "of" && head === i - 1))) break;
        last = i;
        if (isTargetHead(w)) head = i;
      }
      if (last < 0) break;
      const startIn = at + lead + (words[0].index ?? 0);
      const endIn = at + lead + (words[head >= 0 ? head : last].index ?? 0) + words[head >= 0 ? head : last][0].length;
      if (head >= 0) out.push({ name: sentence.slice(startIn, endIn), start: startIn, end: endIn });
      // The next item of a list follows ", ", ", and " or " and ".
      const next = /^[^,.;:]*?(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?=\S)/u.exec(sentence.slice(endIn));
      if (!next || /[.;:]/.test(next[0]) || next[0].length > 40 || /\b(?:killing|leaving|saying|who|which|that)\b/i.test(next[0])) break;
      at = endIn + next[0].length;
    }
  }
  return out;
}
