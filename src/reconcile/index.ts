// reconcile: one Event per cluster, its figures reconciled across reports by the rules in
// docs/reconciliation.md. Pure: no clock, no I/O.
import { everyoneKilled, shotIncludesKilled, splitVersusAll } from "./consistency.ts";
import type { Cluster, CleanDocument, Event, Extraction, Family, Figure, RelatedEvent, Statement } from "../types.ts";
import { eventDates, eventTitle, mergeActors, mergeAssertions, mergePlaces, rankActorsByPart } from "./event-fields.ts";
import { indexFamilies, type Lineage } from "./families.ts";
import { markElsewhereAndEarlier } from "./elsewhere.ts";
import { reconcileStatements } from "./figures.ts";
import { tollStatements } from "./toll.ts";
import { withholdDoubtful } from "./confidence.ts";

export interface ReconcileEventInput {
  cluster: Cluster;
  documents: CleanDocument[];
  extractions: Extraction[];
  /** Lineage's families (of every report; each event keeps to its own members). */
  families: Family[];
}


/**
 * The figures of a set of statements, one per (measure, group) that has a total-scope
 * statement, each of lineage's `families` counted once and spoken for by its newest
 * version, the most specific source (`Statement.speaker`) first among equals.
 */
export function reconcileFigures(statements: Statement[], families: Family[]): Figure[] {
  return reconcileStatements(statements, indexFamilies(families));
}

export interface ReconcileOptions {
  /**
   * Withhold figures the learned confidence doubts (confidence.ts). Off by default: on
   * gva-train's held-out half it raised precision (0.701 -> 0.735) at a recall cost (0.599 ->
   * 0.536) that the rules do not pay (docs/evaluation.md, figures, round 6).
   */
  withhold?: boolean;
}

export function reconcileEvent(input: ReconcileEventInput, options: ReconcileOptions = {}): Event {
  const { cluster } = input;
  const inCluster = new Set(cluster.documents);
  // Only this event's reports count in its families.
  const lineage = indexFamilies(input.families, inCluster);
  const documents = input.documents.filter((d) => inCluster.has(d.id));
  const extractions = input.extractions.filter((x) => inCluster.has(x.document));

  const dates = eventDates(extractions, documents);
  // Extraction judged each sentence within its report; the event knows where and when it happened.
  const statements = markElsewhereAndEarlier(extractions.flatMap((x) => x.statements), extractions, documents, dates.start);
  const own = tollStatements(statements.filter((s) => !s.background));
  // Rules across figures come after each figure is reconciled on its own.
  const reconciled = shotIncludesKilled(everyoneKilled(splitVersusAll(reconcileStatements(own, lineage))));
  const background = relatedEvents(extractions, statements.filter((s) => !!s.background), lineage);
  // A figure the learned confidence doubts is withheld: moved to `related` with its reason, never dropped.
  const { figures, related } = options.withhold ? withholdDoubtful(reconciled, background, cluster.documents) : { figures: reconciled, related: background };

  const places = mergePlaces(extractions);
  const actors = mergeActors(extractions);
  const assertions = mergeAssertions(extractions, actors);
  return {
    id: cluster.id,
    title: eventTitle(documents, extractions, places, figures),
    documents: [...cluster.documents],
    ...dates,
    places: places.map(({ name, country, lat, lon, mentions, near }) => ({ name, country, lat, lon, mentions, ...(near ? { near } : {}) })),
    actors: rankActorsByPart(actors, figures, assertions),
    figures,
    assertions,
    related,
    evidence: [...cluster.evidence],
  };
}

/** Background events the reports mention, keyed by background key, each with its own figures. */
function relatedEvents(extractions: Extraction[], background: Statement[], lineage: Lineage): RelatedEvent[] {
  const byKey = new Map<string, { title: string; when: string | null; documents: Set<string>; statements: Statement[] }>();
  const entry = (key: string, title: string, when: string | null) => {
    if (!byKey.has(key)) byKey.set(key, { title, when, documents: new Set(), statements: [] });
    const found = byKey.get(key)!;
    found.when ??= when;
    // The fullest name any report gives ("Jaffar Express attack" over "Jaffar attack").
    if (title.length > found.title.length && title !== key) found.title = title;
    return found;
  };
  for (const x of extractions) {
    for (const b of x.background) entry(b.key, b.title, b.when).documents.add(b.document);
  }
  for (const s of background) {
    const key = s.background!;
    const found = entry(key, key, null);
    found.documents.add(s.document);
    found.statements.push(s);
  }
  return [...byKey.values()]
    .map((r) => ({
      title: r.title,
      when: r.when,
      documents: [...r.documents].sort(),
      figures: reconcileStatements(r.statements, lineage),
    }))
    .sort((a, b) => b.documents.length - a.documents.length || a.title.localeCompare(b.title));
}
