// Round-ups: one report telling several incidents ("In a separate shooting", "Elsewhere",
// "Forty-five minutes earlier, a man was shot ..."). The report's own figures are those of
// its lead incident, the one it tells first; every later incident is another event, so its
// counts go to `related`, never to the event's toll. A document-level refiner: it reads the
// body's sentences in order and says, for each, which cue opened the later incident it
// belongs to (null while the report still tells its lead incident).
//
// A cue opens a new incident only once the report has told one (a harm sentence that is not
// itself a round-up's summary), so the incident after "Four people were shot in separate
// shootings across the city" is the lead. An incident, once left, is not come back to: news
// round-ups go on to the next incident, and the few single-incident reports that aside into
// another ("In a separate incident, ...") rarely count their own victims after the aside.
// The cues are patterns of English news writing, never a corpus's words.
import { WEEKDAYS_AS_NAMES } from "../text/lexicon/calendar.ts";
import { SEVERAL_EVENTS } from "./roles.ts";

/** A sentence says someone was harmed. */
const HARM = /\b(?:shot|shooting|killed|killing|dead|died|dies|death|wounded|injured|hurt|stabbed|slain|murdered|gunned|gunshot|fatal(?:ly)?|homicide)\b/i;

/** A sentence tells of someone harmed (a verb or a wound), not only of "a shooting" with no victim found yet. */
const TOLD = /\b(?:shot|killed|dead|died|dies|wounded|injured|hurt|stabbed|slain|murdered|gunned|gunshot|fatally)\b/i;

/** Incidents of a round-up, by their nouns. */
const INCIDENT = "(?:incident|shooting|stabbing|attack|homicide|case|killing|slaying|robbery|carjacking|crash|assault|drive-by|murder|double shooting|triple shooting)";

/** A new victim: one not met before ("a man", "another woman", "two teenagers", "a 19-year-old"). */
const NEW_VICTIM = new RegExp(
  `\\b(?:a|an|another|two|three|four|five|six)\\s+(?:[\\w’'-]+\\s+){0,3}?(?:man|woman|men|women|boy|girl|boys|girls|teen|teens|teenager|teenagers|person|people|male|female|males|females|juvenile|child|victim|victims|\\d{1,3}-year-old)\\b`,
  "i",
);

/**
 * A time phrase that is the sentence's first words: "Sunday morning,", "10:50 p.m. Saturday,".
 * Case-sensitive on purpose: read case-blind, "Around 3:50 a.m. Sunday," and "On Friday
 * evening," also open it, which measured as more often the lead's own victim told again
 * (held-out figures fell) than a new incident.
 */
const OPENING_TIME = new RegExp(
  `^\\W*(?:(?:on|around|about|at|just\\s+(?:before|after)|shortly\\s+(?:before|after)|sometime\\s+(?:before|after))\\s+)?` +
    `(?:(?:\\d{1,2}(?::\\d\\d)?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)|noon|midnight)(?:\\s+(?:on\\s+)?(?:${WEEKDAYS_AS_NAMES}))?|(?:${WEEKDAYS_AS_NAMES})(?:\\s+(?:morning|afternoon|evening|night))?)\\s*,`,
);

/** Cues that open another incident, tried in order; each gives the words that decided it. */
const OPENERS: { rule: string; test: (sentence: string) => RegExpExecArray | null }[] = [
  // "In a separate incident,", "In another shooting Friday,", "During an unrelated robbery", "In a second shooting"
  { rule: "separate-incident", test: (s) => new RegExp(`^[^.;:]{0,60}?\\b(?:in|during|at|with)\\s+(?:a\\s+separate|an\\s+unrelated|another|a\\s+second|a\\s+third|a\\s+different|an\\s+earlier|a\\s+later|the\\s+second|the\\s+third|the\\s+other)\\s+(?:[\\w-]+\\s+){0,2}?${INCIDENT}\\b`, "i").exec(s) },
  // "The second shooting happened ...", "Another shooting occurred", "A separate shooting left ...", "The next incident"
  { rule: "separate-incident", test: (s) => new RegExp(`^\\W*(?:the\\s+(?:second|third|fourth|fifth|next|latest|other|last)|another|a\\s+(?:second|third|separate)|an\\s+(?:unrelated|earlier|later))\\s+(?:[\\w-]+\\s+){0,2}?(?:${INCIDENT}|one)\\b`, "i").exec(s) },
  // "Police are also investigating after a man was shot" (not "Medics also responded": the same scene)
  { rule: "separate-incident", test: (s) => /^[^.;]{0,40}?\b(?:(?:are|were|is|was)\s+also\s+investigating\s+(?:after|a|an|another|the)|(?:are|were|is|was)\s+separately\s+investigating)\b/i.exec(s) },
  // "Elsewhere,", "Separately,", "In other shootings:", "In other news", "Meanwhile, in the Englewood neighborhood"
  { rule: "elsewhere", test: (s) => /^\W*(?:elsewhere|separately|in\s+other\s+(?:[\w-]+\s+)?(?:news|shootings|incidents|violence|crimes?|cases|homicides)|meanwhile,?\s+(?:in|on|at)\b)/i.exec(s) },
  // "Most recently, a man was shot", "In the most recent non-fatal shooting", "Finally, medics rushed a man": not "Most recently, he was charged with assault"
  { rule: "most-recent", test: (s) => (HARM.test(s) ? /^\W*(?:most\s+recently|in\s+the\s+(?:most\s+recent|latest)\b|the\s+most\s+recent\b|finally\s*,)/i.exec(s) : null) },
];

/**
 * An opener that needs a new victim too: a shift in time ("Forty-five minutes earlier, a man
 * was shot", "Earlier in the day, two men were wounded"). "Later Thursday, a 17-year-old came
 * to the hospital with a gunshot" is often the same incident's next victim, so a day's
 * "later" is no cue; a count of minutes or hours is.
 */
const TIME_SHIFT = /^\W*(?:(?:about|around|some|nearly|roughly|just|less\s+than|more\s+than|an?\s+)\s*)?(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|forty-five|\d+)(?:\s+and\s+a\s+half)?\s+(?:hours?|minutes?|days?)(?:\s+and\s+a\s+half)?\s+(?:earlier|later|before|after)|earlier\s+(?:in\s+the\s+(?:day|night|evening|morning|afternoon|week)|that\s+(?:day|night|evening|morning|afternoon)|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))\b/i;

/** A dateline inside the body ("OAKLAND, Calif. —"): a news brief's next item. */
const DATELINE = /^\W*[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*(?:—|–|--|-)\s/;
/** A bulleted item: "• A 16-year-old boy was shot ...". */
const BULLET = /^\s*[•·▪◦*]\s*/;

/** The first sentences that make a report's lead. */
const ROUND_UP_LEAD = 2;

export interface IncidentBreak {
  /** The index of the sentence that opened the incident. */
  at: number;
  /** "<rule>: <the words that decided it>" */
  rule: string;
}

/** The cue a sentence opens another incident with, or null. `seenTimes` are the times the lead incident named. */
function openerOf(sentence: string, seenTimes: Set<string>, datelineSeen: boolean): string | null {
  for (const { rule, test } of OPENERS) {
    const m = test(sentence);
    if (m) return `${rule}: "${m[0].trim()}"`;
  }
  const newVictimHarmed = NEW_VICTIM.test(sentence) && HARM.test(sentence);
  const shift = TIME_SHIFT.exec(sentence);
  if (shift && newVictimHarmed) return `time-shift: "${shift[0].trim()}"`;
  // "Around 3:45 a.m. Sunday, a 28-year-old man was hurt": a new time and a new victim, where the time is not one the report told already.
  const time = OPENING_TIME.exec(sentence);
  if (time && newVictimHarmed && isNewTime(timesIn(time[0]), seenTimes)) return `new-time-and-victim: "${time[0].trim()}"`;
  const dateline = DATELINE.exec(sentence);
  // The first dateline is the story's own (often after a caption); a second one is a brief's next item.
  if (dateline && datelineSeen && HARM.test(sentence)) return `dateline: "${dateline[0].trim()}"`;
  const bullet = BULLET.exec(sentence);
  if (bullet && HARM.test(sentence)) return `bulleted-item: "${sentence.slice(0, 40).trim()}"`;
  return null;
}

const TIMES_IN = new RegExp(`\\b\\d{1,2}(?::\\d\\d)?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)|\\b(?:${WEEKDAYS_AS_NAMES})(?:\\s+(?:morning|afternoon|evening|night))?`, "g");
/** The clock times and days a text names, written one way ("3:50 am", "sunday morning"). */
const timesIn = (text: string): string[] => [...text.matchAll(TIMES_IN)].map((m) => m[0].toLowerCase().replace(/[^a-z0-9:]+/g, ""));

/** A clock time not told before is new ("Around 3:45 a.m. Sunday" after "Sunday morning"); a day alone is new when no told time names it. */
function isNewTime(times: string[], seen: Set<string>): boolean {
  const clocks = times.filter((t) => /\d/.test(t));
  return clocks.length ? clocks.some((t) => !seen.has(t)) : times.every((t) => !seen.has(t) && ![...seen].some((s) => s.startsWith(t) || t.startsWith(s)));
}

/**
 * For each sentence of a report's body, in order, the break that opened the later incident
 * it belongs to, or null while the report tells its lead incident.
 */
export function incidentBreaks(sentences: string[]): (IncidentBreak | null)[] {
  const out: (IncidentBreak | null)[] = [];
  let told = false;
  let current: IncidentBreak | null = null;
  const seenTimes = new Set<string>();
  let datelineSeen = false;
  // A report that leads with a round-up's summary ("Four people were killed ... in shootings
  // across the city") has no incident of its own to speak for: which of its incidents is the
  // one wanted is not for the order to say, so its counts are not split.
  if (sentences.slice(0, ROUND_UP_LEAD).some((s) => SEVERAL_EVENTS.test(s) && TOLD.test(s))) return sentences.map(() => null);
  sentences.forEach((sentence, i) => {
    if (!current && told) {
      const rule = openerOf(sentence, seenTimes, datelineSeen);
      if (rule) current = { at: i, rule };
    }
    if (DATELINE.test(sentence)) datelineSeen = true;
    out.push(current);
    if (!current) {
      for (const t of timesIn(sentence)) seenTimes.add(t);
      // A round-up's summary ("Four people were shot in separate shootings") tells no incident of its own.
      if (TOLD.test(sentence) && !SEVERAL_EVENTS.test(sentence)) told = true;
    }
  });
  return out;
}
