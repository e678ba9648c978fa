// What the renderers share: labels, the lineage of sources, figure timelines, citations and
// the event's one-paragraph summary. Plain strings; each renderer escapes for its format.
import type { Assertion, ClaimEvidence, Event, EventPlace, Figure, Report, ReportDocument, Statement } from "../types.ts";
import { countryName } from "../text/names.ts";
import { QUALIFIER_WORDS } from "../text/lexicon/counts.ts";
import { monthDisplayName } from "../text/lexicon/calendar.ts";

export { countryName } from "../text/names.ts";

/** Short labels for document ids: the part before "_" when unique ("000"), else the id. */
export function shortLabels(documents: { id: string }[]): Map<string, string> {
  const prefix = (id: string): string => (id.includes("_") ? id.slice(0, id.indexOf("_")) : id.length > 12 ? id.slice(0, 8) : id);
  const labels = documents.map((d) => prefix(d.id));
  const unique = new Set(labels).size === labels.length && labels.every((l) => l.length > 0);
  return new Map(documents.map((d, i) => [d.id, unique ? labels[i] : d.id]));
}

export interface ReportView {
  report: Report;
  labels: Map<string, string>;
  documents: Map<string, ReportDocument>;
  /** Family id (smallest member id) for every document. */
  familyOf: (id: string) => string;
}

export function viewOf(report: Report): ReportView {
  // Lineage's families say which reports are one source; a report in none is its own.
  const familyId = new Map<string, string>();
  // (`?? []`: a run stored before reports listed families.)
  for (const family of report.families ?? []) for (const member of family.members) familyId.set(member, family.id);
  const labels = shortLabels(report.documents);
  return { report, labels, documents: new Map(report.documents.map((d) => [d.id, d])), familyOf: (id) => familyId.get(id) ?? id };
}

export const label = (view: ReportView, id: string): string => view.labels.get(id) ?? id;

/** A rule line with each report named by its label ("004"), as everywhere else in the brief, not by its full id. */
export function ruleLine(view: ReportView, line: string): string {
  let out = line;
  for (const [id, short] of view.labels) if (id !== short && out.includes(id)) out = out.split(id).join(short);
  return out;
}

/**
 * Why a statement is not a total, so a reader can check it: the report's own words in quotes
 * ("additional" is in the quote), the rule's reason without them ("vague amount, where a count
 * exists" is not the report's wording).
 */
export function partNote(s: Pick<Statement, "scope" | "scopeText" | "quote">): { words: string; quoted: boolean } | null {
  if (s.scope !== "partial") return null;
  if (!s.scopeText) return { words: "", quoted: false };
  return { words: s.scopeText, quoted: s.quote.toLowerCase().includes(s.scopeText.toLowerCase()) };
}

const GROUP_NOUN: Record<Figure["group"], string> = {
  victims: "People",
  civilians: "Civilians",
  security_forces: "Security forces",
  militants: "Militants",
  all: "Everyone (attackers included)",
};

/** "Militants killed", "People injured", "Attackers". */
export function figureLabel(f: { measure: Figure["measure"]; group: Figure["group"] }): string {
  if (f.measure === "attackers") return f.group === "militants" || f.group === "all" ? "Attackers" : `Attackers (${GROUP_NOUN[f.group].toLowerCase()})`;
  return `${GROUP_NOUN[f.group]} ${f.measure}`;
}

export const qualified = (s: Statement): string => {
  // A vague amount is shown as its words and what they mean: "dozens (24 or more)", not 24.
  const vague = s.cues.vague ? s.inferred.map((x) => /^"([^"]+)" read as at least/.exec(x)?.[1]).find(Boolean) : undefined;
  return vague ? `${vague} (${s.value} or more)` : `${QUALIFIER_WORDS[s.qualifier]}${s.value}`;
};

/**
 * The statement behind a figure's best: a total of that value, the newest first. Its
 * qualifier goes wherever the best is printed ("nearly 200", never a bare 200).
 */
export function bestStatement(f: Figure): Statement | null {
  const totals = f.statements.filter((s) => s.value === f.best && s.scope === "total");
  const pool = totals.length ? totals : f.statements.filter((s) => s.value === f.best);
  return [...pool].sort((a, b) => (b.reported ?? "").localeCompare(a.reported ?? "") || Number(a.qualifier !== "exact") - Number(b.qualifier !== "exact"))[0] ?? null;
}

/** The best with the words that qualify it: "nearly 200", "at least 145", "dozens (24 or more)". */
export function bestWords(f: Figure): string {
  const s = bestStatement(f);
  return s ? qualified(s) : String(f.best);
}

export function formatDay(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return m && d ? `${d} ${monthDisplayName(m)} ${y}` : iso;
}

/** "on 30 January 2026", "between 30 and 31 January 2026", "between 30 January and 2 February 2026". */
export function formatWhen(start: string | null, end: string | null): string | null {
  if (!start && !end) return null;
  if (!start || !end || start === end) return `on ${formatDay((start ?? end)!)}`;
  const [y1, m1, d1] = start.split("-").map(Number);
  const [y2, m2, d2] = end.split("-").map(Number);
  if (y1 === y2 && m1 === m2) return `between ${d1} and ${d2} ${monthDisplayName(m2)} ${y2}`;
  if (y1 === y2) return `between ${d1} ${monthDisplayName(m1)} and ${d2} ${monthDisplayName(m2)} ${y2}`;
  return `between ${formatDay(start)} and ${formatDay(end)}`;
}

export function listWords(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** The place that best names where the event was: the most mentioned one below country level. */
export function mainPlace(event: Event): EventPlace | null {
  const belowCountry = event.places.find((p) => p.name !== countryName(p.country));
  return belowCountry ?? event.places[0] ?? null;
}

/**
 * Rule `split-vs-all` (docs/reconciliation.md), as the reader sees it: an "all" total and
 * the group totals of the same measure that add up to something else are never printed side
 * by side in silence. Reconciliation's rule line says which is older; this names it.
 */
function allTotalNote(figures: Figure[], all: Figure): string {
  if (!all.rules.some((r) => r.startsWith("split-vs-all:"))) return "";
  const split = figures.filter((f) => f.group !== "all" && f.group !== "victims");
  const sum = split.reduce((n, f) => n + f.best, 0);
  const newest = split.map((f) => f.asOf).filter((d): d is string => !!d).sort().at(-1);
  const older = all.asOf && newest && all.asOf < newest;
  return older
    ? ` (an earlier total, of ${formatDay(all.asOf!)}; the later figures by group add up to ${sum})`
    : ` (the figures by group add up to ${sum}: the reports disagree)`;
}

/**
 * Whether a count of people is a group's count said again: the same number, from reports
 * that all give it for the group ("Airstrike kills 12" over "killed 12 civilians"). The
 * summary names it once, by the group, so an agreed "12 people" never stands beside a
 * disputed "12 civilians".
 */
function sameCountAsAGroup(f: Figure, figures: Figure[]): boolean {
  return groupCountSaidAgain(f, figures) !== null;
}

/** The group figure whose count a count of people says again (see `sameCountAsAGroup`), else null. */
export function groupCountSaidAgain(f: Figure, figures: Figure[]): Figure | null {
  if (f.group !== "victims") return null;
  const documents = new Set(f.statements.map((x) => x.document));
  return figures.find(
    (g) => g !== f && g.measure === f.measure && g.group !== "all" && g.group !== "victims" && g.best === f.best && [...documents].every((d) => g.statements.some((x) => x.document === d && x.value === g.best)),
  ) ?? null;
}

/**
 * A place the offline gazetteer does not have ("Al Haouz province"), in words: not geocoded,
 * with the nearest place its reports name when there is one (by name: its point is not the area's).
 */
export function notGeocodedWords(places: EventPlace[]): string {
  const one = places.length === 1;
  const near = places.filter((p) => p.near).map((p) => (one ? `the nearest place its report names is ${p.near}` : `the nearest place named with ${p.name} is ${p.near}`));
  return `${listWords(places.map((p) => p.name))} ${one ? "is" : "are"} not geocoded (the offline gazetteer does not have ${one ? "it" : "them"})${near.length ? `; ${near.join("; ")}` : ""}.`;
}

/**
 * A speaker as a sentence of the brief says it: a one-word common noun ("Army" at the start of
 * a headline, "spokesman") is "the army", "the spokesman"; a plural ("officials") and a name stay.
 */
export function speakerAsSaid(s: Pick<Statement, "attribution" | "speaker">): string | null {
  const who = s.attribution;
  if (!who) return null;
  // Only a common noun: one word that extraction read as a state body, an office or no one in particular, not a name.
  const common = s.speaker && !s.speaker.name && (s.speaker.kind === "state" || s.speaker.kind === "official" || s.speaker.kind === "unnamed");
  if (!common || !/^\p{L}+$/u.test(who) || /\p{Lu}/u.test(who.slice(1))) return who;
  const word = who.toLowerCase();
  return /s$/.test(word) ? word : `the ${word}`;
}

/**
 * The group figures a count of people is made of: civilians and security forces whose bests
 * add up to it exactly (both exact counts). Militants are not among "people killed" as
 * reports count them. Empty when they do not add up.
 */
export function victimsMadeOf(figures: Figure[]): Figure[] {
  const victims = figures.find((f) => f.group === "victims" && f.best > 0);
  const parts = figures.filter((f) => (f.group === "civilians" || f.group === "security_forces") && f.best > 0 && f.status !== "disputed");
  if (!victims || parts.length < 2 || victims.status === "disputed") return [];
  const exact = (f: Figure): boolean => (f.bestQualifier ?? f.statements.find((s) => s.value === f.best && s.scope === "total")?.qualifier ?? "exact") === "exact";
  return parts.every(exact) && exact(victims) && parts.reduce((n, f) => n + f.best, 0) === victims.best ? parts : [];
}

/**
 * Where some figure of the event is disputed, a figure only one source gives is that source's
 * word, not a settled count: the lead says whose it is ("7 militants (one source: military
 * spokesman)"), as it says whose a denial is. Elsewhere the table's "agreed, one source" says so.
 */
export function oneSideWords(f: Figure, contested: boolean): string {
  if (!contested || f.status !== "agreed" || f.sources !== 1 || f.best === 0) return "";
  const stated = f.statements.find((s) => s.value === f.best && s.scope === "total") ?? f.statements.find((s) => s.value === f.best);
  const who = stated ? speakerAsSaid(stated) : null;
  return ` (one source${who ? `: ${who}` : ""})`;
}

/** What, when, where and who, in one paragraph of plain text. */
export function eventSummary(view: ReportView, event: Event): string {
  const sentences: string[] = [];
  const what: string[] = [];
  const contested = event.figures.some((f) => f.status === "disputed");
  for (const measure of [...new Set(event.figures.map((f) => f.measure))].filter((m) => m !== "attackers")) {
    const figures = event.figures.filter((f) => f.measure === measure);
    const groups = figures.filter((f) => f.group !== "all" && !sameCountAsAGroup(f, figures));
    const word = (f: Figure): string => `${bestWords(f)} ${GROUP_NOUN[f.group].toLowerCase()}${f.status === "disputed" ? " (disputed)" : oneSideWords(f, contested)}`;
    // "50 people" that are the 33 civilians and 17 security forces is said so, not as a fourth tally beside them.
    const inside = victimsMadeOf(groups);
    const counted = groups
      .filter((f) => f.best > 0 && !inside.includes(f))
      .map((f) => (f.group === "victims" && inside.length > 0 ? `${word(f)} (${listWords(inside.map(word))})` : word(f)));
    if (counted.length > 0) what.push(`${listWords(counted)} ${measure}`);
    // "No one was hurt" is one side's word, not a count: said with whose it is.
    for (const f of groups.filter((g) => g.best === 0)) {
      const denial = f.statements.find((x) => x.value === 0 && x.scope === "total");
      const who = denial ? speakerAsSaid(denial) : null;
      what.push(`no ${GROUP_NOUN[f.group].toLowerCase()} ${measure}${who ? `, according to ${who}` : ""}${f.status === "disputed" ? " (disputed)" : ""}`);
    }
    const all = figures.find((f) => f.group === "all");
    if (all) what.push(`${bestWords(all)} ${measure} in all, attackers included${all.status === "disputed" ? " (disputed)" : ""}${allTotalNote(figures, all)}`);
  }
  const attackers = event.figures.find((f) => f.measure === "attackers");
  const when = formatWhen(event.start, event.end);
  // Where: the places of the event's main country; others the reports name (a capital that
  // spoke, a neighbour that was accused) are not where it happened.
  const main = mainPlace(event);
  const mainCountry = main?.country ?? null;
  const inCountry = event.places.filter((p) => !mainCountry || p.country === mainCountry);
  const named = inCountry.filter((p) => p.name !== countryName(p.country)).slice(0, 6);
  const places = named.map((p) => p.name);
  const countries = mainCountry ? [countryName(mainCountry)!] : [];
  const where = places.length > 0 ? `in ${listWords(places)}${countries.length > 0 ? ` (${countries.join(", ")})` : ""}` : countries.length > 0 ? `in ${listWords(countries)}` : null;
  const opening = [when ? when[0].toUpperCase() + when.slice(1) : null, where].filter(Boolean).join(", ");
  if (what.length > 0) sentences.push(`${opening ? `${opening}: ` : ""}${what.join("; ")}, by the best current figures.`);
  else if (opening) sentences.push(`${opening}.`);
  // A place named but not geocoded is said to be so, never shown at a guessed point.
  const unplaced = named.filter((x) => x.lat === null);
  if (unplaced.length > 0) sentences.push(notGeocodedWords(unplaced));
  if (attackers) sentences.push(`The reports put the attackers at ${bestWords(attackers)}.`);
  // Who took part, by their part: an actor only mentioned (a party that condemned, a
  // background ally) is not "involved" when some actor has a part.
  // Targets (what was attacked, named by what it is) come after the actors, the most reported four.
  const withPart = event.actors.filter((a) => a.parts?.length && a.kind !== "target");
  const targets = event.actors.filter((a) => a.kind === "target").slice(0, 4);
  const actors = [...(withPart.length ? withPart.slice(0, 6) : event.actors.filter((a) => a.kind !== "target").slice(0, 5)), ...targets].map((a) => {
    const others = a.aliases.filter((x) => x !== a.name);
    const kind = a.kind === "target" ? [] : [a.kind.replace("_", " ")];
    const parts = [...kind, ...(a.parts ?? [])].join(", ");
    return `${a.name} (${parts}${others.length > 0 ? `; also "${others.join('", "')}"` : ""})`;
  });
  if (actors.length > 0) sentences.push(`Involved: ${listWords(actors)}.`);
  sentences.push(`${sourcesSummary(view, event.documents)}.`);
  return sentences.join(" ");
}

/** A family as one event sees it: its members among the event's reports, and what kind of story it is. */
export interface EventSource {
  id: string;
  members: string[];
  /** "AP story", "story" */
  kind: string;
}

export function familiesOf(view: ReportView, documents: string[]): EventSource[] {
  const byFamily = new Map<string, string[]>();
  for (const d of documents) {
    const fam = view.familyOf(d);
    if (!byFamily.has(fam)) byFamily.set(fam, []);
    byFamily.get(fam)!.push(d);
  }
  return [...byFamily.entries()].map(([id, members]) => {
    const wires = [...new Set(members.map((m) => view.documents.get(m)?.wire).filter((w): w is string => !!w))];
    return { id, members: members.sort(), kind: wires.length === 1 ? `${wires[0]} story` : "story" };
  });
}

/** "5 reports from 3 independent sources; 3 of them are one AP story (000, 001, 003)". */
export function sourcesSummary(view: ReportView, documents: string[]): string {
  const families = familiesOf(view, documents);
  const n = documents.length;
  const head = `${n} report${n === 1 ? "" : "s"} from ${families.length} independent source${families.length === 1 ? "" : "s"}`;
  const copies = families
    .filter((f) => f.members.length > 1)
    .map((f) => `${f.members.length === n ? "all" : `${f.members.length} of them`} one ${f.kind} (${f.members.map((m) => label(view, m)).join(", ")})`);
  return copies.length > 0 ? `${head}; ${copies.join("; ")}` : head;
}

/** How one document relates to others: "version of 000 (this one newer)". */
export function lineageNotes(view: ReportView, id: string): string[] {
  return view.report.lineage
    .filter((l) => l.a === id || l.b === id)
    .map((l) => {
      const other = l.a === id ? l.b : l.a;
      const order = l.newer === id ? ", this one newer" : l.newer === other ? ", this one older" : "";
      return `${l.relation} of ${label(view, other)} (${Math.round(l.similarity * 100)}% alike${order})`;
    });
}

export interface TimelinePoint {
  date: string | null;
  value: number;
  statements: Statement[];
  /** A later version of the same story gives another value: this one was replaced ("replaced by 001's update"). */
  replacedBy?: string[];
  /** The same value was first reported on an earlier date: this one repeats it. */
  repeats?: string;
}

/**
 * Total-scope values by the date each was reported, oldest first, undated ones last; within
 * a day, by lineage (an older version before its update), then by value. A value a later
 * version of its story replaced, and a value that repeats an earlier day's, are marked.
 */
export function timeline(f: Figure, view?: ReportView): TimelinePoint[] {
  // Each report's words for a value of a day are its barest ("31" over its own "at least 31");
  // reports whose words differ ("17" and "at least 17") are two points, so none loses its qualifier.
  const totals = f.statements.filter((s) => s.scope === "total");
  const dayValue = (s: Statement): string => `${s.reported ?? "~"}|${s.value}`;
  const wordsOf = new Map<string, string>();
  for (const s of totals) {
    const key = `${dayValue(s)}|${s.document}`;
    const words = qualified(s);
    const held = wordsOf.get(key);
    if (held === undefined || words.length < held.length) wordsOf.set(key, words);
  }
  const points = new Map<string, TimelinePoint>();
  for (const s of totals) {
    const key = `${dayValue(s)}|${wordsOf.get(`${dayValue(s)}|${s.document}`)}`;
    if (!points.has(key)) points.set(key, { date: s.reported, value: s.value, statements: [] });
    points.get(key)!.statements.push(s);
  }
  const families = view?.report.families ?? [];
  // How many reports each one is known to be later than: an older version ranks lower.
  const depth = new Map<string, number>();
  for (const fam of families) for (const [, newer] of fam.later) depth.set(newer, (depth.get(newer) ?? 0) + 1);
  const rank = (p: TimelinePoint): number => Math.min(...p.statements.map((s) => depth.get(s.document) ?? 0));
  const list = [...points.values()].sort((a, b) => (a.date ?? "~").localeCompare(b.date ?? "~") || rank(a) - rank(b) || a.value - b.value || pointWords(a).length - pointWords(b).length);
  const versions = families.flatMap((fam) => fam.versions);
  for (const p of list) {
    const documents = new Set(p.statements.map((s) => s.document));
    // A later version of the story behind the value says otherwise; the value's other
    // reports are the same story (copies, rewrites), so they carry the replaced count too.
    const newer = [...documents].flatMap((d) => versions.filter(([older]) => older === d).map(([, n]) => n))
      .filter((n) => !documents.has(n) && f.statements.some((s) => s.document === n && s.scope === "total" && s.value !== p.value));
    const family = (d: string): string => view?.familyOf(d) ?? d;
    if (newer.length && [...documents].every((d) => newer.some((n) => family(n) === family(d)))) p.replacedBy = [...new Set(newer)].sort();
    const first = list.find((q) => q.value === p.value && q.date && p.date && q.date < p.date);
    if (first) p.repeats = first.date!;
  }
  return list;
}

/** A timeline value in words with its qualifier ("at least 296"): the barest of its statements' words (one report's own, see `timeline`). */
export function pointWords(p: Pick<TimelinePoint, "statements" | "value">): string {
  return p.statements.map(qualified).sort((a, b) => a.length - b.length)[0] ?? String(p.value);
}

/** "replaced by 001's update", "repeats the figure of 2026-02-01": what a timeline value is, in words. */
export function timelineNote(view: ReportView, p: TimelinePoint): string {
  const notes: string[] = [];
  if (p.replacedBy?.length) notes.push(`replaced by ${listWords(p.replacedBy.map((d) => `${label(view, d)}'s update`))}`);
  if (p.repeats) notes.push(`repeats the figure of ${p.repeats}`);
  return notes.join("; ");
}

/**
 * Where a quote sits: its report, paragraph and sentence ("001, paragraph 3, sentence 2"), as
 * extraction placed it; a figure read from the title is cited as the headline.
 */
export function citation(view: ReportView, s: Pick<Statement, "document" | "place" | "start" | "end"> & { rule?: string }): { document: string; where: string } {
  // (`s.place` is missing only in a run stored before statements carried it.)
  const where = s.place ? `paragraph ${s.place.paragraph}, sentence ${s.place.sentence}` : s.rule?.startsWith("headline:") ? "headline" : `characters ${s.start}–${s.end}`;
  return { document: label(view, s.document), where };
}

/** Claims no evidence denies are not disputed: the brief lists them apart. */
export const isDisputed = (a: Assertion): boolean => a.evidence ? a.evidence.some((e) => e.stance === "denies") : a.disputedBy.length > 0;

const STANCE_WORDS: Record<ClaimEvidence["stance"], string> = {
  asserts: "asserted by",
  denies: "denied by",
  "no-response": "no response from",
  reports: "reported by",
};

/**
 * "asserted by X, Y; denied by Z; no response from India": who stands how, each once, in the
 * evidence's order. Two wordings of one actor ("New Delhi", "India") are that actor's name once,
 * never a list a reader takes for a place ("New Delhi, India").
 */
export function claimSummary(a: Assertion, actors: Pick<Event["actors"][number], "name" | "aliases">[] = []): string {
  // (`a.evidence` is missing only in a run stored before claims carried it.)
  if (!a.evidence) return [a.by.length ? `asserted by ${a.by.join(", ")}` : "", a.disputedBy.length ? `denied by ${a.disputedBy.join(", ")}` : ""].filter(Boolean).join("; ");
  const parts: string[] = [];
  for (const stance of ["asserts", "reports", "denies", "no-response"] as const) {
    const said = [...new Set(a.evidence.filter((e) => e.stance === stance).map((e) => e.who ?? "the report itself"))];
    const actorOf = (w: string): string => actors.find((x) => x.name === w || x.aliases.includes(w))?.name ?? w;
    const who = [...new Set(said.map((w) => (said.filter((o) => actorOf(o) === actorOf(w)).length > 1 ? actorOf(w) : w)))];
    if (who.length) parts.push(`${STANCE_WORDS[stance]} ${who.join(", ")}`);
  }
  if (!parts.some((p) => p.startsWith("denied"))) parts.push("no denial reported");
  return parts.join("; ");
}

/** One line of evidence: "denied by India, 2026-02-01". */
export const evidenceHead = (x: ClaimEvidence): string => `${STANCE_WORDS[x.stance]} ${x.who ?? "the report itself"}${x.reported ? `, ${x.reported}` : ""}`;

export function documentName(view: ReportView, id: string): string {
  const d = view.documents.get(id);
  if (!d) return id;
  // Outlet and date; nothing when neither is known (the source path is shown beside it).
  return [d.outlet ?? d.wire ?? null, d.published].filter(Boolean).join(", ");
}

/** "Jaffar Express attack (2025-03)", without repeating a date the title already holds. */
export function relatedTitle(r: { title: string; when: string | null }): string {
  // A title that already ends in the date ("… (2025-03)") is not dated twice.
  return r.when && !r.title.includes(r.when) && !r.title.includes(`(${r.when.slice(0, 7)})`) ? `${r.title} (${r.when})` : r.title;
}
