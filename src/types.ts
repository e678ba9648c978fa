// The types that travel between stages. Stages import these, never each other's internals.
// Offsets (`start`, `end`) are UTF-16 offsets into a document's original input (`raw`).

/** A problem found in the content: recorded on the document, never thrown. */
export interface Message {
  stage: string;
  rule: string;
  reason: string;
  start?: number;
  end?: number;
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

/** An input that could not be read or used, and why. */
export interface Problem {
  source: string;
  reason: string;
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

export type Measure = "killed" | "injured" | "missing" | "abducted" | "arrested" | "displaced" | "attackers" | "affected";
export type Group = "civilians" | "security_forces" | "militants" | "victims" | "all";
export type Qualifier = "exact" | "at_least" | "more_than" | "about" | "nearly" | "at_most" | "up_to";

/** One number about people, stated in one document. */
export interface Statement {
  document: string;
  measure: Measure;
  group: Group;
  value: number;
  qualifier: Qualifier;
  scope: "total" | "partial";
  scopeText: string | null;
  attribution: string | null;
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
}

export interface PlaceMention {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** "city" | "province" | "country" */
  kind: string;
  start: number;
  end: number;
}

export type ActorKind = "state" | "armed_group" | "person" | "organization";

export interface ActorMention {
  /** Canonical name, the same for every alias ("Baloch Liberation Army"). */
  name: string;
  surface: string;
  kind: ActorKind;
  role: string | null;
  start: number;
  end: number;
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
}

export interface AssertionMention {
  claim: string;
  by: string[];
  disputedBy: string[];
  document: string;
  start: number;
  end: number;
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

/** What extraction reads from one document. */
export interface Extraction {
  document: string;
  statements: Statement[];
  places: PlaceMention[];
  actors: ActorMention[];
  dates: DateMention[];
  assertions: AssertionMention[];
  background: BackgroundMention[];
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
  statements: Statement[];
}

export interface EventPlace {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  mentions: number;
}

export interface EventActor {
  name: string;
  aliases: string[];
  kind: ActorKind;
}

export interface Assertion {
  claim: string;
  by: string[];
  disputedBy: string[];
  documents: string[];
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
  text: string;
  removed: Removal[];
}

export interface Report {
  version: 1;
  generatedAt: string;
  documents: ReportDocument[];
  lineage: Link[];
  events: Event[];
  problems: Problem[];
}
