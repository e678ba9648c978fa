// What kind of source a speaker is: a named person, an office, an institution, the media, a
// state body, or no one in particular. Read once here, at extraction, from the speaker the
// sentence names (speakers.ts); reconciliation ranks sources by the structure, never by
// reading the words again.
import type { Attribution } from "../types.ts";

/** Attributions that name no one in particular ("officials", "security sources", "state media"). */
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

/** Words naming one office a person holds: without a name, the speaker is that office. */
const OFFICE_WORDS = /\b(?:minister|president|premier|secretary|spokes(?:person|man|woman)|governor|mayor|commissioner|inspector|director|head|officer|official|commander|colonel|major|lieutenant|captain|senator|representative|ambassador|envoy|chief|sheriff|coroner|superintendent)\b/i;
/** Words naming a body of the state. */
const STATE_WORDS = /\b(?:government|ministry|army|military|police|forces|department|parliament|court|embassy|administration|authority|cabinet|state)\b/i;
/** Words naming the press. */
const MEDIA_WORDS = /\b(?:media|television|tv|radio|news|newspaper|press|broadcaster|channel|agency)\b/i;

const TITLES = new Set(["mr", "mrs", "ms", "dr", "sir"]);

/**
 * The structure of an attribution. `people` are names extraction knows to be persons (in
 * any report of the run): an attribution naming one's surname names that person.
 */
export function describeSpeaker(attribution: string | null, people: string[] = []): Attribution | null {
  if (!attribution || attribution.trim() === "") return null;
  const text = attribution.trim();
  if (GENERIC_SOURCE.test(text)) return { text: attribution, kind: "unnamed" };
  const named = firstPersonNamed(text.toLowerCase(), surnameIndex(people));
  if (named !== null) return withRole({ text: attribution, kind: "person", name: people[named] }, text);
  const name = personName(text);
  if (name) return withRole({ text: attribution, kind: "person", name }, text);
  const kind = OFFICE_WORDS.test(text) && !/\b(?:ministry|department|office)\b/i.test(text) ? "official" : MEDIA_WORDS.test(text) ? "media" : STATE_WORDS.test(text) ? "state" : "organization";
  return withRole({ text: attribution, kind }, text);
}

/**
 * The people of a run by surname (the last word of over two letters), each surname naming the
 * first person who has it. Built once per list: an attribution is read for every statement,
 * and testing every person's surname pattern against each grew with the run (statements ×
 * people). A surname of word characters only matches `\bsurname\b` exactly when it is one
 * of the text's runs of word characters, so it is looked up; any other keeps its pattern.
 */
interface SurnameIndex {
  plain: Map<string, number>;
  /** Surnames with a character `\b` does not count as a word's, in people's order. */
  patterned: { person: number; pattern: RegExp }[];
}

const surnameIndexes = new WeakMap<string[], SurnameIndex>();

function surnameIndex(people: string[]): SurnameIndex {
  let index = surnameIndexes.get(people);
  if (index) return index;
  index = { plain: new Map(), patterned: [] };
  people.forEach((person, i) => {
    const parts = person.toLowerCase().split(/\s+/).filter((p) => p.length > 2);
    const surname = parts[parts.length - 1];
    if (!surname) return;
    if (/^\w+$/.test(surname)) {
      if (!index.plain.has(surname)) index.plain.set(surname, i);
    } else index.patterned.push({ person: i, pattern: new RegExp(`\\b${escapeRegExp(surname)}\\b`) });
  });
  surnameIndexes.set(people, index);
  return index;
}

/** The first person (by position in the list) whose surname the lower-cased text names, or null. */
function firstPersonNamed(lower: string, index: SurnameIndex): number | null {
  let first = Infinity;
  for (const run of lower.match(/\w+/g) ?? []) first = Math.min(first, index.plain.get(run) ?? Infinity);
  for (const { person, pattern } of index.patterned) {
    if (person > first) break;
    if (pattern.test(lower)) return person;
  }
  return first === Infinity ? null : first;
}

/**
 * The name in an attribution: a capitalised word after a title or role ("Minister Asif",
 * "Ms Baker"), or two capitalised words in a row that are neither roles nor possessives.
 */
function personName(text: string): string | null {
  const tokens = text.split(/\s+/);
  let run: string[] = [];
  let afterRole = false;
  for (let i = 0; i < tokens.length; i++) {
    const bare = tokens[i].replace(/[.,;:"“”()]/g, "");
    const isCapitalized = /^\p{Lu}\p{Ll}/u.test(bare);
    const isRole = ROLE_WORDS.has(bare.toLowerCase());
    const isPossessive = /['’]s$/.test(bare);
    if (isCapitalized && !isRole && !isPossessive) {
      run.push(bare);
      if (afterRole || run.length >= 2) {
        // The whole name: the capitalised words that follow too ("Khawaja Mohammad Asif").
        for (let j = i + 1; j < tokens.length; j++) {
          const next = tokens[j].replace(/[.,;:"“”()]/g, "");
          if (!/^\p{Lu}\p{Ll}/u.test(next) || ROLE_WORDS.has(next.toLowerCase())) break;
          run.push(next);
        }
        return run.join(" ");
      }
    } else {
      run = [];
    }
    afterRole = isRole && isCapitalized;
  }
  return null;
}

/** The office or role words before the name, or the whole attribution for an unnamed office ("chief minister"). */
function withRole(speaker: Attribution, text: string): Attribution {
  // The words before the name; the whole attribution when it names no one, or the person only by surname.
  const before = speaker.name && text.includes(speaker.name) ? text.slice(0, text.indexOf(speaker.name)) : text;
  const words = before
    .replace(/^(?:the|a|an)\s+/i, "")
    .split(/\s+/)
    .map((w) => w.replace(/[,;:"“”()]/g, ""))
    .filter((w) => w && ROLE_WORDS.has(w.toLowerCase().replace(/\.$/, "")) && !TITLES.has(w.toLowerCase().replace(/\.$/, "")));
  const role = OFFICE_WORDS.test(words.join(" ")) ? words.join(" ").toLowerCase() : null;
  return role ? { ...speaker, role } : speaker;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
