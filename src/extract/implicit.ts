// Implicit counts: most victims in local news are never counted in digits. "A man was shot
// and killed", "a woman was found dead", "two teenagers were wounded", "police found a
// 42-year-old male with gunshot wounds", "he was pronounced dead at the hospital". A
// document-level refiner: it reads the people said to be shot, killed or hurt, sentence by
// sentence, and gives the document's counts, every one marked inferred with the words that
// gave it. Explicit counts win: a measure the sentences already count gets nothing here.
//
// Shot but not killed is injured (how the news and the Gun Violence Archive both count):
// the injured are the most people one sentence says were shot, less those who died.
import type { CleanDocument, Measure, Statement } from "../types.ts";
import { toRawSpan } from "../text/mapped.ts";
import { SEVERAL_EVENTS } from "./roles.ts";
import { changeWordsIn, placeOf } from "./cues.ts";

export interface ImplicitSentence {
  start: number;
  text: string;
}

const COUNT: Record<string, number> = {
  a: 1, an: 1, one: 1, another: 1, two: 2, both: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

/** People a report names by kind ("a 22-year-old man", "two teenagers", "a police officer and a bystander"). */
const PERSON = "(?:man|woman|men|women|boy|girl|boys|girls|teen|teens|teenager|teenagers|person|people|male|female|males|females|juvenile|juveniles|child|children|victim|victims|officer|officers|deputy|deputies|bystander|bystanders|student|students|driver|passenger|resident|customer|clerk|employee|worker|gunman|suspect|\\d{1,3}-year-old)";
// Digits are explicit counts, read by the sentence rules; here only words ("a man", "two teens").
const NP = `(?:${Object.keys(COUNT).join("|")})\\s+(?:[\\w’'-]+\\s+){0,4}?${PERSON}\\b`;
const LIST = `(${NP}(?:\\s*,\\s*${NP})*(?:\\s*,?\\s+and\\s+${NP})?)`;

/** What the verb after the people says happened to them: killed, or shot (fate not said), or hurt. */
const OUTCOME = `\\s+(?:who\\s+)?(?:was|were|had been|has been|have been|is|are|got|being)\\s+(?:\\w+\\s+){0,2}?` +
  `(shot and killed|shot dead|shot to death|fatally (?:shot|wounded|injured)|killed|found dead|pronounced dead|dead|murdered|slain|shot(?!\\s+at\\b)|wounded|injured|hurt|grazed)\\b`;
const PASSIVE = new RegExp(`\\b${LIST}${OUTCOME}`, "gi");
/** "killed a man", "left a woman dead", "found a 42-year-old male with gunshot wounds". */
const FOUND_SHOT = new RegExp(`\\b(?:found|located|discovered|treated)\\s+${LIST}\\s+(?:with|suffering(?:\\s+from)?)\\s+(?:\\w+\\s+){0,4}?(?:gunshot|gun shot|bullet)\\s+wounds?`, "gi");
/** "a man walked into a hospital with a gunshot wound", "one man … is reported to have a gunshot wound". */
const WITH_WOUND = new RegExp(`\\b${LIST}\\s+(?:[\\w’'-]+\\s+){0,8}?(?:with|has|had|have|suffered|sustained|suffering from)\\s+(?:\\w+\\s+){0,3}?(?:gunshot|gun shot|bullet) wounds?`, "gi");
/** "allegedly shot a 16-year-old in the leg", "the shooting of a teenager", "fatally shot a man". */
const OBJECT = new RegExp(`\\b(fatally shot|shot and killed|shot dead|killed|shot|wounded|the shooting of|the shooting death of|the killing of)\\s+${LIST}`, "gi");
/** "the homeowner accidentally shot himself", "fatally shot herself". */
const SELF = /\b(fatally shot|shot and killed|killed|shot|wounded)\s+(himself|herself)\b/gi;
const LEFT = new RegExp(`\\b(?:left|leaving|leaves)\\s+${LIST}\\s+(dead|wounded|injured|hurt|in (?:critical|serious|stable|fair|good) condition)\\b`, "gi");
const DIED = new RegExp(`\\b${LIST}\\s+(?:later\\s+)?(?:died|dies|was killed|were killed)\\b`, "gi");
/** A pronoun or "the victim" dying later: one of the people shot died. */
const LATER_DEATH = /\b(?:(?:he|she|the (?:victim|man|woman|boy|girl|teen|teenager|male|female))\s+(?:\w+\s+){0,3}?(?:died|later died|succumbed|did not survive|didn't survive)|(?:was|were)\s+(?:later\s+)?(?:pronounced|declared)\s+dead)\b/i;
/** Sentences about other events or about nothing that happened: no implicit count from them. */
const NOT_THIS_EVENT = /\b(?:if|would|could|might|should|last year|years? ago|in (?:19|20)\d\d|separate|unrelated|another shooting|earlier shooting|not|no one|never)\b/i;

interface Seen {
  measure: Measure | "shot";
  value: number;
  start: number;
  end: number;
  words: string;
}

function countOf(list: string): number {
  let n = 0;
  for (const m of list.matchAll(new RegExp(NP, "gi"))) {
    const first = m[0].split(/\s+/)[0].toLowerCase();
    n += COUNT[first] ?? 0;
  }
  return n;
}

function outcomeMeasure(word: string): Measure | "shot" {
  const w = word.toLowerCase();
  if (/killed|dead|death|fatally|murdered|slain/.test(w)) return "killed";
  if (/wounded|injured|hurt|condition|grazed/.test(w)) return "injured";
  return "shot";
}

function seenIn(sentence: ImplicitSentence): Seen[] {
  if (NOT_THIS_EVENT.test(sentence.text) || SEVERAL_EVENTS.test(sentence.text)) return [];
  const out: Seen[] = [];
  const add = (m: RegExpMatchArray, measure: Measure | "shot"): void => {
    const at = m.index! + m[0].indexOf(m[1]);
    out.push({ measure, value: countOf(m[1]), start: at, end: at + m[1].length, words: m[0] });
  };
  for (const m of sentence.text.matchAll(PASSIVE)) add(m, outcomeMeasure(m[2]));
  for (const m of sentence.text.matchAll(FOUND_SHOT)) add(m, "shot");
  for (const m of sentence.text.matchAll(LEFT)) add(m, outcomeMeasure(m[2]));
  for (const m of sentence.text.matchAll(DIED)) add(m, "killed");
  for (const m of sentence.text.matchAll(WITH_WOUND)) add(m, "shot");
  for (const m of sentence.text.matchAll(OBJECT)) {
    const at = m.index! + m[0].indexOf(m[2]);
    out.push({ measure: outcomeMeasure(m[1].replace(/^shot$/i, "")) === "killed" ? "killed" : m[1].toLowerCase() === "wounded" ? "injured" : "shot", value: countOf(m[2]), start: at, end: at + m[2].length, words: m[0] });
  }
  for (const m of sentence.text.matchAll(SELF)) {
    out.push({ measure: /killed|fatally/i.test(m[1]) ? "killed" : "shot", value: 1, start: m.index!, end: m.index! + m[0].length, words: m[0] });
  }
  // "The gunman, who was killed" is a death; a suspect "shot" is rarely a victim the report counts.
  return out.filter((s) => s.value > 0 && (s.measure === "killed" || !/\b(?:gunman|suspect)\b/i.test(s.words)));
}

/** The implicit statements of a document, given the sentences about its event and the explicit statements. */
export function implicitCounts(doc: CleanDocument, sentences: ImplicitSentence[], explicit: Statement[]): Statement[] {
  const stated = (m: Measure) => explicit.some((s) => s.measure === m && s.value > 0 && (s.role ?? "total") === "total");
  const best = new Map<Measure | "shot", { value: number; sentence: ImplicitSentence; seen: Seen[] }>();
  let laterDeath: { sentence: ImplicitSentence; at: number; words: string } | null = null;
  for (const sentence of sentences) {
    const seen = seenIn(sentence);
    const byMeasure = new Map<Measure | "shot", Seen[]>();
    for (const s of seen) byMeasure.set(s.measure, [...(byMeasure.get(s.measure) ?? []), s]);
    // Everyone one sentence says was shot: the killed among them too ("a man was killed and a woman wounded").
    const shotHere = seen.reduce((n, s) => n + s.value, 0);
    if (shotHere > (best.get("shot")?.value ?? 0)) best.set("shot", { value: shotHere, sentence, seen });
    for (const [measure, list] of byMeasure) {
      if (measure === "shot") continue;
      const value = list.reduce((n, s) => n + s.value, 0);
      if (value > (best.get(measure)?.value ?? 0)) best.set(measure, { value, sentence, seen: list });
    }
    const death = NOT_THIS_EVENT.test(sentence.text) ? null : LATER_DEATH.exec(sentence.text);
    if (death && !laterDeath) laterDeath = { sentence, at: death.index, words: death[0] };
  }
  const out: Statement[] = [];
  const make = (measure: Measure, value: number, sentence: ImplicitSentence, start: number, end: number, words: string, rule: string): void => {
    const span = toRawSpan(doc.toRaw, sentence.start + start, sentence.start + end);
    if (!span) return;
    out.push({
      document: doc.id, measure, group: "victims", value, qualifier: "exact", scope: "total", scopeText: null, attribution: null,
      reported: doc.meta.published, quote: sentence.text, start: span.start, end: span.end, rule: `implicit:${rule}`,
      inferred: [`"${words.trim()}" read as ${value} ${measure}`], background: null, role: "total", roleRule: `total: ${rule}`,
      speaker: null, cues: { change: changeWordsIn(sentence.text), scope: null, vague: false }, place: placeOf(doc.text, sentence.text),
    });
  };
  const shot = best.get("shot");
  let killed = best.get("killed")?.value ?? 0;
  const killedSeen = best.get("killed");
  if (killedSeen && !stated("killed")) {
    const first = killedSeen.seen[0];
    make("killed", killed, killedSeen.sentence, first.start, killedSeen.seen.at(-1)!.end, killedSeen.seen.map((s) => s.words).join("; "), "people-killed");
  }
  // "A man was shot … he was pronounced dead": one of those shot died.
  if (!killedSeen && laterDeath && shot && !stated("killed")) {
    killed = 1;
    make("killed", 1, laterDeath.sentence, laterDeath.at, laterDeath.at + laterDeath.words.length, laterDeath.words, "shot-then-died");
  }
  const injuredSeen = best.get("injured");
  const injured = Math.max(injuredSeen?.value ?? 0, (shot?.value ?? 0) - Math.max(killed, explicitMax(explicit, "killed")));
  if (injured > 0 && !stated("injured")) {
    const from = injuredSeen && injuredSeen.value === injured ? injuredSeen : shot!;
    const first = from.seen[0];
    make("injured", injured, from.sentence, first.start, from.seen.at(-1)!.end, from.seen.map((s) => s.words).join("; "), from === shot ? "shot-not-killed" : "people-hurt");
  }
  return out;
}

function explicitMax(explicit: Statement[], measure: Measure): number {
  return Math.max(0, ...explicit.filter((s) => s.measure === measure && (s.role ?? "total") === "total").map((s) => s.value));
}
