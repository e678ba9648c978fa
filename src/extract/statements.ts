// Casualty statements in one sentence: a count, the people it counts (the group), what
// happened to them (the measure), and whether it is the whole toll or a part.
//
// Anchored on numbers: each count looks right for its head noun ("31 civilians", "17 members
// of the security forces"), then for the measure, first just before it ("killed 33 people",
// "raising the death toll to 177"), then after it ("145 militants had died"), across the
// other items of a list ("31 civilians, 17 soldiers and 145 militants had died").
import type { Group, Measure, Qualifier } from "../types.ts";
import {
  ACTIVE_MEASURE_VERBS, ATTACK_VERBS, CIVILIAN_LIKE, NONE_OF, CLAUSE_BREAKS, GROUP_NOUNS, PARTIAL_SENTENCE, MEASURE_PHRASES, MEASURE_WORDS, PART_NOUNS, PARTIAL_CUES, ZERO_PATTERNS,
} from "./lexicon.ts";
import { findNumbers, singularPersonAfter, type NumberMention, type Token } from "./numbers.ts";
import { MONTH_WORDS, WEEKDAY_WORDS } from "../text/lexicon/calendar.ts";

export interface Candidate {
  value: number;
  qualifier: Qualifier;
  measure: Measure;
  group: Group;
  scope: "total" | "partial";
  scopeText: string | null;
  /** Offsets of the number's words, relative to the sentence. */
  start: number;
  end: number;
  rule: string;
  inferred: string[];
  civilianLike?: boolean;
}

interface Head {
  group: Group;
  /** A noun or modifier of harm in the phrase itself: "two deaths", "the two wounded men", "50 injured". */
  harm?: Measure;
  /** The noun names people the text does not itself call civilians (women, workers). */
  civilianLike?: boolean;
  /** Token index of the last word of the head noun phrase. */
  end: number;
  surface: string;
}

const ARMED_GROUP_NAME = /\b(army|front|taliban|brigades?|movement|militia|jihad|state|qaeda|shabaab|haram|hamas|hezbollah|isis|isil|bla|ttp)\b/i;

/** The head noun after a count: up to three modifiers, then a people noun. */
function headAfter(tokens: Token[], n: NumberMention): Head | null {
  const head = findHead(tokens, n);
  if (!head) return null;
  for (let j = n.last + 1; j <= head.end; j++) {
    const w = tokens[j].lower;
    if (w in HARM_WORDS) head.harm = HARM_WORDS[w];
  }
  return head;
}

/** Harm said by the phrase itself ("deaths", "wounded men", "50 injured"). */
const HARM_WORDS: Record<string, Measure> = { deaths: "killed", death: "killed", dead: "killed", wounded: "injured", injured: "injured", fatalities: "killed" };

/** Words that end the noun phrase after a count: a verb has begun ("two helicopters were evacuating injured"). */
const PHRASE_ENDS = new Set(["were", "was", "are", "is", "have", "has", "had", "will", "would", "could", "can", "may", "might", "be", "been", "to", "from", "with", "by", "for", "at", "on"]);

function findHead(tokens: Token[], n: NumberMention): Head | null {
  for (let j = n.last + 1; j <= Math.min(n.last + 8, tokens.length - 1); j++) {
    const t = tokens[j];
    if (j > n.last + 1 && (PHRASE_ENDS.has(t.lower) || /^\p{Ll}+ing$/u.test(t.text))) return null;
    if (/^[,;:.!?()"“”]$/.test(t.text) || t.lower === "and" || t.lower === "or" || CLAUSE_BREAKS.has(t.lower)) return null;
    const three = tokens.slice(j, j + 3).map((x) => x.lower).join(" ");
    const two = tokens.slice(j, j + 2).map((x) => x.lower).join(" ");
    const key = [three, two, t.lower].find((k) => k in GROUP_NOUNS);
    if (key) {
      const end = j + key.split(" ").length - 1;
      if (PART_NOUNS.has(key) || key === "personnel") {
        const of = groupOfPhrase(tokens, end + 1);
        if (of) return { group: of.group, end: of.end, surface: tokens.slice(n.last + 1, of.end + 1).map((x) => x.text).join(" ") };
      }
      return { group: GROUP_NOUNS[key], civilianLike: CIVILIAN_LIKE.has(key), end, surface: tokens.slice(n.last + 1, end + 1).map((x) => x.text).join(" ") };
    }
    // "co - workers" as ECB+-style detokenised text writes it
    if (t.lower === "co" && tokens[j + 1]?.text === "-" && /^workers?$/.test(tokens[j + 2]?.lower ?? "")) {
      return { group: "civilians", civilianLike: true, end: j + 2, surface: "co-workers" };
    }
    if (PART_NOUNS.has(t.lower)) {
      const of = groupOfPhrase(tokens, j + 1);
      if (of) return { group: of.group, end: of.end, surface: tokens.slice(n.last + 1, of.end + 1).map((x) => x.text).join(" ") };
    }
    // "dozens of civilians": a vague count or a count of "them"
    if (t.lower === "of") {
      const of = groupOfPhrase(tokens, j);
      return of ? { group: of.group, end: of.end, surface: tokens.slice(j, of.end + 1).map((x) => x.text).join(" ") } : null;
    }
    if (t.lower in MEASURE_WORDS && !(t.lower in HARM_WORDS)) return null;
  }
  return null;
}

/** "of the security forces", "of civilians and security personnel", "of the BLA". */
function groupOfPhrase(tokens: Token[], at: number): { group: Group; end: number } | null {
  if (tokens[at]?.lower !== "of") return null;
  let j = at + 1;
  if (tokens[j]?.lower === "the" || tokens[j]?.lower === "them") {
    if (tokens[j].lower === "them") return null;
    j++;
  }
  const groups = new Set<Group>();
  let end = -1;
  for (let k = j; k < Math.min(j + 7, tokens.length); k++) {
    const t = tokens[k];
    if (/^[;:.!?()]$/.test(t.text) || CLAUSE_BREAKS.has(t.lower)) break;
    const two = tokens.slice(k, k + 2).map((x) => x.lower).join(" ");
    const key = [two, t.lower].find((x) => x in GROUP_NOUNS && !PART_NOUNS.has(x));
    if (key) {
      groups.add(GROUP_NOUNS[key]);
      end = k + key.split(" ").length - 1;
      k = end;
      // "civilians and security personnel" is one mixed group; "forces and 145 militants" is a list.
      const joined = tokens[k + 1]?.lower === "and" || tokens[k + 1]?.text === ",";
      if (!joined || /^\d/.test(tokens[k + 2]?.text ?? "") || findsNumberWord(tokens[k + 2]?.lower)) break;
      continue;
    }
    if (["army", "military", "police", "forces"].includes(t.lower)) {
      groups.add("security_forces");
      end = k;
      break;
    }
    if (/^\p{Lu}/u.test(t.text) && ARMED_GROUP_NAME.test(t.text)) {
      groups.add("militants");
      end = k;
      break;
    }
  }
  if (!groups.size) return null;
  return { group: groups.size === 1 ? [...groups][0] : "victims", end };
}

function findsNumberWord(lower: string | undefined): boolean {
  return lower !== undefined && /^(one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|a|an|at|more|nearly|about|some)$/.test(lower);
}

/** A measure just before the count: "killed 33", "killing an additional 22", "death toll to 177". */
function measureBefore(tokens: Token[], n: NumberMention, singular = false): { measure: Measure; group?: Group; rule: string; distance: number } | null {
  const from = n.qualifierAt - 1;
  // One person is the object only of a verb right before it ("killed a woman").
  for (let j = from, seen = 0; j >= 0 && seen < (singular ? 3 : 9); j--, seen++) {
    const t = tokens[j];
    if (/^[;:()"“”—–]$/.test(t.text) || CLAUSE_BREAKS.has(t.lower) || t.lower === "that" || t.lower === "who") return null;
    for (const len of [4, 3, 2, 1]) {
      const phrase = tokens.slice(j - len + 1, j + 1).map((x) => x.lower).join(" ");
      if (j - len + 1 < 0 || !(phrase in ACTIVE_MEASURE_VERBS)) continue;
      // "were injured and three remain missing": a passive verb belongs to the clause before.
      if (["were", "was", "been", "are", "is", "be"].includes(tokens[j - len]?.lower ?? "")) return null;
      // "a man was shot and killed and a woman was injured": a verb right before "and" ends its clause; it has no object here.
      if (tokens[j + 1]?.lower === "and") return null;
      // "detectives executed a search warrant": a warrant or an order executed kills no one.
      if (/^execut/.test(phrase) && tokens.slice(j + 1, j + 5).some((x) => /^(?:warrants?|search|orders?|plans?|operations?|raids?|sentences?)$/.test(x.lower))) return null;
      return { measure: ACTIVE_MEASURE_VERBS[phrase], rule: "verb-object", distance: seen };
    }
    if ((t.lower === "toll" || t.lower === "tally" || t.lower === "count") && j >= 1) {
      const kind = tokens[j - 1].lower;
      const measure: Measure = kind === "injury" ? "injured" : "killed";
      const modifier = tokens[j - 2]?.lower ?? "";
      const group = kind === "death" ? GROUP_NOUNS[modifier] ?? GROUP_NOUNS[modifier + "s"] ?? undefined : undefined;
      if (["death", "casualty", "injury", "fatality"].includes(kind)) return { measure, group, rule: "toll", distance: seen };
    }
    // Inside a list, keep walking back past "31 civilians," and "and".
  }
  return null;
}

function bareMeasureAfter(tokens: Token[], n: NumberMention): boolean {
  const next = tokens.slice(n.last + 1, n.last + 3).map((t) => t.lower);
  return next.some((w) => w in MEASURE_WORDS) || (next[0] ?? "") in { remain: 1, are: 1, were: 1, was: 1, have: 1, had: 1 };
}

/** A measure after the head: "had died", "were killed", "are among almost 200 dead", "lost their lives". */
const TRANSITIVE = new Set(["killed", "injured", "wounded", "hurt", "arrested", "abducted", "kidnapped", "death", "murdered"]);
const AUXILIARIES = new Set(["was", "is", "has", "had", "have", "been", "being", "got", "later", "fatally", "critically", "seriously", "badly", "slightly", "found", "left"]);

/** Words that may stand between one person and what happened to them ("a man was later found dead"). */
const SINGULAR_BRIDGE = new Set(["who", "has", "have", "fallen", "fell", "plunged", "falling", "was", "is", "has", "had", "have", "been", "being", "later", "also", "reportedly", "then", "fatally", "critically", "seriously", "badly", "slightly", "found", "left", "pronounced", "confirmed", "shot", "and", "apparently", ","]);

/**
 * People "charged", "accused" or "convicted" are suspects: a harm word after that ("two men
 * were charged in the shooting death of ...") is someone else's, never theirs.
 */
const SUSPECT_VERBS = new Set(["charged", "accused", "convicted", "sentenced", "indicted", "booked", "suspected", "wanted", "sought", "jailed", "questioned", "acquitted", "arraigned"]);

/** Relatives whose "of N" counts children, not victims ("a mother of 12"). */
const FAMILY_NOUNS = /^(?:mother|father|mom|mum|dad|parent|grandmother|grandfather|grandma)$/;
/** A fall's distance ("fell 150 metres to his death") sits between the person and the death. */
const FALL_VERBS = new Set(["fallen", "fell", "falling", "plunged", "plunging", "tumbled"]);
const DISTANCE_UNITS = new Set(["ft", "feet", "foot", "m", "metres", "meters", "metre", "meter", "km", "kilometres", "kilometers", "miles", "yards", "about", "around", "some", "nearly", "more", "than", "almost", "roughly"]);

/** First words of the phrases that are verbs and so may take an object ("shot to death his wife"). */
const AGENTIVE_FIRST = new Set(["fatally", "gunned", "shot", "stabbed", "beaten"]);
/** Before the verb, these make it passive: "was gunned down", "found shot to death", "left fatally wounded". */
const PASSIVE_AUXILIARIES = new Set(["was", "were", "been", "being", "is", "are", "be", "got", "get", "found", "left", "leaving"]);
/** What opens a verb's object: a determiner, a count or a name, never a date ("shot to death Saturday"). */
const OBJECT_OPENERS = new RegExp(`^(?:a|an|the|his|her|their|one|two|three|four|five|six|seven|eight|nine|ten|\\d[\\d,]*|\\p{Lu}\\p{Ll}+)$`, "u");
const DATE_WORD = new RegExp(`^(?:${WEEKDAY_WORDS}|${MONTH_WORDS})$`, "i");

const FINITE = new Set(["were", "was", "are", "is", "have", "has", "had"]);
const NEW_SUBJECT = /^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|a|an|another|both|all|most|some|none)$/;

/** Words that make people charged with a crime its attackers: the crime is a killing or shooting. */
const ACCUSED = new Set(["accused", "charged", "convicted", "indicted", "suspected"]);
const KILLING_WORDS = new Set(["killing", "killings", "murdering", "murder", "murders", "shooting", "slaying", "stabbing", "death", "deaths"]);

function measureAfter(tokens: Token[], from: number, singular = false, leftBefore = false): { measure: Measure; rule: string } | { attackers: true; accused?: boolean } | null {
  for (let j = from, seen = 0; j < tokens.length && seen < (singular ? 5 : 14); j++, seen++) {
    const t = tokens[j];
    // "two men accused of killing a mother": the accused are the attackers the story counts.
    if (ACCUSED.has(t.lower) && tokens.slice(j + 1, j + 5).some((x) => KILLING_WORDS.has(x.lower))) return { attackers: true, accused: true };
    if (SUSPECT_VERBS.has(t.lower)) return null;
    // People "shot at" were fired on, not hit: a harm word later in the clause is others'.
    if ((t.lower === "shot" || t.lower === "fired") && tokens[j + 1]?.lower === "at") return null;
    // "a mother of 12 died", "a climber has fallen 2,000ft to his death": a family count or a
    // distance fallen stands between one person and the harm without being either.
    if (singular && t.lower === "of" && FAMILY_NOUNS.test(tokens[j - 1]?.lower ?? "") && /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/.test(tokens[j + 1]?.lower ?? "")) {
      j++;
      continue;
    }
    if (singular && tokens.slice(from, j).some((x) => FALL_VERBS.has(x.lower)) && (/^\d[\d,.]*(?:ft|m|km)?$/.test(t.lower) || DISTANCE_UNITS.has(t.lower))) continue;
    if (singular && !(t.lower in MEASURE_WORDS) && !SINGULAR_BRIDGE.has(t.lower) && !MEASURE_PHRASES.some(([w]) => w[0] === t.lower)) return null;
    // One person "shot to death his girlfriend" did it; one who "was killed" or "died" had it
    // done, and so did one "killed by a stray bullet".
    if (singular && TRANSITIVE.has(t.lower) && !tokens.slice(from, j).some((x) => AUXILIARIES.has(x.lower)) && !leftBefore && tokens[j + 1]?.lower !== "by") return null;
    // "another mom and an 11-year-old girl were wounded": step over the next person.
    if (singular && ["a", "an", "another"].includes(t.lower)) {
      const next = singularPersonAfter(tokens, j);
      if (next !== null) {
        j = next;
        continue;
      }
    }
    // "Four men were shot and one of them was killed": past a verb, "and" + a new count is a new clause about others.
    if ((t.lower === "and" || t.lower === "but") && tokens.slice(from, j).some((x) => FINITE.has(x.lower)) && NEW_SUBJECT.test(tokens[j + 1]?.lower ?? "")) return null;
    const passiveAfter = t.lower === "after" && tokens[j + 1]?.lower === "being";
    if (/^[;:()"“”—–]$/.test(t.text) || (CLAUSE_BREAKS.has(t.lower) && !passiveAfter)) return null;
    for (const [words, measure] of MEASURE_PHRASES) {
      if (!words.every((w, k) => tokens[j + k]?.lower === w)) continue;
      // "a man shot to death his girlfriend", "a Michigan man gunned down one person": a verb
      // with its object after it makes the counted people the agents.
      const object = tokens[j + words.length];
      const passive = tokens.slice(from, j).some((x) => PASSIVE_AUXILIARIES.has(x.lower));
      if (AGENTIVE_FIRST.has(words[0]) && !passive && object && OBJECT_OPENERS.test(object.text) && !DATE_WORD.test(object.text)) return null;
      return tokens.slice(from, j).some(negates) ? null : { measure, rule: "subject-phrase" };
    }
    if (t.lower in MEASURE_WORDS) {
      // "two men were not injured": the harm did not happen, so the count counts no one harmed.
      if (tokens.slice(from, j).some(negates)) return null;
      // Active voice with an object ("17 soldiers killed 40 militants"): the count is the agent.
      const prev = tokens[j - 1]?.lower ?? "";
      const next = tokens[j + 1];
      const passive = ["were", "was", "been", "are", "is", "be", "got", "get", "being"].includes(prev);
      const objectFollows = next && /^(\d|a$|an$|the$|at$|about$|some$|more$|nearly$|over$|\p{Ll}+s$)/u.test(next.lower) && !["in", "on", "by", "when", "after", "during", "as", "and", "at"].includes(next.lower);
      if (!passive && objectFollows && ["killed", "injured", "wounded", "arrested", "detained", "abducted", "kidnapped"].includes(t.lower)) return null;
      return { measure: MEASURE_WORDS[t.lower], rule: "subject-passive" };
    }
    if (ATTACK_VERBS.has(t.lower)) return { attackers: true };
  }
  return null;
}

/**
 * "two of the three victims died", "one of the two men was killed": the count before "of the"
 * is the one harmed, the count after it the whole group. The part's number mention, or
 * "unread" when the part is not a number here ("most of the 12 passengers").
 */
function partBefore(tokens: Token[], n: NumberMention, numbers: NumberMention[]): NumberMention | "unread" | null {
  let j = n.qualifierAt - 1;
  if (["the", "those", "these"].includes(tokens[j]?.lower ?? "")) j--;
  if (tokens[j]?.lower !== "of" || j < 1) return null;
  const part = numbers.find((m) => m.last === j - 1);
  if (part) return part;
  return /^(?:one|most|some|many|several|all|half)$/.test(tokens[j - 1].lower) ? (tokens[j - 1].lower === "one" ? { ...n, value: 1, qualifier: "exact", first: j - 1, last: j - 1, qualifierAt: j - 1, inferred: [] } : "unread") : null;
}

function countDenied(sentence: string, tokens: Token[], n: NumberMention): boolean {
  return NONE_OF.test(sentence.slice(0, tokens[n.qualifierAt].start));
}

/** "were not injured", "weren't hurt", "was never shot": a harm said not to have happened. */
const NEGATIONS = new Set(["not", "never", "no", "nor"]);
const negates = (t: Token): boolean => NEGATIONS.has(t.lower) || /n['’]t$/.test(t.lower);

export function statementsInSentence(sentence: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  const numbers = findNumbers(tokens, sentence).filter((n) => !countDenied(sentence, tokens, n));
  const mixedSides = /\b(militants?|insurgents?|attackers|terrorists?|rebels?|gunmen)\b/i.test(sentence) && /\b(civilians?|soldiers|police|security)\b/i.test(sentence);
  for (const n of numbers) {
    const head = headAfter(tokens, n);
    // "2 games", "40 locations": a plural noun right after the count that names no people.
    const next = tokens[n.last + 1];
    if (!head && next && /^\p{Ll}{3,}s$/u.test(next.text) && !(next.lower in GROUP_NOUNS) && !(next.lower in MEASURE_WORDS) && !PART_NOUNS.has(next.lower)) continue;
    // Singular counts ("a woman was killed") only for harm, never for arrests or attackers.
    const singular = n.value === 1 && /^(a|an|another)$/.test(tokens[n.first].lower);
    // "Zurana Horton, a mother of 12, was killed": one person set off by commas after a name is
    // that named person (the annotations and the implicit counts count named people apart).
    if (singular && appositiveOfName(tokens, n)) continue;
    const numberEnd = tokens[n.last].end;
    const bareMeasure = tokens[n.last + 1] && tokens[n.last + 1].lower in MEASURE_WORDS ? MEASURE_WORDS[tokens[n.last + 1].lower] : null;
    // "672 injured, 205 of them critically": a part of the count just stated.
    const ofThem = /^of (them|those|whom)$/.test(tokens.slice(n.last + 1, n.last + 3).map((t) => t.lower).join(" "));
    if (!head && ofThem && out.length > 0) {
      const whole = out[out.length - 1];
      out.push({ ...whole, value: n.value, qualifier: n.qualifier, scope: "partial", scopeText: "of them", start: tokens[n.first].start, end: tokens[n.last].end, rule: "subset-of-previous", inferred: n.inferred });
      continue;
    }
    // "Three people were shot and two of them died": the part's own verb, after "of them".
    if (!head && ofThem) {
      const after = measureAfter(tokens, n.last + 3);
      if (after && "measure" in after) out.push({ value: n.value, qualifier: n.qualifier, measure: after.measure, group: "victims", scope: "total", scopeText: null, start: tokens[n.first].start, end: tokens[n.last].end, rule: "part-of-them", inferred: n.inferred });
      continue;
    }
    if (!head && !bareMeasure && !measureBefore(tokens, n) && !bareMeasureAfter(tokens, n)) continue;
    // A large bare number needs its verb right before it ("injured more than 1,400"): else it is a year or a sum.
    if (!head && n.value >= 1000 && !bareMeasure && !((measureBefore(tokens, n)?.distance ?? 9) <= 1)) continue;
    // A bare count takes the measure right after it ("three remain missing", "200 dead").
    const before = head || !bareMeasureAfter(tokens, n) ? measureBefore(tokens, n, singular) : null;
    // "an injured person" says nothing of a toll; "two wounded men" does.
    let measure: Measure | null = before?.measure ?? (singular ? null : head?.harm) ?? null;
    let rule = before?.rule ?? (head?.harm ? "harm-noun" : "");
    let group: Group | null = head?.group ?? before?.group ?? null;
    if (!measure) {
      // "leaving a man wounded", "left one person dead"
      const leftBefore = ["left", "leaving", "leaves"].includes(tokens[n.qualifierAt - 1]?.lower ?? "");
      const after = measureAfter(tokens, head ? head.end + 1 : n.last + 1, singular, leftBefore);
      if (after && "attackers" in after) {
        if (group === "militants" || (after.accused && head && !singular)) {
          measure = "attackers";
          rule = after.accused ? "accused-of-killing" : "armed-subject";
          group = "militants";
        }
      } else if (after) {
        measure = after.measure;
        rule = after.rule;
      }
    }
    if (!measure) continue;
    // "two of the three victims died": the verb is the part's, never the whole's.
    const part = partBefore(tokens, n, numbers);
    if (part === "unread" || (part && out.some((c) => c.start === tokens[part.first].start && c.measure === measure))) continue;
    // "one of the two men accused of killing": both are the accused, whichever one a verdict names.
    const counted = part && rule !== "accused-of-killing" ? part : n;
    // "affected" only counts people named as such ("2,000 people were affected"), never "Beta 2 is affected".
    if (measure === "affected" && !head) continue;
    if (singular && !["killed", "injured", "missing", "abducted"].includes(measure)) continue;
    if ((singular || n.value === 1) && measure === "attackers") continue;
    if (!group) group = bareMeasure && mixedSides ? "all" : "victims";
    if (measure === "arrested" && (group === "victims" || group === "civilians")) group = "militants";
    const civilianLike = head?.civilianLike && group === "civilians";
    // "almost 200 dead" in a sentence that counts both sides is everyone's toll.
    const bareHarm = head && head.harm && /^(dead|deaths|casualties|fatalities|injured|wounded)$/i.test(head.surface);
    // ("militants killed dozens": the object of the killing is the victims, not everyone.)
    if (group === "victims" && mixedSides && (!head || bareHarm) && rule !== "verb-object") group = "all";
    const scope = partialScope(sentence, tokens, n, head);
    out.push({
      value: counted.value,
      qualifier: counted.qualifier,
      measure,
      group,
      scope: scope ? "partial" : "total",
      scopeText: scope,
      start: tokens[counted.first].start,
      end: counted !== n ? tokens[counted.last].end : numberEnd,
      rule: `${rule}${head ? "+head" : ""}${counted !== n ? "+part-of-whole" : ""}`,
      inferred: counted.inferred,
      civilianLike,
    });
  }
  // "Between 20 and 30 people were killed": the lower bound takes what the upper one counts.
  numbers.forEach((n, k) => {
    const high = numbers[k + 1];
    if (!n.inferred.includes("lower bound of a range") || !high) return;
    const start = tokens[n.first].start;
    if (out.some((c) => c.start === start)) return;
    const upper = out.find((c) => c.start === tokens[high.first].start);
    if (upper) out.splice(out.indexOf(upper), 0, { ...upper, value: n.value, qualifier: "at_least", start, end: tokens[n.last].end, inferred: n.inferred });
  });
  // Women, workers, villagers count as civilians only where the sentence sets them against
  // security forces or militants, or says "civilians" itself.
  // (The accused of a killing are suspects, not an armed side: "two men accused of killing a mother".)
  const split = /\bcivilians?\b/i.test(sentence) || out.some((c) => (c.group === "security_forces" || c.group === "militants") && c.measure !== "arrested" && c.rule !== "accused-of-killing+head");
  for (const c of out) {
    if (c.civilianLike && !split) c.group = "victims";
    delete c.civilianLike;
  }
  // "No one, including the one driver, was injured": a count between a zero subject and its
  // verb is among the people said to be unharmed, never a count of the harmed.
  const zeros = zeroStatements(sentence);
  const kept = out.filter((c) => !zeros.some((z) => z.measure === c.measure && z.start < c.start && c.start < z.verbAt));
  return [...kept, ...zeros.map(({ verbAt: _, ...z }) => z)];
}

/** One person between commas right after a capitalised name: "Ana Ruiz, a nurse, died". */
function appositiveOfName(tokens: Token[], n: NumberMention): boolean {
  // "Zurana Horton, 34, a mother of 12": step back over the age.
  const before = /^\d{1,3}$/.test(tokens[n.first - 2]?.text ?? "") && tokens[n.first - 3]?.text === "," ? n.first - 2 : n.first;
  if (tokens[before - 1]?.text !== "," || !/^\p{Lu}\p{Ll}/u.test(tokens[before - 2]?.text ?? "") || before < 3) return false;
  // "In Chicago, a man was killed": a place opening the sentence is no name of a person.
  if (/^(?:in|at|on|near|from)$/i.test(tokens[before - 3]?.text ?? "") || before - 2 === 0) return false;
  for (let j = n.last + 1; j < Math.min(tokens.length, n.last + 9); j++) {
    if (tokens[j].text === ",") return true;
    if (FINITE.has(tokens[j].lower)) return false;
  }
  return false;
}

/** The words that make a count partial, looked for near the count. */
function partialScope(sentence: string, tokens: Token[], n: NumberMention, head: Head | null): string | null {
  let first = n.qualifierAt;
  while (first > 0 && !/^[,;:—–()]$/.test(tokens[first - 1].text) && n.qualifierAt - first < 12) first--;
  const from = tokens[first].start;
  const to = tokens[Math.min(tokens.length - 1, (head?.end ?? n.last) + 10)].end;
  const window = sentence.slice(from, to);
  const m = PARTIAL_CUES.exec(window);
  if (!m) return PARTIAL_SENTENCE.exec(sentence)?.[0] ?? null;
  // "including five children", "205 of them": the subset is the count after "including" or before "of them".
  const numberAt = tokens[n.first].start - from;
  if (/^(including|among them)$/i.test(m[0]) && m.index > numberAt) return null;
  if (/^of them$/i.test(m[0]) && !new RegExp(`^${escape(tokens[n.last].text)}\\s+of them`, "i").test(window.slice(numberAt))) return null;
  // "more" only counts right after the number ("22 more insurgents").
  if (/^more$/i.test(m[0]) && !new RegExp(`${escape(tokens[n.last].text)}\\s+more\\s+(?!and\\b|or\\b|than\\b|were\\b|was\\b)\\p{L}`, "iu").test(window)) return null;
  if (/^another$/i.test(m[0]) && !new RegExp(`another\\s+${escape(tokens[n.first].text)}`, "i").test(window)) return null;
  return m[0];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** "no civilians were killed": the group named after "no". */
function zeroGroup(phrase: string): Group | null {
  const noun = /^no\s+(.+)$/i.exec(phrase)?.[1]?.toLowerCase();
  if (!noun || noun === "one" || noun === "people") return null;
  return GROUP_NOUNS[noun] ?? null;
}

/** "police officers but none were hit": the group "none" refers to. */
function groupNamedBefore(sentence: string, at: number): Group | null {
  if (!/^none\b/i.test(sentence.slice(at))) return null;
  const words = sentence.slice(Math.max(0, at - 50), at).toLowerCase().match(/[a-z']+/g) ?? [];
  for (let i = words.length - 1; i >= Math.max(0, words.length - 5); i--) {
    const two = `${words[i - 1] ?? ""} ${words[i]}`;
    const group = GROUP_NOUNS[two] ?? GROUP_NOUNS[words[i]];
    if (group) return group;
  }
  return null;
}

/** "no one was hurt among the civilian population": the group named right after the verb. */
function groupAmongAfter(sentence: string, at: number): Group | null {
  const words = /^\s+among\s+(?:the\s+)?([a-z'-]+)(?:\s+([a-z'-]+))?/i.exec(sentence.slice(at));
  if (!words) return null;
  const [first, second] = [words[1].toLowerCase(), words[2]?.toLowerCase()];
  return (second && GROUP_NOUNS[`${first} ${second}`]) || GROUP_NOUNS[first] || null;
}

/** A zero statement, and where its verb stands ("injured" in "no one else was injured"). */
type Zero = Candidate & { verbAt: number };

function zeroStatements(sentence: string): Zero[] {
  const out: Zero[] = [];
  for (const [pattern, measure] of ZERO_PATTERNS) {
    const m = pattern.exec(sentence);
    if (!m || out.some((c) => c.measure === measure)) continue;
    const verbAt = m[2] === undefined ? m.index + m[1].length : sentence.indexOf(m[2], m.index + m[1].length);
    const group = zeroGroup(m[1]) ?? groupNamedBefore(sentence, m.index) ?? (m[2] === undefined ? null : groupAmongAfter(sentence, verbAt + m[2].length));
    out.push({
      value: 0, qualifier: "exact", measure, group: group ?? "victims", scope: "total", scopeText: null,
      start: m.index, end: m.index + m[1].length, rule: "zero", inferred: [], verbAt,
    });
  }
  return out;
}
