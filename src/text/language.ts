// A language guess for text too short for a trigram detector: the script first (Unicode
// ranges: Han with kana is Japanese, Hangul Korean, Greek Greek...), then, within the Latin
// and Cyrillic scripts, a vote of function words (src/text/lexicon/function-words.ts) that
// must win by a margin. Where neither says enough, "und": a short text is better unlabelled
// than confidently wrong (short English once came out "pt" on "a", "o", "e").
import { CYRILLIC_FUNCTION_WORDS, LATIN_FUNCTION_WORDS } from "./lexicon/function-words.ts";

/** Scripts told by Unicode ranges; "other" is any letter of none of them. */
export type Script = "latin" | "cyrillic" | "han" | "kana" | "hangul" | "arabic" | "greek" | "hebrew" | "thai" | "devanagari" | "georgian" | "armenian" | "other";

const SCRIPT_RANGES: [Script, RegExp][] = [
  ["latin", /\p{Script=Latin}/u],
  ["cyrillic", /\p{Script=Cyrillic}/u],
  ["han", /\p{Script=Han}/u],
  ["kana", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["hangul", /\p{Script=Hangul}/u],
  ["arabic", /\p{Script=Arabic}/u],
  ["greek", /\p{Script=Greek}/u],
  ["hebrew", /\p{Script=Hebrew}/u],
  ["thai", /\p{Script=Thai}/u],
  ["devanagari", /\p{Script=Devanagari}/u],
  ["georgian", /\p{Script=Georgian}/u],
  ["armenian", /\p{Script=Armenian}/u],
];

/** Scripts that, where they dominate, name one language. */
const ONE_LANGUAGE_SCRIPTS: Partial<Record<Script, string>> = { hangul: "ko", greek: "el", hebrew: "he", thai: "th", georgian: "ka", armenian: "hy" };

/** The script each language with its own script is written in; every other language is Latin. */
const LANGUAGE_SCRIPTS: Record<string, Script> = {
  zh: "han", ja: "han", ko: "hangul", ru: "cyrillic", uk: "cyrillic", bg: "cyrillic", sr: "cyrillic", be: "cyrillic", mk: "cyrillic", kk: "cyrillic",
  ar: "arabic", fa: "arabic", ur: "arabic", ps: "arabic", el: "greek", he: "hebrew", yi: "hebrew", th: "thai", hi: "devanagari", mr: "devanagari",
  ne: "devanagari", ka: "georgian", hy: "armenian",
};

/** Text read: the head of a long text says its language. */
const SAMPLE = 20_000;
/** Fewer words than this say nothing of their language ("a o e", a headline fragment). */
const MIN_WORDS = 5;
/** The winning language needs this many function words... */
const MIN_VOTES = 2;
/** ...this many more than the runner-up... */
const MIN_LEAD = 2;
/** ...and this many times the runner-up's. */
const MIN_RATIO = 1.5;

/** The script a language is written in (Latin unless it has its own). */
export function scriptOfLanguage(language: string): Script {
  return LANGUAGE_SCRIPTS[language] ?? "latin";
}

/** The script most of the text's letters are in (Han and kana counted together as "han" when kana is present: Japanese), or null without letters. */
export function dominantScript(text: string): Script | null {
  const counts = letterScripts(text);
  let best: Script | null = null;
  for (const [script, n] of counts) if (script !== "kana" && (!best || n > counts.get(best)!)) best = script;
  const kana = counts.get("kana") ?? 0;
  if (kana > 0 && (!best || kana + (counts.get("han") ?? 0) >= (counts.get(best) ?? 0))) return "han";
  return best;
}

/** The language of a short text, or "und" when its script and words do not say it with a margin. */
export function guessLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE);
  const counts = letterScripts(sample);
  const script = dominantScript(sample);
  if (!script) return "und";
  if (script === "han") {
    // Kana is Japanese only: a Japanese sentence holds it, Chinese never does.
    const kana = counts.get("kana") ?? 0;
    return kana >= Math.max(1, 0.05 * (kana + (counts.get("han") ?? 0))) ? "ja" : "zh";
  }
  const one = ONE_LANGUAGE_SCRIPTS[script];
  if (one) return one;
  if (script === "arabic") return arabicScriptLanguage(sample);
  if (script === "cyrillic") return cyrillicLanguage(sample);
  if (script === "latin") return vote(sample, LATIN_FUNCTION_WORDS);
  return "und";
}

function letterScripts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  for (const ch of text.match(/\p{L}/gu) ?? []) {
    const script = SCRIPT_RANGES.find(([, range]) => range.test(ch))?.[0] ?? "other";
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return counts;
}

/** The language whose function words the text holds most, by the margins above, else "und". */
function vote(text: string, lists: Record<string, string[]>): string {
  const votes = new Map<string, number>();
  // Addresses are no language's words ("com" is Portuguese for "with").
  const prose = text.replace(/\S*(?:@|\/|\p{L}\.\p{L})\S*/gu, " ");
  const words = prose.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return "und";
  for (const word of words) {
    for (const language of lookup(lists).get(word) ?? []) votes.set(language, (votes.get(language) ?? 0) + 1);
  }
  const [first, second] = [...votes].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < MIN_VOTES) return "und";
  const runnerUp = second?.[1] ?? 0;
  return first[1] - runnerUp >= MIN_LEAD && first[1] >= MIN_RATIO * runnerUp ? first[0] : "und";
}

const lookups = new Map<Record<string, string[]>, Map<string, string[]>>();
function lookup(lists: Record<string, string[]>): Map<string, string[]> {
  let found = lookups.get(lists);
  if (!found) {
    found = new Map();
    for (const [language, words] of Object.entries(lists)) for (const w of new Set(words)) found.set(w, [...(found.get(w) ?? []), language]);
    lookups.set(lists, found);
  }
  return found;
}

/** Russian writes ы, э and ё, Ukrainian і, ї, є and ґ: a letter decides before words do. */
function cyrillicLanguage(text: string): string {
  const russian = /[ыэё]/iu.test(text);
  const ukrainian = /[іїєґ]/iu.test(text);
  if (russian && !ukrainian) return "ru";
  if (ukrainian && !russian) return "uk";
  return vote(text, CYRILLIC_FUNCTION_WORDS);
}

/** Letters only Urdu, only Persian, only Arabic write (of the three); else "und". */
function arabicScriptLanguage(text: string): string {
  if (/[ٹڈڑںے]/u.test(text)) return "ur";
  if (/[پچژگیک]/u.test(text)) return "fa";
  if (/[ةيى]/u.test(text)) return "ar";
  return "und";
}
