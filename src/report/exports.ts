// Exports for people who load events into R, pandas or a GIS: one row per statement, the
// UCDP GED and ACLED column sets (mapping and its gaps in docs/exports.md), and GeoJSON.
// Pure functions of the report; `urlOf` takes a document's URL from its source when the
// source is a web address (the report carries no other URL).
import type { Event, Figure, Report } from "../types.ts";
import { csvField, urlOf } from "./csv.ts";
import { countryName, eventSummary, mainPlace, viewOf } from "./view.ts";

type Cell = string | number | null;

const csv = (rows: Cell[][]): string => rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";

export const STATEMENT_COLUMNS = [
  "event_id", "measure", "group", "value", "qualifier", "scope", "role", "speaker", "speaker_kind", "reported",
  "quote", "document", "outlet", "url", "start", "end", "rule", "figure_best", "figure_status",
] as const;

/** One row per statement behind a figure: value, qualifier, role, speaker, date, quote, document, URL and raw offsets. */
export function renderStatementsCsv(report: Report): string {
  const docs = new Map(report.documents.map((d) => [d.id, d]));
  const rows: Cell[][] = [[...STATEMENT_COLUMNS]];
  for (const event of report.events) {
    for (const f of event.figures) {
      for (const s of f.statements) {
        const doc = docs.get(s.document);
        rows.push([
          event.id, s.measure, s.group, s.value, s.qualifier, s.scope, s.role ?? null, s.attribution, s.speaker?.kind ?? null, s.reported,
          s.quote, s.document, doc?.outlet ?? null, urlOf(doc), s.start, s.end, s.rule, f.best, f.status,
        ]);
      }
    }
  }
  return csv(rows);
}

/** Deaths by side, as UCDP and ACLED count them: best, low and high of the killed figures. */
export interface Deaths {
  securityForces: number | null;
  militants: number | null;
  civilians: number | null;
  /** People killed whose side the reports do not give. */
  unknown: number | null;
  low: number | null;
  best: number | null;
  high: number | null;
}

/**
 * The killed figures by side. The total is the figure for everyone when there is one, else
 * the victims (everyone but the attackers) plus the militants, else the sum of the sides: a
 * "victims" figure already counts civilians and security forces, so they are not added to it.
 */
export function deathsOf(event: Event): Deaths {
  const killed = (group: Figure["group"]) => event.figures.find((f) => f.measure === "killed" && f.group === group) ?? null;
  const [all, victims, militants, civilians, security] = (["all", "victims", "militants", "civilians", "security_forces"] as const).map(killed);
  const parts = all ? [all] : victims ? [victims, militants] : [civilians, security, militants];
  const present = parts.filter((f): f is Figure => f !== null);
  const sum = (key: "low" | "best" | "high"): number | null => (present.length ? present.reduce((n, f) => n + f[key], 0) : null);
  return {
    securityForces: security?.best ?? null,
    militants: militants?.best ?? null,
    civilians: civilians?.best ?? null,
    unknown: victims && !civilians && !security ? victims.best : null,
    low: sum("low"),
    best: sum("best"),
    high: sum("high"),
  };
}

function sourceArticles(report: Report, event: Event): string {
  const docs = new Map(report.documents.map((d) => [d.id, d]));
  return event.documents
    .map((id) => {
      const d = docs.get(id);
      return [d?.outlet, d?.title, d?.published, urlOf(d) ?? id].filter(Boolean).join(", ");
    })
    .join("; ");
}

/**
 * The state of the country where the event happened, as an actor the reports name ("Pakistan's
 * army"); null when none is named: another state the reports mention (one accused, one that
 * condemned) is not a side.
 */
function governmentOf(event: Event): string | null {
  const country = countryName(mainPlace(event)?.country ?? null);
  if (!country) return null;
  return event.actors.find((a) => a.kind === "state" && a.name.includes(country))?.name ?? null;
}

export const UCDP_COLUMNS = [
  "id", "date_start", "date_end", "country", "adm_1", "where_coordinates", "latitude", "longitude", "side_a", "side_b",
  "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best", "high", "source_article", "type_of_violence",
] as const;

/** UCDP GED's columns, one row per event; side A is the state, side B the armed group (docs/exports.md). */
export function renderUcdpCsv(report: Report): string {
  const rows: Cell[][] = [[...UCDP_COLUMNS]];
  for (const event of report.events) {
    const place = mainPlace(event);
    const deaths = deathsOf(event);
    const state = governmentOf(event);
    const group = event.actors.find((a) => a.kind === "armed_group")?.name ?? null;
    rows.push([
      event.id, event.start, event.end ?? event.start, countryName(place?.country ?? null) ?? null, null, place?.name ?? null, place?.lat ?? null, place?.lon ?? null,
      state, group, deaths.securityForces, deaths.militants, deaths.civilians, deaths.unknown, deaths.low, deaths.best, deaths.high,
      sourceArticles(report, event), null,
    ]);
  }
  return csv(rows);
}

export const ACLED_COLUMNS = [
  "event_id_cnty", "event_date", "year", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location",
  "latitude", "longitude", "source", "notes", "fatalities",
] as const;

/** ACLED's columns, one row per event; event types are left empty (crosscheck does not classify events into ACLED's). */
export function renderAcledCsv(report: Report): string {
  const view = viewOf(report);
  const docs = new Map(report.documents.map((d) => [d.id, d]));
  const rows: Cell[][] = [[...ACLED_COLUMNS]];
  for (const event of report.events) {
    const place = mainPlace(event);
    // ACLED's actor1 is the side that acted, actor2 the side acted on: the armed group and the
    // state where the event happened, when the reports name them.
    const actor1 = event.actors.find((a) => a.kind === "armed_group")?.name ?? null;
    const outlets = [...new Set(event.documents.map((d) => docs.get(d)?.outlet).filter((o): o is string => !!o))];
    rows.push([
      event.id, event.start, event.start?.slice(0, 4) ?? null, null, null, actor1, governmentOf(event),
      countryName(place?.country ?? null) ?? null, null, place?.name ?? null, place?.lat ?? null, place?.lon ?? null,
      outlets.join("; ") || null, eventSummary(view, event), deathsOf(event).best ?? 0,
    ]);
  }
  return csv(rows);
}

/** The events as a GeoJSON FeatureCollection: a point at each event's main place (null geometry when it has no coordinates). */
export function renderGeoJson(report: Report): string {
  const view = viewOf(report);
  const features = report.events.map((event) => {
    const place = mainPlace(event);
    const located = place && place.lat !== null && place.lon !== null;
    return {
      type: "Feature",
      id: event.id,
      geometry: located ? { type: "Point", coordinates: [place.lon, place.lat] } : null,
      properties: {
        title: event.title,
        start: event.start,
        end: event.end,
        place: place?.name ?? null,
        country: place?.country ?? null,
        killed: deathsOf(event).best,
        sources: new Set(event.documents.map(view.familyOf)).size,
        documents: event.documents.length,
        page: `/events/${encodeURIComponent(event.id)}`,
      },
    };
  });
  return `${JSON.stringify({ type: "FeatureCollection", features }, null, 2)}\n`;
}
