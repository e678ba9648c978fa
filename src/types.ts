// The types that travel between stages. Stages import these, never each other's internals.
// Offsets (`start`, `end`) are UTF-16 offsets into a document's original input (`raw`).

/**
 * The one diagnostic shape, as vfile has it: something a stage found in the content or the
 * input, recorded and carried along, never thrown. `rule` names what fired (a stable id for
 * tests and filters), `reason` says it in a sentence. A fatal message is one that cost the
 * input: the document (or file, or line) was not used. Offsets, where given, are into `raw`.
 */
export interface Message {
  stage: string;
  rule: string;
  reason: string;
  start?: number;
  end?: number;
  /** True when the input the message is about could not be used at all. */
  fatal?: boolean;
  /** The input the message is about (a path, a URL, "path#id"), where it names one. */
  source?: string;
}

/** A message that names its input: the folder walk's notices, and problems. */
export interface InputMessage extends Message {
  source: string;
}

/** An input that could not be read or used, and why: a fatal message naming it. */
export interface Problem extends InputMessage {
  fatal: true;
}

/** Metadata given alongside an input (JSONL fields, feed items, a ` date ` header). It wins over inference. */
export interface GivenMetadata {
  published?: string;
  outlet?: string;
  title?: string;
  url?: string;
}

/** One article as read by ingest: its original text untouched. */
export interface SourceDocument {
  id: string;
  /** The path or URL as given (for a JSONL line or feed item: "path#id"). */
  source: string;
  /** Exactly the string read from the file, page, line or item: every offset points into it. */
  raw: string;
  format: "text" | "html";
  given: GivenMetadata;
  /** Where the article begins in `raw`, after a header ingest read (a ` date YYYY-MM-DD ` line); 0 when none. */
  bodyStart?: number;
  messages: Message[];
}

export type RemovalReason =
  | "appeal"
  | "placeholder"
  | "navigation"
  | "caption"
  | "byline"
  | "repeat"
  | "metadata"
  | "related"
  | "newsletter"
  | "cookie"
  | "counter"
  | "footer"
  | "boilerplate";

/**
 * What cleaning took out, in the contract's form. It is the clean stage's message for a cut,
 * written the way the report has always written it: `reason` here is what a Message calls
 * its `rule` ("caption", "navigation"), and `text` the words removed: as a Message it is
 * `{stage: "clean", rule: reason, reason: text, start, end}`. The report keeps removals in
 * `documents[].removed`, not in `messages`, so a reader does not see each cut twice.
 */
export interface Removal {
  text: string;
  reason: RemovalReason | string;
  start: number;
  end: number;
}

export interface DocumentMeta {
  title: string | null;
  outlet: string | null;
  wire: string | null;
  dateline: string | null;
  /** "YYYY-MM-DD" */
  published: string | null;
  language: string;
  /** How cleaning found the body (see src/clean/README.md); absent when not recorded. */
  extraction?: ExtractionMethod;
}

/** The reading of a page that won: its article container, a looser container, each block on its own, Readability.js, the page's JSON-LD articleBody, or lines of plain text. */
export type ExtractionMethod = "container" | "loose-container" | "blocks" | "readability" | "json-ld" | "text";

/** A span of the cleaned text. */
export interface Span {
  start: number;
  end: number;
}

/** The document after cleaning: the body a reader should read, mapped back to the raw input. */
export interface CleanDocument extends SourceDocument {
  /** The cleaned body; paragraphs joined by "\n\n". */
  text: string;
  /** For each UTF-16 unit of `text`, its offset in `raw`; -1 for separators cleaning inserted. */
  toRaw: Int32Array;
  /** Paragraphs as spans of `text`. */
  paragraphs: Span[];
  removed: Removal[];
  meta: DocumentMeta;
}

export type LinkRelation = "duplicate" | "version" | "rewrite";

export interface Link {
  a: string;
  b: string;
  relation: LinkRelation;
  similarity: number;
  newer: string | null;
  changes: { before: string; after: string }[];
}

/**
 * Reports that are one source: joined by duplicate, version or rewrite links, transitively.
 * Lineage makes them; reconciliation counts a family once and lets its newest version speak;
 * the report lists them. A report linked to nothing is its own source and has no family.
 */
export interface Family {
  /** Its smallest member id: stable whatever the order of the links. */
  id: string;
  /** Member ids, sorted: two or more. */
  members: string[];
  /** The links that join the members (their full form is in `Report.lineage`). */
  relations: { a: string; b: string; relation: LinkRelation }[];
  /** Members no other member is known to be newer than: the latest telling(s). */
  newest: string[];
  /** Members no other member is known to be older than: the first telling(s). */
  original: string[];
  /**
   * Every pair known to be in order, as [older, newer]: from a link's `newer` or from
   * publication dates, transitively. Contradictory evidence (a cycle) orders neither.
   */
  later: [string, string][];
  /**
   * The pairs whose newer member is a later version of the older (a `version` or
   * `duplicate` link's `newer`, transitively): its figures replace the older's. A
   * rewrite's `newer` is only written later; it carries the figures it paraphrased.
   */
  versions: [string, string][];
  /** The pairs whose publication dates alone say which came first, as [older, newer]. */
  dated: [string, string][];
}

export type Measure = "killed" | "injured" | "missing" | "abducted" | "arrested" | "displaced" | "attackers" | "affected";
export type Group = "civilians" | "security_forces" | "militants" | "victims" | "all";
/** What a number about people is to the event (src/extract/roles.ts): only totals make its toll. */
export type Role = "total" | "partial" | "individual" | "background" | "not-a-count";
export type Qualifier = "exact" | "at_least" | "more_than" | "about" | "nearly" | "at_most" | "up_to";

/**
 * Who a statement's source is, read once at extraction. `kind`: "person" (a named person,
 * `name` set, `role` when the office is given: "Chief Minister Sarfaraz Bugti"),
 * "official" (an office without a name: "Balochistan's chief minister"), "state" (a body of
 * the state: "Pakistan's army", "the Interior Ministry"), "media" (a newspaper, agency or
 * broadcaster), "organization" (any other named body), "unnamed" (no one in particular:
 * "officials", "security sources", "witnesses").
 */
export interface Attribution {
  /** The speaker's words as extraction resolved them: the statement's `attribution`. */
  text: string;
  kind: "person" | "official" | "state" | "media" | "organization" | "unnamed";
  name?: string;
  /** The office, lower case ("chief minister"), where the attribution gives one. */
  role?: string;
}

/** A sentence's place in a document's cleaned text, counted from 1 ("paragraph 3, sentence 2"). */
export interface TextPlace {
  paragraph: number;
  sentence: number;
}

/** What the statement's sentence says about its count, found at extraction. */
export interface StatementCues {
  /** The words saying the toll moved ("raising", "rose", "updated"), else null. */
  change: string | null;
  /** The words that make the count a part of the toll (as `scopeText`), else null. */
  scope: string | null;
  /** A vague amount ("dozens", "hundreds"): `value` is its lower bound, never the event's best when a count exists. */
  vague: boolean;
}

/** One number about people, stated in one document. */
export interface Statement {
  document: string;
  measure: Measure;
  group: Group;
  value: number;
  qualifier: Qualifier;
  scope: "total" | "partial";
  scopeText: string | null;
  /** Who said it, as words ("Chief Minister Sarfaraz Bugti"): `speaker.text`, kept for the contract. */
  attribution: string | null;
  /** Who said it, as a structure: what reconciliation ranks sources by. */
  speaker: Attribution | null;
  cues: StatementCues;
  /** Where its sentence sits in the cleaned body, counted from 1; null when it is not in the body (a headline). */
  place: TextPlace | null;
  /** The date the statement was made ("officials said Monday"), else the publication date. */
  reported: string | null;
  /** The sentence it comes from, as in the raw input. */
  quote: string;
  /** Offsets of the number's words in the raw input. */
  start: number;
  end: number;
  /** The extraction rule that produced it, and what was inferred rather than stated. */
  rule: string;
  inferred: string[];
  /** Key of a background event (see `BackgroundMention.key`) when the figure is about that one. */
  background: string | null;
  /** The number's role, and the rule that gave it with its words ("block-number: …"). */
  role?: Role;
  roleRule?: string;
}

export interface PlaceMention {
  name: string;
  country: string | null;
  /** Null for an area the offline gazetteer does not have ("Al Haouz province"): never a guessed point. */
  lat: number | null;
  lon: number | null;
  /** "city" | "province" | "country", or "area" for an administrative area not in the gazetteer */
  kind: string;
  /** For an area not in the gazetteer: the nearest geocoded place its report names, by name (its point is not copied). */
  near?: string;
  start: number;
  end: number;
}

/** "target": who or what was attacked, named by what it is ("police stations"), not a named actor. */
export type ActorKind = "state" | "armed_group" | "person" | "organization" | "target";

export interface ActorMention {
  /** Canonical name, the same for every alias ("Baloch Liberation Army"). */
  name: string;
  surface: string;
  kind: ActorKind;
  role: string | null;
  start: number;
  end: number;
}

/** Who or what a report says was attacked ("attacks on police stations"), with its sentence. */
export interface TargetMention {
  name: string;
  /** The sentence, as in the raw input. */
  quote: string;
  /** Offsets of the target's words in the raw input. */
  start: number;
  end: number;
  place: TextPlace | null;
}

export interface DateMention {
  /** "YYYY-MM-DD" of what happened (not of publication). */
  date: string;
  /** Inclusive last day for ranges ("Friday and Saturday"). */
  until: string | null;
  text: string;
  start: number;
  end: number;
  /** True when the sentence is about a background event. */
  background: boolean;
  /** True when the date says when something was said ("officials said on Sunday"), not when it happened. */
  reporting?: boolean;
}

/** What a claim is about: who carried the event out, who backed them, or anything else. */
export type ClaimKind = "responsibility" | "backing" | "other";

/**
 * How a piece of evidence stands to a claim: someone `asserts` it (a minister, the group
 * claiming an attack), someone `denies` it, the accused gave `no-response` (which is not a
 * denial), or the report `reports` it in its own voice.
 */
export type ClaimStance = "asserts" | "denies" | "no-response" | "reports";

/** One sentence of one report about a claim: who stands how, in which words, where. */
export interface ClaimEvidence {
  document: string;
  stance: ClaimStance;
  /** Who asserts, denies or does not answer, as the report names them; null for the report's own voice. */
  who: string | null;
  /** The sentence, as in the raw input. */
  quote: string;
  /** Offsets of the claim's (or the answer's) words in the raw input. */
  start: number;
  end: number;
  /** When it was said ("the military on Saturday claimed"), else the publication date. */
  reported: string | null;
  /** Where its sentence sits in the cleaned body, counted from 1. */
  place: TextPlace | null;
}

export interface AssertionMention {
  claim: string;
  kind: ClaimKind;
  /** The party the claim is about: a country code for backing, a group's name for responsibility. */
  subject: string;
  /** Who asserts it and who denies it: derived from `evidence`. */
  by: string[];
  disputedBy: string[];
  document: string;
  start: number;
  end: number;
  evidence: ClaimEvidence[];
}

export interface BackgroundMention {
  /** A stable key for the background event within a document set ("jaffar express"). */
  key: string;
  title: string;
  when: string | null;
  document: string;
  start: number;
  end: number;
}

/** A kind of event a report names ("Earthquake", "Attacks"), the word an event's title uses. */
export interface EventKindMention {
  kind: string;
  /** Lower is more specific (an earthquake before the "attacks" of aftershock reports): breaks ties. */
  rank: number;
  /** True when the title or the first lines name it. */
  inLead: boolean;
  /** How many times the body names it. */
  mentions: number;
  /** The kind's title in the singular ("Strike") when the report names one and never several: set only for kinds titled in the plural. */
  single?: string;
}

/** What extraction reads from one document. */
export interface Extraction {
  document: string;
  statements: Statement[];
  places: PlaceMention[];
  actors: ActorMention[];
  dates: DateMention[];
  assertions: AssertionMention[];
  background: BackgroundMention[];
  /** The kinds of event the report names, most specific first. */
  eventKinds: EventKindMention[];
  /** Who or what was attacked, outside background sentences. */
  targets?: TargetMention[];
}

/** Reports grouped as one real-world event by clustering. */
export interface Cluster {
  id: string;
  documents: string[];
  /** Why its reports belong together: shared entities, terms, dates. */
  evidence: string[];
}

export interface Figure {
  measure: Measure;
  group: Group;
  best: number;
  low: number;
  high: number;
  asOf: string | null;
  status: "agreed" | "updated" | "disputed";
  /** Why the status and best were chosen: the reconciliation rules that fired. */
  rules: string[];
  /** Number of independent sources (copies counted once). */
  sources: number;
  /** The qualifier of the statement behind `best` ("nearly" for "nearly 200"): set in the report, never dropped. */
  bestQualifier?: Qualifier;
  statements: Statement[];
}

export interface EventPlace {
  name: string;
  country: string | null;
  /** Null when the place is not geocoded (an area the offline gazetteer does not have). */
  lat: number | null;
  lon: number | null;
  mentions: number;
  /** For a place not geocoded: the nearest geocoded place a report names with it, by name only. */
  near?: string;
}

/** What an actor did in the event, as the reports show it: what "Involved" ranks by. */
export type ActorPart = "perpetrator" | "target" | "source of figures" | "accuser" | "accused" | "denier";

export interface EventActor {
  name: string;
  aliases: string[];
  kind: ActorKind;
  /** Its parts in the event, most telling first; missing or empty for an actor only mentioned. */
  parts?: ActorPart[];
  /** For a target, the sentences that say it was attacked. */
  evidence?: ActorEvidence[];
}

export interface ActorEvidence {
  document: string;
  quote: string;
  start: number;
  end: number;
  place: TextPlace | null;
}

export interface Assertion {
  claim: string;
  kind: ClaimKind;
  /** Who asserts the claim: every `asserts` evidence's `who`, each once. */
  by: string[];
  /** Who denies it: every `denies` evidence's `who`. A claim is disputed only when this is not empty. */
  disputedBy: string[];
  documents: string[];
  /** Every sentence about the claim, in document order. */
  evidence: ClaimEvidence[];
}

export interface RelatedEvent {
  title: string;
  when: string | null;
  documents: string[];
  figures: Figure[];
}

export interface Event {
  id: string;
  title: string;
  documents: string[];
  start: string | null;
  end: string | null;
  places: EventPlace[];
  actors: EventActor[];
  figures: Figure[];
  assertions: Assertion[];
  related: RelatedEvent[];
  evidence: string[];
}

/** The document as it appears in the report. */
export interface ReportDocument extends DocumentMeta {
  id: string;
  source: string;
  /** The article's address: given with the input (a JSONL or feed `url`), or the source when it is one (missing in a run stored before reports kept it). */
  url?: string | null;
  text: string;
  removed: Removal[];
  /** Every message a stage left on the document (ingest, clean, lineage's internal repeats…). */
  messages: Message[];
}

export interface Report {
  version: 1;
  generatedAt: string;
  documents: ReportDocument[];
  lineage: Link[];
  /** The families the lineage links make, each once (see `Family`). */
  families: Family[];
  events: Event[];
  problems: Problem[];
}
