// Extract: a CleanDocument in, an Extraction out: every figure about people with its
// qualifier, scope, speaker and date; places, actors, event dates, contested claims, and the
// past events the report mentions as background. Offsets point into the raw input.
import type {
  ActorMention, AssertionMention, BackgroundMention, CleanDocument, DateMention, Extraction, PlaceMention, Role, Statement,
  TargetMention,
} from "../types.ts";
import { toRawSpan } from "../text/mapped.ts";
import { splitSentences } from "../text/sentences.ts";
import { findTargets, unifyActors } from "./actors.ts";
import { claimEvidenceIn, stateCode } from "./assertions.ts";
import { findActors, findPlaces, findStates, findUngeocodedAreas, mainCountry } from "./entities.ts";
import { tokenize } from "./numbers.ts";
import { describeSpeaker } from "./attribution.ts";
import { cuesOf, placeOf } from "./cues.ts";
import { findEventKinds } from "./event-kinds.ts";
import { findRoleHolders, speakerOf } from "./speakers.ts";
import { notACount, roleOf } from "./roles.ts";
import { implicitCounts } from "./implicit.ts";
import { statementsInSentence, type Candidate } from "./statements.ts";
import { incidentBreaks } from "./segments.ts";
import { backgroundSentences, datesIn, isBackgroundDate, reportedDate, type ResolvedDate } from "./when.ts";
import { countryName } from "../text/names.ts";
import { MONTH_WORDS, MONTHS_AS_NAMES, WEEKDAYS_AS_NAMES } from "../text/lexicon/calendar.ts";
import { eventPattern, type EventKind } from "../text/lexicon/events.ts";
import { appendAll } from "../arrays.ts";


interface Sentence {
  start: number;
  end: number;
  text: string;
  paragraph: number;
}


/** Kinds of event for the titles of background events, most telling first (an attack before the bombing it was). */
const BACKGROUND_KINDS: EventKind[] = ["attack", "bombing", "earthquake", "tsunami", "shooting", "hijacking", "floods", "storm", "crash", "fire"];
const BACKGROUND_KIND_PATTERNS = BACKGROUND_KINDS.map((kind) => [eventPattern(kind), kind] as const);

/** The related event a round-up's later incidents go to (segments.ts): one generic key, as they name no event. */
export const ROUND_UP_KEY = "another incident of the report";

/** Month and weekday names are capitalised but name no event. */
const CALENDAR_NAME = new RegExp(`^(${MONTHS_AS_NAMES}|${WEEKDAYS_AS_NAMES})$`);

export function extractDocument(doc: CleanDocument): Extraction {
  const text = doc.text;
  const published = doc.meta.published;
  const holders = findRoleHolders(text);
  const country = mainCountry(text);
  const sentences: Sentence[] = [];
  doc.paragraphs.forEach((p, paragraph) => {
    for (const s of splitSentences(text, p.start, p.end)) sentences.push({ ...s, text: text.slice(s.start, s.end), paragraph });
  });
  const dates = sentences.map((s) => datesIn(s.text, published));
  const elsewhere = sentences.map((s) => setElsewhere(s.text, country));
  const background = flagBackground(sentences, dates, published, elsewhere);
  // A round-up's later incidents ("In a separate shooting, ..."): their counts are other events'.
  const breaks = incidentBreaks(sentences.map((s) => s.text));

  const statements: Statement[] = [];
  const dateMentions: DateMention[] = [];
  const assertions: AssertionMention[] = [];
  const backgroundMentions: BackgroundMention[] = [];
  let previousSpeaker: string | null = null;
  let currentBackground: BackgroundMention | null = null;
  // The country of the last backing claim: what "the accusation was reiterated" refers to.
  let lastBacking: string | null = null;
  const targets: TargetMention[] = [];

  sentences.forEach((s, i) => {
    const raw = toRawSpan(doc.toRaw, s.start, s.end);
    if (!raw) return;
    const quote = quoteOf(doc, s, raw);
    const speaker = speakerOf(s.text, holders, previousSpeaker);
    // "He said" refers back to the last person named as a speaker.
    if (speaker && holders.some((h) => speaker.includes(h.name))) previousSpeaker = speaker;

    if (background[i]) {
      if (!currentBackground || i === 0 || sentences[i - 1].paragraph !== s.paragraph || !background[i - 1]) {
        currentBackground = backgroundOf(doc, s, dates[i], raw.start, raw.end) ?? currentBackground;
        if (currentBackground && !backgroundMentions.includes(currentBackground)) backgroundMentions.push(currentBackground);
      }
    } else currentBackground = null;

    for (const d of joinRanges(s.text, dates[i])) {
      const span = toRawSpan(doc.toRaw, s.start + d.start, s.start + d.end);
      if (span) {
        const mention: DateMention = { date: d.date, until: d.until, text: d.text, start: span.start, end: span.end, background: background[i] || isBackgroundDate(d, published, null) };
        if (isReportingDate(s.text, d)) mention.reporting = true;
        dateMentions.push(mention);
      }
    }

    const tokens = tokenize(s.text);
    for (const c of statementsInSentence(s.text, tokens)) {
      const span = toRawSpan(doc.toRaw, s.start + c.start, s.start + c.end);
      if (!span || notACount(s.text, c.start, c.end)) continue;
      const own = roleOf(s.text, c.start, c.end, c.scope, c.scopeText, background[i]);
      const role = breaks[i] && own.role !== "background" ? { role: "background" as const, rule: `round-up-segment: ${breaks[i]!.rule}` } : own;
      statements.push({
        ...statementOf(doc.id, doc.text, s.text, c, span, {
          quote,
          attribution: speaker,
          reported: reportedDate(s.text, published),
          background: background[i] ? (currentBackground?.key ?? "background") : breaks[i] && own.role !== "background" ? ROUND_UP_KEY : role.role === "background" ? "earlier or other event" : null,
        }),
        ...withRole(role.role, role.rule),
      });
    }

    if (!background[i]) {
      for (const t of findTargets(s.text)) {
        const span = toRawSpan(doc.toRaw, s.start + t.start, s.start + t.end);
        if (span) targets.push({ name: t.name, quote, start: span.start, end: span.end, place: placeOf(text, quote) });
      }
    }

    for (const hit of claimEvidenceIn(s.text, speaker, lastBacking)) {
      const span = toRawSpan(doc.toRaw, s.start + hit.start, s.start + hit.end) ?? raw;
      if (hit.kind === "backing" && hit.stance !== "denies" && hit.stance !== "no-response") lastBacking = hit.subject;
      const evidence = { document: doc.id, stance: hit.stance, who: hit.who, quote, start: span.start, end: span.end, reported: claimDate(s.text, published), place: placeOf(text, quote) };
      assertions.push({ claim: hit.claim, kind: hit.kind, subject: hit.subject, by: [], disputedBy: [], document: doc.id, start: raw.start, end: raw.end, evidence: [evidence] });
    }
  });

  // Victims without a number ("a man was shot and killed"), for measures no sentence counts.
  // The headline's counts are explicit too: read first, so the body's implicit count never repeats one.
  const headline = titleStatements(doc);
  appendAll(statements, implicitCounts(doc, sentences.filter((_, i) => !background[i] && !breaks[i]), [...headline, ...statements]));
  statements.unshift(...headline);
  return {
    document: doc.id,
    statements,
    places: mapSpans(doc, placesOf(text, country, sentences, background)),
    actors: mapSpans(doc, [...findActors(text, holders), ...findStates(text)]),
    dates: dateMentions,
    assertions: mergeAssertions(assertions),
    background: backgroundMentions,
    eventKinds: findEventKinds(doc),
    targets,
  };
}

/**
 * Languages whose figures extraction reads: its word lists and patterns are English. A
 * document in another language is still reported (places, dates, lineage, events) and gets
 * a message saying its figures were not read.
 */
export const FIGURE_LANGUAGES: ReadonlySet<string> = new Set(["en"]);

export function extractDocuments(docs: CleanDocument[]): Extraction[] {
  return unifyExtractions(docs.map(extractDocument));
}

/**
 * What extraction reads across a set of documents, over each one's own `extractDocument`:
 * one name per actor, and speakers named by surname alone resolved against the set. Apart
 * from `extractDocument` so that an engine can keep each document's extraction and redo only
 * this pass when the set grows.
 */
export function unifyExtractions(own: Extraction[]): Extraction[] {
  const extractions = unifyActors(own);
  // A surname alone ("the minister, Bugti") names a person when any report names them in full.
  const people = [...new Set(extractions.flatMap((x) => x.actors.filter((a) => a.kind === "person").map((a) => a.name)))];
  if (people.length === 0) return extractions;
  return extractions.map((x) => ({ ...x, statements: x.statements.map((s) => ({ ...s, speaker: describeSpeaker(s.attribution, people) })) }));
}

/** "Friday and Saturday", "from Monday to Wednesday": two dates read as one range. */
function joinRanges(sentence: string, dates: ResolvedDate[]): (ResolvedDate & { until: string | null })[] {
  const out: (ResolvedDate & { until: string | null })[] = [];
  for (const d of dates) {
    const last = out.at(-1);
    const between = last ? sentence.slice(last.end, d.start) : "";
    if (last && !last.until && /^\s*(and|to|through|until|till|-|–)\s*$/i.test(between) && d.date > last.date) {
      Object.assign(last, { until: d.date, end: d.end, text: sentence.slice(last.start, d.end) });
      continue;
    }
    out.push({ ...d, until: null });
  }
  return out;
}

/** Headlines carry figures too ("Ten dead in southern Iran quake"); cited where they stand in the raw input. */
function titleStatements(doc: CleanDocument): Statement[] {
  const title = doc.meta.title;
  if (!title) return [];
  const at = doc.raw.indexOf(title);
  if (at < 0 || doc.text.includes(title)) return [];
  const published = doc.meta.published;
  // "Sheriff: office shooting kills 1", "Strike kills 12, health officials say"
  const prefix = /^([A-Z][\w .'’-]{1,40}):\s/.exec(title)?.[1] ?? null;
  // "…, five hurt: media" names its source after a closing colon.
  const suffix = /:\s*([\p{L}][\p{L} ]{1,30})$/u.exec(title)?.[1] ?? null;
  const attribution = speakerOf(title, [], null) ?? (prefix && !/\s/.test(prefix.trim()) ? prefix : null) ?? suffix;
  return statementsInSentence(title, tokenize(title))
    .filter((c) => !notACount(title, c.start, c.end))
    .map((c) => {
      const role = roleOf(title, c.start, c.end, c.scope, c.scopeText, false);
      const statement = statementOf(doc.id, doc.text, title, c, { start: at + c.start, end: at + c.end }, { quote: title, attribution, reported: published, background: role.role === "background" ? "earlier or other event" : null }, "headline:");
      return { ...statement, ...withRole(role.role, role.rule) };
    });
}

/**
 * The role fields of a statement. An anecdote or a part is never a total, so its scope says
 * so too (readers of `scope` alone, like the figure scorer, see the same thing).
 */
function withRole(role: Role, rule: string): Pick<Statement, "role" | "roleRule"> & Partial<Pick<Statement, "scope" | "scopeText">> {
  if (role === "individual") return { role, roleRule: rule, scope: "partial", scopeText: rule.replace(/^[^"]*"|"$/g, "") };
  if (role === "partial" && rule.startsWith("subset")) return { role, roleRule: rule, scope: "partial", scopeText: rule.replace(/^[^"]*"|"$/g, "") };
  return { role, roleRule: rule };
}

/**
 * A statement from a sentence's candidate, placed at its raw span, with what the sentence
 * says around it. The speaker's kind is read from the document alone here; `extractDocuments`
 * reads it again knowing every person the run names.
 */
function statementOf(
  document: string,
  text: string,
  sentence: string,
  c: Candidate,
  span: { start: number; end: number },
  context: Pick<Statement, "quote" | "attribution" | "reported" | "background">,
  rulePrefix = "",
): Statement {
  return {
    document,
    measure: c.measure,
    group: c.group,
    value: c.value,
    qualifier: c.qualifier,
    scope: c.scope,
    scopeText: c.scopeText,
    ...context,
    speaker: describeSpeaker(context.attribution),
    place: rulePrefix === "headline:" ? null : placeOf(text, context.quote),
    // The sentence as extraction read it (offsets of `c` point into it); the quote is the raw input's.
    cues: cuesOf(sentence, c, sentence.slice(c.start, c.end), c.qualifier, c.scopeText),
    start: span.start,
    end: span.end,
    rule: `${rulePrefix}${c.rule}`,
    inferred: c.inferred,
  };
}

/** A sentence that places an event in another country than the story's, and names none of the story's. */
function setElsewhere(sentence: string, country: string | null): boolean {
  if (!country || !/\b(quake|earthquake|attack|shooting|bombing|blast|killed|died|dead)\b/i.test(sentence)) return false;
  const places = findPlaces(sentence, country).filter((p) => p.kind !== "country" || /\bin\s+(\w+\s+)?$/.test(sentence.slice(0, p.start)));
  return places.length > 0 && places.every((p) => p.country !== country) && /\b(in|near|at)\s+(\w+\s+)?\p{Lu}/u.test(sentence);
}

function flagBackground(sentences: Sentence[], dates: ResolvedDate[][], published: string | null, elsewhere: boolean[]): boolean[] {
  const flags: boolean[] = [];
  let from = 0;
  while (from < sentences.length) {
    let to = from;
    while (to < sentences.length && sentences[to].paragraph === sentences[from].paragraph) to++;
    appendAll(flags, backgroundSentences(sentences.slice(from, to).map((s) => s.text), dates.slice(from, to), published, elsewhere.slice(from, to)));
    from = to;
  }
  return flags;
}

/** The sentence as in the raw input when it is one stretch of it, else as cleaned. */
function quoteOf(doc: CleanDocument, s: Sentence, raw: { start: number; end: number }): string {
  const slice = doc.raw.slice(raw.start, raw.end);
  return slice.length <= s.text.length * 1.2 + 20 ? slice : s.text;
}

/** A past event a sentence mentions: its proper name and the kind of event, and when. */
function backgroundOf(doc: CleanDocument, s: Sentence, dates: ResolvedDate[], start: number, end: number): BackgroundMention | null {
  const kind = BACKGROUND_KIND_PATTERNS.find(([pattern]) => pattern.test(s.text))?.[1] ?? "event";
  const names = [...s.text.matchAll(/(?<!^)\b(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu)]
    .map((m) => m[1])
    .filter((n) => !CALENDAR_NAME.test(n) && !/^[A-Z]{2,}$/.test(n) && !stateCode(n) && !/^(The|A|An|In|On|All|But|And)$/.test(n));
  const name = names.find((n) => !/(Army|Forces|Minister|Police)$/.test(n));
  const past = dates.find((d) => isBackgroundDate(d, doc.meta.published, null));
  // A coarse date is as fine as its words: "In March" is a month, "In 2004" only a year (not "2004-01").
  const when = past ? (past.coarse ? past.date.slice(0, new RegExp(`\\b(?:${MONTH_WORDS})\\b`, "i").test(past.text) ? 7 : 4) : past.date) : null;
  if (!name && !when) return null;
  const key = (name ? name.split(/\s+/)[0] : `${kind} ${when}`).toLowerCase();
  const title = name ? `${name} ${kind}${when ? ` (${when})` : ""}` : `${when} ${kind}`;
  return { key, title, when, document: doc.id, start, end };
}

/**
 * The places of a text: those the gazetteer finds, and the administrative areas it does not
 * have ("Al Haouz province"), kept without coordinates where a sentence of this event (not a
 * background one) names them.
 */
function placesOf(text: string, country: string | null, sentences: Sentence[], background: boolean[]): PlaceMention[] {
  const found = findPlaces(text, country);
  const own = (p: PlaceMention): boolean => sentences.some((s, i) => !background[i] && s.start <= p.start && p.end <= s.end);
  return [...found, ...findUngeocodedAreas(text, found, country).filter(own)];
}

function mapSpans<T extends PlaceMention | ActorMention>(doc: CleanDocument, items: T[]): T[] {
  const out: T[] = [];
  for (const item of items) {
    const span = toRawSpan(doc.toRaw, item.start, item.end);
    if (span) out.push({ ...item, start: span.start, end: span.end });
  }
  return out;
}

/** One mention per claim of the document, its evidence in sentence order; `by` and `disputedBy` derived from it. */
function mergeAssertions(items: AssertionMention[]): AssertionMention[] {
  const byClaim = new Map<string, AssertionMention>();
  for (const a of items) {
    const key = `${a.kind}|${a.subject.toLowerCase()}`;
    const seen = byClaim.get(key);
    if (!seen) byClaim.set(key, { ...a, evidence: [...a.evidence] });
    else seen.evidence.push(...a.evidence);
  }
  const whoOf = (a: AssertionMention, stance: string): string[] => [...new Set(a.evidence.filter((e) => e.stance === stance && e.who).map((e) => e.who!))];
  return [...byClaim.values()].map((a) => ({ ...a, by: whoOf(a, "asserts"), disputedBy: whoOf(a, "denies") }));
}

const SPEECH_BEFORE = /\b(?:said|says|told\s+\p{L}+|announced|stated|confirmed|claimed|added|declared)\s+(?:on\s+)?$/u;
/** "the death toll rose to 820 on Saturday": when the count moved, not when it happened. */
const COUNT_MOVED_BEFORE = /\b(?:rose|rises|risen|climbed|jumped|reached|stood)\s+(?:to\s+|at\s+)?[\d,.]+\s+(?:on\s+)?$/u;
const SPEECH_AFTER = /^[\s,]*(?:(?:\p{Lu}[\p{L}'’.-]*|of|the)\s+){1,7}(?:in\s+a\s+statement\s+)?(?:said|says|told|announced|stated|praised|confirmed|declared)\b/u;
/** Deictic words that name the report's own day: "which is now a routine allegation". */
const DEICTIC = /^(?:now|today|currently|this week|tonight)$/i;

/**
 * Rule `reporting-date`: a date that says when something was said ("the chief minister said
 * on Sunday", "On Monday, Defense Minister Asif said", "now"), or when a count moved ("the
 * toll rose to 820 on Saturday"), is the reporting, not the
 * event: event dates come from the text's own time expressions of what happened.
 */
export function isReportingDate(sentence: string, d: { start: number; end: number; text: string }): boolean {
  if (DEICTIC.test(d.text.trim())) return true;
  const before = sentence.slice(0, d.start);
  return SPEECH_BEFORE.test(before) || COUNT_MOVED_BEFORE.test(before) || SPEECH_AFTER.test(sentence.slice(d.end));
}

/** When a claim was made: "the military on Saturday claimed", "officials said Monday", else the publication date. */
function claimDate(sentence: string, published: string | null): string | null {
  const day = new RegExp(`\\bon\\s+(${WEEKDAYS_AS_NAMES})\\b`).exec(sentence);
  return (day && published ? datesIn(day[0], published)[0]?.date : null) ?? reportedDate(sentence, published);
}
