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
import { ABOUT_OTHER_EVENT, SEVERAL_EVENTS } from "./roles.ts";
import { changeWordsIn, placeOf } from "./cues.ts";
import { NONE_OF } from "./lexicon.ts";

export interface ImplicitSentence {
  start: number;
  text: string;
}

const COUNT: Record<string, number> = {
  a: 1, an: 1, one: 1, another: 1, two: 2, both: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

/** People a report names by kind ("a 22-year-old man", "two teenagers", "a police officer and a bystander"). */
const ONE_PERSON = "(?:man|woman|boy|girl|teen|teenager|person|male|female|juvenile|child|victim|officer|deputy|bystander|student|driver|passenger|resident|customer|clerk|employee|worker|gunman|suspect|\\d{1,3}-year-old)";
const PERSON = `(?:${ONE_PERSON}|men|women|boys|girls|teens|teenagers|people|males|females|juveniles|children|victims|officers|deputies|bystanders|students)`;
/** Count words for one person: "a", "one" and "another" go with a singular noun only. */
const SINGULAR_COUNT = ["a", "an", "one", "another"];
// Digits are explicit counts, read by the sentence rules; here only words ("a man", "two teens").
// The words between the count and the person never hold a conjunction, "times" or an article
// ("shot four times and the officer", "a second before the man").
// Rule `implicit:agreement`: "a crime where people are killed" and "a dozen people" are not
// one person, so a singular count word takes a singular noun; "two", "both" take either.
const BETWEEN = "(?:(?!(?:and|or|but|times|of|the|before|after|when|while|until)\\b)[\\w’'-]+\\s+){0,4}?";
const NP = `(?:(?:${SINGULAR_COUNT.join("|")})\\s+${BETWEEN}${ONE_PERSON}|(?:${Object.keys(COUNT).filter((w) => !SINGULAR_COUNT.includes(w)).join("|")})\\s+${BETWEEN}${PERSON})\\b`;
/**
 * One person the report already knows, met again: "the victim", "his girlfriend", "the
 * 20-year-old man". Counted as one; a sentence counts each person once (see `distinct`).
 */
const KNOWN = "(?:the|his|her|their)\\s+(?:[\\w’'-]+\\s+){0,2}?(?:victim|man|woman|boy|girl|teen|teenager|male|female|wife|husband|girlfriend|boyfriend|son|daughter|father|mother|stepfather|brother|sister|tenant|landlord|friend|neighbor|neighbour|roommate|cousin|uncle|nephew|grandson|grandmother|grandfather)\\b";
const LIST = `(${NP}(?:\\s*,\\s*${NP})*(?:\\s*,?\\s+and\\s+${NP})?|${KNOWN})`;

/** What the verb after the people says happened to them: killed, or shot (fate not said), or hurt. */
const OUTCOME_WORDS = "shot and killed|shot dead|shot to death|gunned down|fatally (?:shot|wounded|injured)|killed|found dead|pronounced dead|dead|murdered|slain|shot(?!\\s+at\\b)|wounded|injured(?!\\s+(?:reserve|list))|hurt|grazed|struck by (?:a )?(?:bullets?|gunfire)";
// "Three people, including a pregnant woman, were shot": an aside between the people and the verb.
const ASIDE = "(?:\\s*,\\s*(?:including|among them|all|both)\\b[^,.;]{1,60},)?";
const OUTCOME = `${ASIDE}\\s+(?:who\\s+)?(?:was|were|had been|has been|have been|is|are|got|being)\\s+(?:\\w+\\s+){0,2}?(${OUTCOME_WORDS})\\b`;
/** "A man was in critical condition after being shot": in hospital after a shooting is shot. */
const CONDITION = new RegExp(`\\b${LIST}\\s+(?:was|were|is|are|remained|remains)\\s+(?:listed\\s+|reported\\s+)?in\\s+(?:critical|serious|stable|fair|good|grave)(?:\\s+but\\s+stable)?\\s+condition\\s+(?:after|with)\\s+(?:being\\s+shot|(?:a\\s+|multiple\\s+|several\\s+)?(?:gunshot|gun shot|bullet)\\s+wounds?)`, "gi");
const PASSIVE = new RegExp(`\\b${LIST}${OUTCOME}`, "gi");
/** "killed a man", "left a woman dead", "found a 42-year-old male with gunshot wounds". */
const FOUND_SHOT = new RegExp(`\\b(?:found|located|discovered|treated)\\s+${LIST}\\s+(?:with|suffering(?:\\s+from)?)\\s+(?:\\w+\\s+){0,4}?(?:gunshot|gun shot|bullet)\\s+wounds?`, "gi");
/** "a man walked into a hospital with a gunshot wound", "one man … is reported to have a gunshot wound". */
const WITH_WOUND = new RegExp(`\\b${LIST}\\s+(?:[\\w’'-]+\\s+){0,12}?(?:with|has|had|have|suffered|sustained|suffering from)\\s+(?:\\w+\\s+){0,3}?(?:gunshot|gun shot|bullet) wounds?`, "gi");
/** "allegedly shot a 16-year-old in the leg", "the shooting of a teenager", "fatally shot a man". */
const OBJECT_VERBS = "fatally shot|shot and killed|shot dead|gunned down|killed|murdered|shot|wounded|the shooting of|the (?:shooting |stabbing )?death of|the killing of|the murder of|the slaying of|the fatal shooting of";
const OBJECT = new RegExp(`\\b(${OBJECT_VERBS})\\s+${LIST}`, "gi");
/** "the homeowner accidentally shot himself", "fatally shot herself". */
const SELF = /\b(fatally shot|shot and killed|killed|shot|wounded)\s+(himself|herself)\b/gi;
/**
 * Rule `implicit:murder-suicide`: "An Ocala man killed himself after murdering his
 * ex-girlfriend and her new boyfriend": the one who killed himself is the subject of the
 * killing of the others, so one more dead, not the same person met again. Only a death
 * ("killed himself", "fatally shot herself") after or before killing people named as objects.
 */
const SELF_AFTER_KILLING = /\b(?:fatally shot|shot and killed|killed)\s+(?:himself|herself)\s+(?:\w+\s+){0,3}?(?:after|before|moments after|shortly after)\s+(?:fatally\s+)?(?:murdering|killing|shooting and killing|shooting)\b/i;
/** Whom the self-killer killed: "his ex-girlfriend and her new boyfriend", "his wife", "two neighbors". */
const KNOWN_EX = KNOWN.replace("(?:victim|", "(?:ex-)?(?:victim|");
const KILLED_BEFORE_SELF = new RegExp(`\\b(?:murdering|killing|shooting and killing|fatally shooting)\\s+(${NP}(?:\\s*,?\\s+and\\s+${NP})?|${KNOWN_EX}(?:\\s+and\\s+${KNOWN_EX})?)`, "gi");
/** "shot Wright two times, killing him", "accused of shooting her", "a suspect shot her and fled": the person the story is about. */
const PRONOUN = /\b(killing|shooting|wounding|shot|wounded)\s+(him|her)\b(?!\s*self)/gi;
const LEFT = new RegExp(`\\b(?:left|leaving|leaves)\\s+${LIST}\\s+(dead|wounded|injured|hurt|in (?:critical|serious|stable|fair|good) condition)\\b`, "gi");
const DIED = new RegExp(`\\b${LIST}\\s+(?:later\\s+)?(?:died|dies|was killed|were killed|passed away)\\b`, "gi");

/**
 * People named by name: "Kristopher Mora, 20, was grazed", "fatally shot Alliyah Rivera",
 * "the shooting death of 21-year-old Ikeem Cantrell", "Miller died". Case-sensitive (a name
 * is capitalised), so the verbs are spelt lower-case as they stand mid-sentence. A lone
 * capitalised word is a name only before "died"/"was pronounced dead", and never one of
 * the words that open sentences (pronouns, "Police").
 */
// A suffix ("Norman Simmons Jr., 23,", "John Reed III") is part of the name.
const NAME = "(?:\\d{1,3}-year-old\\s+)?\\p{Lu}[\\p{Ll}’'-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{Ll}’'-]+|[\"“][^\"”]{1,15}[\"”])){1,3}(?:,?\\s+(?:Jr|Sr)\\.?|\\s+(?:II|III|IV)\\b)?(?:,\\s*\\d{1,3},)?";
/** Rule `implicit:speaker-not-object`: "was killed Crawford County Prosecutor Matt Crall said" names who spoke, not who died. */
const SPEAKS_NEXT = /^\s+(?:\p{Lu}[\p{Ll}’'-]+\s+){0,2}(?:said|says|told|stated|confirmed)\b/u;
const NOT_A_NAME = /^(?:He|She|It|They|We|Police|Officers?|Deputies|Authorities|Investigators|Detectives|Nobody|Someone|Everyone|Witnesses|Residents|The|A|An|This|That|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Officials?|Family|Friends|Neighbors|Medics|Paramedics)\b/;
const NAMED_PASSIVE = new RegExp(`(?<![\\p{L}])(${NAME})${OUTCOME}`, "gu");
const NAMED_OBJECT = new RegExp(`\\b(${OBJECT_VERBS})\\s+(${NAME})`, "gu");
const NAMED_DIED = new RegExp(`(?<![\\p{L}])(${NAME}|\\p{Lu}[\\p{Ll}’'-]+)\\s+(?:later\\s+)?(?:died|passed away|was pronounced dead|was killed|was shot (?:and killed|to death|dead)|was fatally shot)\\b`, "gu");

/**
 * Rule `implicit:another-elided`: "left one man dead and another wounded", "killed one person and
 * seriously injured another", "One dead, another wounded": "another" with its noun left out,
 * after a victim the sentence has just told, is one more person hurt.
 */
const ANOTHER_HURT = /\b(?:killed|dead|shot|slain)\b[^.;]{0,40}?(?:\b(?:injur(?:ed|ing)|wound(?:ed|ing)|hurt(?:ing)?)\s+(another)\b(?!\s+(?:man|woman|person|boy|girl|teen|[\w-]+-year-old|shooting|incident|attack|crash))|\b(another)\s+(?:(?:was|is)\s+)?(?:\w+ly\s+)?(?:wounded|injured|hurt|hospitalized|taken to (?:a|the|an area) hospital))/gi;

/** A pronoun or "the victim" dying later: one of the people shot died. */
const LATER_DEATH = /\b(?:(?:he|she|the (?:victim|man|woman|boy|girl|teen|teenager|male|female))\s+(?:\w+\s+){0,3}?(?:died|later died|succumbed|did not survive|didn't survive)|(?:was|were)\s+(?:later\s+)?(?:pronounced|declared)\s+dead|passed away|has (?:since )?died|one of (?:them|the (?:victims|men|women|people))\s+(?:\w+\s+){0,2}?(?:died|was killed))\b/i;
/** Sentences about other events or about what did not happen: no implicit count from them. */
const NOT_THIS_EVENT = /\b(?:if|would|could|might|should|last (?:year|month|week)|(?:years?|months?|weeks?) ago|in (?:19|20)\d\d|separate|unrelated|another shooting|earlier shooting)\b/i;
const PART_OF = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|most|many|several|all|both|half)\s+of(?:\s+(?:the|those|these))?\s+$/i;
/** Words inside one match that deny it: "a woman was not hurt", "the victim was never shot". */
const DENIED = /\b(?:not|never|no)\b|n[’']t\b/i;

/** "Five people were shot, one fatally": the deaths among those just said to be shot. */
const FATAL_PART = /\b(?:were|was|been)\s+(?:shot|wounded|struck)\b[^.;]{0,40}?,\s*(one|two|three|four|five|six)\s+(?:of them\s+)?fatally\b/gi;

interface Seen {
  /** counted: "a man", "two teens"; named: "Ana Ruiz", "the victim", "his girlfriend" (one person, no count word). */
  kind: "counted" | "named";
  measure: Measure | "shot";
  value: number;
  start: number;
  end: number;
  words: string;
  /** Counted among people the sentence already counts as shot ("one fatally"): not one more person. */
  part?: boolean;
}

function countOf(list: string): number {
  let n = 0;
  for (const m of list.matchAll(new RegExp(NP, "gi"))) {
    const first = m[0].split(/\s+/)[0].toLowerCase();
    n += COUNT[first] ?? 0;
  }
  // "the victim", "his girlfriend", a name: one person.
  return n > 0 ? n : 1;
}

function outcomeMeasure(word: string): Measure | "shot" {
  const w = word.toLowerCase();
  if (/killed|dead|death|fatal|murder|slain|slaying|killing|gunned/.test(w)) return "killed";
  if (/wounded|wounding|injured|hurt|condition|grazed/.test(w)) return "injured";
  return "shot";
}

/** One reading per person: matches over the same words are one, the deadlier reading kept. */
function distinct(seen: Seen[]): Seen[] {
  const rank = (s: Seen) => (s.measure === "killed" ? 0 : s.measure === "injured" ? 1 : 2);
  const out: Seen[] = [];
  for (const s of [...seen].sort((a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start))) {
    if (!out.some((o) => o.start < s.end && s.start < o.end)) out.push(s);
  }
  return out.sort((a, b) => a.start - b.start);
}

export function seenIn(sentence: ImplicitSentence): Seen[] {
  if (NOT_THIS_EVENT.test(sentence.text) || SEVERAL_EVENTS.test(sentence.text) || ABOUT_OTHER_EVENT.test(sentence.text)) return [];
  const out: Seen[] = [];
  const push = (m: RegExpMatchArray, who: string, measure: Measure | "shot", value = countOf(who)): void => {
    const at = m.index! + m[0].indexOf(who);
    // "none of the three officers was injured", "no one besides the man was hurt"
    // "no one else was hurt": "one" after "no" is nobody.
    const before = sentence.text.slice(Math.max(0, at - 40), at);
    if (DENIED.test(m[0]) || NONE_OF.test(before) || /\bno\s+$/i.test(before)) return;
    // "one of the two men was killed": the people after "of the" are the whole, not the harmed.
    if (PART_OF.test(before)) return;
    const kind = new RegExp(`^${NP}`, "i").test(who) || /^another$/i.test(who) ? "counted" : "named";
    out.push({ kind, measure, value, start: at, end: at + who.length, words: m[0] });
  };
  for (const m of sentence.text.matchAll(PASSIVE)) push(m, m[1], outcomeMeasure(m[2]));
  for (const m of sentence.text.matchAll(FOUND_SHOT)) push(m, m[1], "shot");
  for (const m of sentence.text.matchAll(LEFT)) push(m, m[1], outcomeMeasure(m[2]));
  for (const m of sentence.text.matchAll(DIED)) push(m, m[1], "killed");
  for (const m of sentence.text.matchAll(WITH_WOUND)) push(m, m[1], "shot");
  for (const m of sentence.text.matchAll(CONDITION)) push(m, m[1], "shot");
  for (const m of sentence.text.matchAll(ANOTHER_HURT)) push(m, m[1] ?? m[2], "injured", 1);
  for (const m of sentence.text.matchAll(FATAL_PART)) {
    const at = m.index! + m[0].lastIndexOf(m[1]);
    out.push({ kind: "counted", measure: "killed", value: COUNT[m[1].toLowerCase()], start: at, end: at + m[1].length, words: m[0], part: true });
  }
  for (const m of sentence.text.matchAll(OBJECT)) push(m, m[2], objectMeasure(m[1]));
  for (const m of sentence.text.matchAll(NAMED_PASSIVE)) if (!NOT_A_NAME.test(m[1])) push(m, m[1], outcomeMeasure(m[2]), 1);
  for (const m of sentence.text.matchAll(NAMED_OBJECT)) if (!NOT_A_NAME.test(m[2]) && !SPEAKS_NEXT.test(sentence.text.slice(m.index! + m[0].length))) push(m, m[2], objectMeasure(m[1]), 1);
  for (const m of sentence.text.matchAll(NAMED_DIED)) if (!NOT_A_NAME.test(m[1])) push(m, m[1], "killed", 1);
  // A pronoun ("shot himself", "killing him") points back at a person: a new one only when the sentence names no other.
  const named = out.length;
  if (SELF_AFTER_KILLING.test(sentence.text)) murderSuicide(sentence.text, push);
  else for (const m of sentence.text.matchAll(SELF)) if (named === 0) push(m, m[2], /killed|fatally/i.test(m[1]) ? "killed" : "shot", 1);
  for (const m of sentence.text.matchAll(PRONOUN)) if (named === 0) push(m, m[2], outcomeMeasure(m[1]) === "killed" ? "killed" : "shot", 1);
  // "The gunman, who was killed" is a death; a suspect "shot" is rarely a victim the report counts.
  return amongTheDead(sentence.text, distinct(out.filter((s) => s.value > 0 && (s.measure === "killed" || !/\b(?:gunman|suspect)\b/i.test(s.words)))));
}

/** Rule `implicit:murder-suicide`: the dead are the people killed and the one who then killed himself. */
function murderSuicide(text: string, push: (m: RegExpMatchArray, who: string, measure: Measure | "shot", value?: number) => void): void {
  for (const m of text.matchAll(KILLED_BEFORE_SELF)) push(m, m[1], "killed", countOf(m[1]) + (new RegExp(`^${KNOWN_EX}\\s+and\\s+`, "i").test(m[1]) ? 1 : 0));
  for (const m of text.matchAll(SELF)) if (/killed|fatally/i.test(m[1])) push(m, m[2], "killed", 1);
}

/** "when", "after", "as": the clause that tells how the people just counted died. */
const HOW_THEY_DIED = /\b(?:when|after|as|in which)\b/i;

/**
 * Rule `implicit:among-the-dead`: "Two people died when a man shot a woman and then himself":
 * the people a clause of how they died says were shot are among the dead just counted, not
 * more people (before, the woman was one injured on top of the two dead).
 */
function amongTheDead(text: string, seen: Seen[]): Seen[] {
  const dead = seen.find((s) => s.measure === "killed" && s.kind === "counted" && s.value >= 2);
  if (!dead) return seen;
  const how = (s: Seen) => s.measure === "shot" && s.start >= dead.end && HOW_THEY_DIED.test(text.slice(dead.end, s.start));
  const shot = seen.filter(how);
  if (!shot.length || shot.reduce((n, s) => n + s.value, 0) > dead.value) return seen;
  return seen.map((s) => (how(s) ? { ...s, part: true } : s));
}

/** "killed a man" is a death, "wounded a man" an injury, "shot a man" says only that he was shot. */
function objectMeasure(verb: string): Measure | "shot" {
  if (/^shot$/i.test(verb) || /shooting of$/i.test(verb)) return "shot";
  return outcomeMeasure(verb);
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
    const shotHere = seen.reduce((n, s) => n + (s.part ? 0 : s.value), 0);
    if (shotHere > (best.get("shot")?.value ?? 0)) best.set("shot", { value: shotHere, sentence, seen: seen.filter((s) => !s.part) });
    for (const [measure, list] of byMeasure) {
      if (measure === "shot") continue;
      const value = list.reduce((n, s) => n + s.value, 0);
      if (value > (best.get(measure)?.value ?? 0)) best.set(measure, { value, sentence, seen: list });
    }
    const death = NOT_THIS_EVENT.test(sentence.text) ? null : LATER_DEATH.exec(sentence.text);
    if (death && !laterDeath) laterDeath = { sentence, at: death.index, words: death[0] };
  }
  const out: Statement[] = [];
  // A count read from named or known people only ("Ana Ruiz died", "the victim") says so in its rule.
  const named = (seen: Seen[]): string => (seen.every((s) => s.kind === "named") ? "named-" : "");
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
    make("killed", killed, killedSeen.sentence, first.start, killedSeen.seen.at(-1)!.end, killedSeen.seen.map((s) => s.words).join("; "), `${named(killedSeen.seen)}people-killed`);
  }
  // "A man was shot … he was pronounced dead": one of those shot died.
  if (!killedSeen && laterDeath && shot && !stated("killed")) {
    killed = 1;
    make("killed", 1, laterDeath.sentence, laterDeath.at, laterDeath.at + laterDeath.words.length, laterDeath.words, `${named(shot.seen)}shot-then-died`);
  }
  // Rule `implicit:one-died`: "was taken to a hospital, where he died", with no one said to be
  // shot in words this reads ("The 42 year-old male subject was transported"): one person died.
  if (!killedSeen && laterDeath && !shot && !stated("killed") && /^(?:he|she|the\s)/i.test(laterDeath.words)) {
    killed = 1;
    make("killed", 1, laterDeath.sentence, laterDeath.at, laterDeath.at + laterDeath.words.length, laterDeath.words, "one-died");
  }
  const injuredSeen = best.get("injured");
  const injured = Math.max(injuredSeen?.value ?? 0, (shot?.value ?? 0) - Math.max(killed, explicitMax(explicit, "killed")));
  if (injured > 0 && !stated("injured")) {
    const from = injuredSeen && injuredSeen.value === injured ? injuredSeen : shot!;
    const first = from.seen[0];
    make("injured", injured, from.sentence, first.start, from.seen.at(-1)!.end, from.seen.map((s) => s.words).join("; "), `${named(from.seen)}${from === shot ? "shot-not-killed" : "people-hurt"}`);
  }
  return out;
}

function explicitMax(explicit: Statement[], measure: Measure): number {
  return Math.max(0, ...explicit.filter((s) => s.measure === measure && (s.role ?? "total") === "total").map((s) => s.value));
}
