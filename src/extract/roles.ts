// The role of a number found next to people words, decided by named rules, each with the
// words that decided it. A number is
//   not-a-count  an address, a block, a day of the month, an age, a phone or station number,
//                a page counter: it counts no one (the statement is dropped);
//   background   another event: older, elsewhere, a similar one, or several events summed;
//   individual   an anecdote: one person's relatives, one family's losses;
//   partial      a place, day, group or subset of the event (the scope extraction found);
//   total        the event's toll.
// The rules read the sentence around the number only: they must hold for news in general,
// so each is a pattern of English news writing, never a corpus's wording.
import type { Role } from "../types.ts";
import { MONTH_WORDS } from "../text/lexicon/calendar.ts";

export interface RoleDecision {
  role: Role;
  /** "<rule>: <the words that decided it>" */
  rule: string;
}

const MONTH = `(?:${MONTH_WORDS})\\.?`;
const STREET = "(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Place|Pl|Way|Terrace|Ter|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Pike|Trail|Square|Row|Alley)\\b";

/** Rules for numbers that count no one, tried in order on the text before and after the number. */
const NOT_A_COUNT: { rule: string; test: (before: string, number: string, after: string) => RegExpExecArray | null }[] = [
  // "the 9300 block of South Ashland Avenue", "in the 700 block"
  { rule: "block-number", test: (_b, n, a) => (/^\d/.test(n) ? /^\s*(?:-|–)?\s*(?:hundred\s+)?block\b/i.exec(a) : null) },
  // "at 1080 South Lake Blvd", "206 West Street", "of 530 Long Lane"
  { rule: "street-address", test: (_b, n, a) => (/^\d/.test(n) ? new RegExp(`^\\s+(?:[NSEW]\\.?\\s+|(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest)\\s+)?(?:\\p{Lu}[\\p{L}'’.]*\\s+|\\d+(?:st|nd|rd|th)\\s+){0,3}${STREET}`, "u").exec(a) : null) },
  // "on 4 March 2026", "the 4th of July"
  { rule: "day-of-month", test: (_b, n, a) => (/^\d{1,2}$/.test(n) && Number(n) <= 31 ? new RegExp(`^\\s*(?:th|st|nd|rd)?\\s*(?:of\\s+)?${MONTH}(?!\\w)`, "i").exec(a) : null) },
  // "Tyrone Jenkins Jr., 39, of Harvey", "Marcus McNeill, 37, was taken"
  { rule: "age-after-name", test: (b, n, a) => (/^\d{1,3}$/.test(n) && Number(n) < 120 && /^\s*(?:,|\.|\)|of\b|and\b|$)/.test(a) ? /(?:\p{Lu}[\p{L}'’-]*\.?|\bJr\.|\bSr\.)\s*,\s*$/u.exec(b) : null) },
  // "called 911", "dial 999": an emergency line
  { rule: "phone-number", test: (b, n) => (/^(911|999|112|000)$/.test(n) ? /\b(call(?:ed|ing|s)?|dial(?:l?ed|l?ing)?|to|a)\s*$/i.exec(b) : null) },
  // "Image 1 of / 3", "Photo 2 of 10", "1 / 3 Back to Gallery"
  { rule: "page-counter", test: (b, n, a) => (/^\d+$/.test(n) ? (/\b(?:image|photo|picture|slide|page|video)s?\s*$/i.exec(b) ?? /^\s*(?:of\s*\/?|\/)\s*\d+\b/.exec(a) ?? /\b\d+\s*(?:of\s*\/?|\/)\s*$/.exec(b)) : null) },
  // "a man in his 30s", "Oakland's 15th homicide": a decade of age, an ordinal
  { rule: "decade-or-ordinal", test: (_b, n, a) => (/^\d+$/.test(n) ? /^(?:['’]?s|st|nd|rd|th)\b/.exec(a) : null) },
  // "Two males, both 19, died", "three people, ages 18 to 20"
  { rule: "age-after-people", test: (b, n) => (/^\d{1,3}$/.test(n) ? /,\s*(?:both|all|each|ages?|aged)\s*$/i.exec(b) : null) },
  // "7 Comments", "12 Shares": a page's counters
  { rule: "web-counter", test: (_b, n, a) => (/^\d/.test(n) ? /^\s+(?:comments?|shares?|views?|likes?|replies|photos?|images?)\b/i.exec(a) : null) },
  // "two counts of first-degree assault", "letting off 13 shots", "shot four times": charges, rounds, repeats
  { rule: "charges-or-rounds", test: (_b, _n, a) => /^\s+(?:counts?\s+of|shots|rounds|bullets|shell casings|casings|times)\b/i.exec(a) },
  // "a model 770 rifle", "Flight 370", "Route 128", "No. 5": a model, flight, route or serial number
  { rule: "model-or-serial", test: (b, n) => (/^\d/.test(n) ? /\b(?:model|flight|route|interstate|highway|hwy|channel|version|serial|no\.|number|#)\s*$/i.exec(b) : null) },
  // "a train carrying hundreds of people", "a bus transporting 40 pilgrims": the people on board, not the harmed
  { rule: "people-carried", test: (b) => /\b(?:carrying|transporting|ferrying)\s+(?:some\s+|about\s+|around\s+|nearly\s+|more than\s+|over\s+)?$/i.exec(b) },
  // "WCBS 880", "KTLA 5": a station or channel written in capitals before the number
  { rule: "station-or-code", test: (b, n) => (/^\d+$/.test(n) ? /\b[A-Z]{3,5}\s*$/.exec(b) : null) },
];

/** The not-a-count rule a number breaks, or null. `start`/`end` are the number's offsets in `sentence`. */
export function notACount(sentence: string, start: number, end: number): RoleDecision | null {
  const before = sentence.slice(Math.max(0, start - 40), start);
  const number = sentence.slice(start, end);
  const after = sentence.slice(end, end + 60);
  for (const { rule, test } of NOT_A_COUNT) {
    const m = test(before, number, after);
    if (m) return { role: "not-a-count", rule: `${rule}: "${(m.index === 0 && after.startsWith(m[0]) ? number + m[0] : m[0] + number).trim()}"` };
  }
  // "Two children in the back seat were not injured": people who were not harmed.
  const negated = /^[^.;]{0,60}?\b(?:were|was|are|is)\s+(?:not|never)\s+(?:\w+\s+)?(?:injured|hurt|wounded|hit|killed|harmed|shot)\b/i.exec(after);
  if (negated && !/\b(?:and|but|while)\b/i.test(negated[0].slice(0, negated[0].search(/\b(?:were|was|are|is)\s+(?:not|never)/i)))) {
    return { role: "not-a-count", rule: `negated: "${negated[0].trim()}"` };
  }
  return null;
}

/**
 * A count summed over several events: a round-up, a season's tally, "in separate shootings",
 * "in two Oakland shootings", "seven incidents", "a few hours apart", "in different areas of".
 */
const EVENT_NOUNS = "(?:shootings|incidents|attacks|bombings|crashes|blasts|raids|stabbings|homicides)";
/**
 * Several parts of one event, not several events: "a series of coordinated attacks",
 * "multiple simultaneous bombings", the forces' "multiple raids" of one operation. Only
 * "separate", "unrelated" and "different" still split such parts into events.
 */
const ONE_WAVE = "(?!\\s+(?:[\\w-]+\\s+){0,3}?(?:coordinated|co-ordinated|simultaneous|near-simultaneous|synchronized|synchronised)\\s+(?:[\\w-]+\\s+){0,2}?(?:attacks|bombings|blasts|raids)\\b)(?!\\s+raids\\b)";
export const SEVERAL_EVENTS = new RegExp([
  `\\b(?:(?:in|from|during)\\s+(?:\\w+\\s+){0,2})?(?:separate|unrelated|different|(?:several|multiple|a series of|a string of)${ONE_WAVE})\\s+(?:[\\w-]+\\s+){0,4}?${EVENT_NOUNS}\\b`,
  // Numbered local crimes only: "in 12 attacks" can be one coordinated event's parts.
  `\\b(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?:[\\p{Lu}][\\w-]*\\s+|drive-by\\s+|separate\\s+|other\\s+|more\\s+){0,2}(?:shootings|incidents|stabbings|homicides)\\b`,
  `\\b(?:hours?|miles?|blocks?|minutes?|days?)\\s+apart\\b`,
  `\\bin\\s+different\\s+(?:areas|parts|neighbou?rhoods|sections)\\s+of\\b`,
  `\\b(?:shootings|violence)\\s+(?:across|around|throughout)\\b`,
  `\\b(?:so far|this|last)\\s+(?:this\\s+)?(?:year|month|season|weekend)['’]?s?\\s+(?:total|tally|toll)\\b`,
  `\\bbringing\\s+(?:the\\s+)?[\\w-]+\\s+(?:total|tally|toll|count)\\b`,
  `\\b(?:city|county|state|year)['’]s\\s+(?:[\\w-]+\\s+){0,3}(?:total|tally|toll|count)\\b`,
  `\\b(?:so far this|since the start of the|since January of this) (?:year|month)\\b`,
  // A round-up turning to its next incident: "In other shootings:", "About two hours earlier,", "Most recently,".
  `\\bin other (?:[\\w-]+\\s+)?(?:shootings|incidents|violence)\\b`,
  `(?:^|[.;:]\\s+)(?:about|some|nearly|roughly|just)?\\s*(?:an?|one|two|three|four|five|six|\\d+)\\s+hours?\\s+(?:earlier|later)\\s*,`,
  `(?:^|[.;:]\\s+)(?:at about the same time|around the same time|most recently|in the most recent (?:[\\w-]+\\s+)?(?:shooting|incident|homicide|killing))\\b`,
  `\\b(?:weekend|week|night|day|month)\\s+of\\s+(?:gun\\s+)?violence\\b`,
  `\\bacross the (?:city|county)\\b`,
].join("|"), "iu");

/**
 * "two men fatally shot last week, one in New Orleans East and the other in the 7th Ward": the
 * people in two named places are two incidents (case-sensitive: "one in the car and the
 * other in the street" is one scene).
 */
const TWO_PLACES = /\bone\s+in\s+(?:the\s+)?\p{Lu}[^,;]{0,40}?\s+and\s+the\s+other\s+in\s+(?:the\s+)?(?:\p{Lu}|\d)/u;

/** A clause about another event, before the number: older, similar, or a record it is compared with. */
const OTHER_EVENT = /\b(?:(?:a|an|the)\s+(?:similar|previous|earlier|prior|separate)\s+(?:\w+\s+)?(?:attack|shooting|incident|bombing|quake|earthquake|crash|blast|raid|disaster)|(?:last|previous|past)\s+(?:year|month|decade)|(?:\d+|a|one|two|three|four|five|ten|several)\s+(?:years?|months?|weeks?|decades?)\s+(?:ago|earlier|before)|(?:deadliest|worst|largest|biggest|bloodiest)\s+(?:\w+\s+){0,3}since\b[^,;]*,?\s*(?:when|in which|that)|the\s+(?:1[89]|20)\d\d\s+(?:\w+\s+)?(?:quake|earthquake|attack|shooting|bombing|tsunami|floods?|war|massacre|crash|disaster|hurricane|cyclone)|in\s+(?:1[89]|20)\d\d,|anniversary\s+of)\b/i;

/** After the count: "Three people were injured in another drive-by shooting", "killed in an earlier attack". */
const IN_OTHER_EVENT = "\\b(?:in|during|at)\\s+(?:another|a separate|an earlier|a previous|a prior|an unrelated|a similar)\\s+(?:[\\w-]+\\s+){0,2}?(?:attack|shooting|incident|bombing|quake|earthquake|crash|blast|raid|stabbing|robbery|disaster)\\b";
const OTHER_EVENT_AFTER = new RegExp(`^[^.;]{0,80}?${IN_OTHER_EVENT}`, "i");
/** The same clause anywhere in a sentence: implicit counts ("three people were injured") skip it too. */
export const ABOUT_OTHER_EVENT = new RegExp(IN_OTHER_EVENT, "i");

/** Relatives and anecdotes: one person's or one family's losses, never the event's toll. */
const INDIVIDUAL = /\b(?:(?:his|her|their|my|our)\s+(?:own\s+)?(?:\w+\s+)?(?:relatives|family|children|sons|daughters|brothers|sisters|cousins|grandchildren|nephews|nieces|parents|siblings)|(?:members|relatives)\s+of\s+(?:his|her|their|my|our|one|the same|a single)\s+family|a\s+family\s+of|lost\s+(?:\w+\s+)?(?:relatives|family members))\b/i;

/**
 * The role of a count that is about people (not-a-count is checked first by `notACount`).
 * `scope` and `background` are what extraction already decided; `numberAt` is the count's
 * offset in the sentence.
 */
export function roleOf(sentence: string, numberAt: number, numberEnd: number, scope: "total" | "partial", scopeText: string | null, background: boolean): RoleDecision {
  if (background) return { role: "background", rule: "background-sentence: the sentence is about an earlier or distant event" };
  const before = sentence.slice(Math.max(0, numberAt - 120), numberAt);
  const window = sentence.slice(Math.max(0, numberAt - 120), numberEnd + 60);
  const near = sentence.slice(Math.max(0, numberAt - 40), numberEnd + 50);
  const individual = INDIVIDUAL.exec(near);
  if (individual) return { role: "individual", rule: `relatives: "${individual[0]}"` };
  const other = OTHER_EVENT.exec(before);
  if (other) return { role: "background", rule: `other-event: "${other[0]}"` };
  // A round-up names its several events anywhere in the sentence ("Ten people ... were wounded in five separate shootings").
  const elsewhere = OTHER_EVENT_AFTER.exec(sentence.slice(numberEnd, numberEnd + 120));
  if (elsewhere) return { role: "background", rule: `other-event: "${elsewhere[0]}"` };
  const several = SEVERAL_EVENTS.exec(sentence.slice(Math.max(0, numberAt - 120)));
  if (several) return { role: "background", rule: `several-events: "${several[0]}"` };
  const places = TWO_PLACES.exec(sentence.slice(numberAt));
  if (places) return { role: "background", rule: `several-events: "${places[0]}"` };
  const subset = /^\s+of\s+(?:the|those|these)\s+(?:\w+\s+)?(?:injured|wounded|dead|victims|people|killed|hurt|shot)\b/i.exec(sentence.slice(numberEnd, numberEnd + 40));
  if (subset) return { role: "partial", rule: `subset: "${subset[0].trim()}"` };
  if (scope === "partial") return { role: "partial", rule: `scope: "${scopeText ?? "part"}"` };
  return { role: "total", rule: "total: a count of the event's people with no part, anecdote or other event about it" };
}
