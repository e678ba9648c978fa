// Extract: a CleanDocument in, an Extraction out: every figure about people with its
// qualifier, scope, speaker and date; places, actors, event dates, contested claims, and the
// past events the report mentions as background. Offsets point into the raw input.
import type {
  ActorMention, AssertionMention, BackgroundMention, CleanDocument, DateMention, Extraction, PlaceMention, Statement,
} from "../types.ts";
import { toRawSpan } from "../text/mapped.ts";
import { splitSentences } from "../text/sentences.ts";
import { unifyActors } from "./actors.ts";
import { findClaims, findDenial, stateCode } from "./assertions.ts";
import { findActors, findPlaces, findStates, mainCountry } from "./entities.ts";
import { tokenize } from "./numbers.ts";
import { describeSpeaker } from "./attribution.ts";
import { cuesOf, placeOf } from "./cues.ts";
import { findEventKinds } from "./event-kinds.ts";
import { findRoleHolders, speakerOf } from "./speakers.ts";
import { statementsInSentence, type Candidate } from "./statements.ts";
import { backgroundSentences, datesIn, isBackgroundDate, reportedDate, type ResolvedDate } from "./when.ts";
import { countryName } from "../text/names.ts";


interface Sentence {
  start: number;
  end: number;
  text: string;
  paragraph: number;
}


/** Words that name a kind of event, for the titles of background events. */
const EVENT_NOUNS: [RegExp, string][] = [
  [/\b(attack|attacked|assault|raid)\b/i, "attack"],
  [/\b(bomb|bombing|blast|explosion)s?\b/i, "bombing"],
  [/\b(earthquake|quake|tremor)s?\b/i, "earthquake"],
  [/\btsunami\b/i, "tsunami"],
  [/\b(shooting|gunfire|massacre)\b/i, "shooting"],
  [/\b(hijack|hijacking|hostage)\b/i, "hijacking"],
  [/\b(flood|floods|flooding)\b/i, "floods"],
  [/\b(cyclone|hurricane|typhoon|storm)\b/i, "storm"],
  [/\b(crash|collision|derail)\w*\b/i, "crash"],
  [/\b(fire|blaze)\b/i, "fire"],
];

const MONTHS = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

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

  const statements: Statement[] = [];
  const dateMentions: DateMention[] = [];
  const assertions: AssertionMention[] = [];
  const backgroundMentions: BackgroundMention[] = [];
  let previousSpeaker: string | null = null;
  let currentBackground: BackgroundMention | null = null;

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
      if (span) dateMentions.push({ date: d.date, until: d.until, text: d.text, start: span.start, end: span.end, background: background[i] || isBackgroundDate(d, published, null) });
    }

    const tokens = tokenize(s.text);
    for (const c of statementsInSentence(s.text, tokens)) {
      const span = toRawSpan(doc.toRaw, s.start + c.start, s.start + c.end);
      if (!span) continue;
      statements.push(
        statementOf(doc.id, doc.text, c, s.text.slice(c.start, c.end), span, {
          quote,
          attribution: speaker,
          reported: reportedDate(s.text, published),
          background: background[i] ? (currentBackground?.key ?? "background") : null,
        }),
      );
    }

    for (const claim of findClaims(s.text, speaker)) {
      assertions.push({ claim: claim.claim, by: claim.by ? [claim.by] : [], disputedBy: [], document: doc.id, start: raw.start, end: raw.end });
    }
    const denial = findDenial(s.text, speaker);
    if (denial) {
      for (const code of denial.countries) {
        const name = countryName(code) ?? code;
        assertions.push({ claim: `The attacks were backed by ${name}`, by: [], disputedBy: denial.by, document: doc.id, start: raw.start, end: raw.end });
      }
    }
  });

  statements.unshift(...titleStatements(doc));
  return {
    document: doc.id,
    statements,
    places: mapSpans(doc, findPlaces(text, country)),
    actors: mapSpans(doc, [...findActors(text, holders), ...findStates(text)]),
    dates: dateMentions,
    assertions: mergeAssertions(assertions),
    background: backgroundMentions,
    eventKinds: findEventKinds(doc),
  };
}

export function extractDocuments(docs: CleanDocument[]): Extraction[] {
  const extractions = unifyActors(docs.map(extractDocument));
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
  return statementsInSentence(title, tokenize(title)).map((c) =>
    statementOf(doc.id, doc.text, c, title.slice(c.start, c.end), { start: at + c.start, end: at + c.end }, { quote: title, attribution, reported: published, background: null }, "headline:"),
  );
}

/**
 * A statement from a sentence's candidate, placed at its raw span, with what the sentence
 * says around it. The speaker's kind is read from the document alone here; `extractDocuments`
 * reads it again knowing every person the run names.
 */
function statementOf(
  document: string,
  text: string,
  c: Candidate,
  numberText: string,
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
    cues: cuesOf(context.quote, numberText, c.qualifier, c.scopeText),
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
    flags.push(...backgroundSentences(sentences.slice(from, to).map((s) => s.text), dates.slice(from, to), published, elsewhere.slice(from, to)));
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
  const kind = EVENT_NOUNS.find(([pattern]) => pattern.test(s.text))?.[1] ?? "event";
  const names = [...s.text.matchAll(/(?<!^)\b(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu)]
    .map((m) => m[1])
    .filter((n) => !MONTHS.test(n) && !/^[A-Z]{2,}$/.test(n) && !stateCode(n) && !/^(The|A|An|In|On|All|But|And)$/.test(n));
  const name = names.find((n) => !/(Army|Forces|Minister|Police)$/.test(n));
  const past = dates.find((d) => isBackgroundDate(d, doc.meta.published, null));
  const when = past ? (past.coarse ? past.date.slice(0, 7) : past.date) : null;
  if (!name && !when) return null;
  const key = (name ? name.split(/\s+/)[0] : `${kind} ${when}`).toLowerCase();
  const title = name ? `${name} ${kind}${when ? ` (${when})` : ""}` : `${when} ${kind}`;
  return { key, title, when, document: doc.id, start, end };
}

function mapSpans<T extends PlaceMention | ActorMention>(doc: CleanDocument, items: T[]): T[] {
  const out: T[] = [];
  for (const item of items) {
    const span = toRawSpan(doc.toRaw, item.start, item.end);
    if (span) out.push({ ...item, start: span.start, end: span.end });
  }
  return out;
}

function mergeAssertions(items: AssertionMention[]): AssertionMention[] {
  const byClaim = new Map<string, AssertionMention>();
  for (const a of items) {
    const seen = byClaim.get(a.claim);
    if (!seen) byClaim.set(a.claim, { ...a, by: [...a.by], disputedBy: [...a.disputedBy] });
    else {
      for (const b of a.by) if (!seen.by.includes(b)) seen.by.push(b);
      for (const d of a.disputedBy) if (!seen.disputedBy.includes(d)) seen.disputedBy.push(d);
    }
  }
  return [...byClaim.values()];
}
