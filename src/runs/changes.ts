// What changed between two stored runs, event by event: a figure that moved (with the source
// and date of the statement behind the new figure), a new version of a document (with how
// many of its sentences changed), a new report joining an event, a new event. `watch` prints
// these after each poll; the server serves them as JSON and as an Atom feed.
import type { Event, Figure, Report, ReportDocument } from "../types.ts";
import type { Store } from "../store/index.ts";
import { splitSentences } from "../text/sentences.ts";
import { SENTENCES_CHANGED } from "./versions.ts";

interface ChangeBase {
  /** The run that saw the change, and when it was made. */
  run: number;
  at: string;
  /** The event in that run, by id and title. */
  event: string;
  eventTitle: string;
  /** The change as one line for people. */
  text: string;
}

export type Change =
  | (ChangeBase & { kind: "new-event" })
  | (ChangeBase & { kind: "figure"; measure: Figure["measure"]; group: Figure["group"]; before: number | null; after: number; source: string; date: string | null; document: string | null })
  | (ChangeBase & { kind: "new-version"; document: string; title: string; sentencesChanged: number })
  | (ChangeBase & { kind: "new-report"; document: string; title: string; source: string });

/** The changes in `after` against `before` (null: everything in `after` is new). */
export function changesBetween(before: Report | null, after: Report, run: { id: number; generatedAt: string }): Change[] {
  const changes: Change[] = [];
  const oldDocs = new Map((before?.documents ?? []).map((d) => [d.id, d]));
  const newDocs = new Map(after.documents.map((d) => [d.id, d]));
  for (const event of after.events) {
    const base = { run: run.id, at: run.generatedAt, event: event.id, eventTitle: event.title };
    const earlier = before ? matchingEvent(event, before.events) : null;
    if (!earlier) {
      const figures = event.figures.map((f) => `${figureLabel(f)} ${f.best}`).join(", ");
      changes.push({ ...base, kind: "new-event", text: `New event: ${event.title} (${plural(event.documents.length, "report")})${figures ? `: ${figures}` : ""}` });
      continue;
    }
    for (const figure of event.figures) {
      const was = earlier.figures.find((f) => f.measure === figure.measure && f.group === figure.group);
      if (was && was.best === figure.best) continue;
      const behind = statementBehind(figure, newDocs);
      const label = figureLabel(figure);
      const from = [behind.source, shortDate(behind.date)].filter(Boolean).join(", ");
      changes.push({
        ...base,
        kind: "figure",
        measure: figure.measure,
        group: figure.group,
        before: was?.best ?? null,
        after: figure.best,
        source: behind.source,
        date: behind.date,
        document: behind.document,
        text: `${label}: ${was ? `${was.best} -> ` : "new, "}${figure.best}${from ? ` (${from})` : ""}`,
      });
    }
    const earlierDocs = new Set(earlier.documents);
    for (const id of event.documents) {
      const now = newDocs.get(id)!;
      const then = oldDocs.get(id);
      if (then && then.text !== now.text) {
        // The count lineage gave when the version was stored, else the sentences compared here.
        const noted = now.messages.find((m) => m.rule === "new-version" && SENTENCES_CHANGED.test(m.reason));
        const sentencesChanged = noted ? Number(SENTENCES_CHANGED.exec(noted.reason)![1]) : changedSentences(then.text, now.text);
        changes.push({ ...base, kind: "new-version", document: id, title: titleOf(now), sentencesChanged, text: `new version of '${titleOf(now)}' (${plural(sentencesChanged, "sentence")} changed)` });
      } else if (!then && !earlierDocs.has(id)) {
        const source = sourceLabel(now);
        changes.push({ ...base, kind: "new-report", document: id, title: titleOf(now), source, text: `new report: '${titleOf(now)}'${source ? ` (${source})` : ""}` });
      }
    }
  }
  return changes;
}

/**
 * The changes every stored run made after `since` (ISO time; all runs when null), oldest
 * first: as stored with each run, and worked out from the runs' reports only for runs stored
 * without them (before the store kept changes).
 */
export async function changesSince(store: Store, since: string | null): Promise<Change[]> {
  const stored = new Map((await store.runChanges(since)).map((r) => [r.run, r.changes as Change[]]));
  const unstored = (await store.runs()).filter((r) => (since === null || r.generatedAt > since) && !stored.has(r.id));
  const byRun = new Map(stored);
  for (const summary of unstored) byRun.set(summary.id, await changesOfRun(store, summary.id));
  return [...byRun.keys()].sort((a, b) => a - b).flatMap((id) => byRun.get(id)!);
}

/** One run's changes from its report and the report of the run before (every run re-read). */
export async function changesOfRun(store: Store, id: number): Promise<Change[]> {
  const [run, previous] = await Promise.all([store.run(id), id > 1 ? store.run(id - 1) : Promise.resolve(null)]);
  return run ? changesBetween(previous?.report ?? null, run.report, run) : [];
}

/** The earlier event sharing the most reports with this one: events keep no id across runs. */
function matchingEvent(event: Event, earlier: Event[]): Event | null {
  let best: Event | null = null;
  let shared = 0;
  const mine = new Set(event.documents);
  for (const candidate of earlier) {
    const count = candidate.documents.filter((d) => mine.has(d)).length;
    if (count > shared) [best, shared] = [candidate, count];
  }
  return best;
}

/** The statement that gives the figure its best value, the latest reported first. */
function statementBehind(figure: Figure, documents: Map<string, ReportDocument>): { source: string; date: string | null; document: string | null } {
  const giving = figure.statements.filter((s) => s.value === figure.best);
  const pool = giving.length ? giving : figure.statements;
  const latest = [...pool].sort((a, b) => (b.reported ?? "").localeCompare(a.reported ?? ""))[0];
  if (!latest) return { source: "", date: figure.asOf, document: null };
  const doc = documents.get(latest.document);
  const outlet = doc ? sourceLabel(doc) : "";
  const speaker = latest.attribution && !outlet.includes(latest.attribution) ? latest.attribution : "";
  return { source: [speaker, outlet].filter(Boolean).join(" in ") || latest.document, date: latest.reported ?? doc?.published ?? null, document: latest.document };
}

/** "AP via The Independent": the wire that wrote it and the outlet that ran it. */
function sourceLabel(doc: ReportDocument): string {
  if (doc.wire && doc.outlet && doc.wire !== doc.outlet) return `${doc.wire} via ${doc.outlet}`;
  return doc.outlet ?? doc.wire ?? "";
}

const GROUP_WORDS: Record<Figure["group"], string> = { civilians: "Civilians", security_forces: "Security forces", militants: "Militants", victims: "Victims", all: "People" };

function figureLabel(figure: Figure): string {
  return `${GROUP_WORDS[figure.group]} ${figure.measure}`;
}

const DAY_MONTH = new Intl.DateTimeFormat("en-US", { day: "numeric", month: "short", timeZone: "UTC" });

/** "2026-02-02" as "2 Feb" (day first, as the news writes it in the issue's own example). */
function shortDate(iso: string | null): string {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return "";
  const parts = DAY_MONTH.formatToParts(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("day")} ${part("month")}`;
}

/** Sentences in one text and not the other, a rewritten sentence counted once (the larger side). */
export function changedSentences(before: string, after: string): number {
  const count = (text: string): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const span of splitSentences(text)) {
      const sentence = text.slice(span.start, span.end).replace(/\s+/g, " ").trim();
      if (sentence) counts.set(sentence, (counts.get(sentence) ?? 0) + 1);
    }
    return counts;
  };
  const a = count(before);
  const b = count(after);
  let dropped = 0;
  let added = 0;
  for (const [sentence, n] of a) dropped += Math.max(0, n - (b.get(sentence) ?? 0));
  for (const [sentence, n] of b) added += Math.max(0, n - (a.get(sentence) ?? 0));
  return Math.max(dropped, added);
}

const titleOf = (doc: ReportDocument): string => doc.title ?? doc.id;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
