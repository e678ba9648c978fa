// The report as CSV (RFC 4180): one row per figure of every event (its best, range, status,
// qualifier, sources, documents and URLs), CRLF line ends, fields
// quoted when they hold a comma, a quote or a line break.
import type { Report, ReportDocument } from "../types.ts";
import { bestWords, mainPlace } from "./view.ts";

export const CSV_COLUMNS = [
  "event_id",
  "event_title",
  "start",
  "end",
  "country",
  "place",
  "lat",
  "lon",
  "measure",
  "group",
  "best",
  "low",
  "high",
  "status",
  "as_of",
  "sources",
  "best_words",
  // Appended, so that scripts reading the first sixteen columns by position keep working.
  "qualifier",
  "statements",
  "documents",
  "urls",
] as const;

/** A document's URL: its source when that is a web address (a feed item's "url#id" is not). */
export const urlOf = (doc: ReportDocument | undefined): string | null => doc?.url ?? (doc && /^https?:\/\/[^#\s]+$/i.test(doc.source) ? doc.source : null);

export function csvField(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(report: Report): string {
  const docs = new Map(report.documents.map((d) => [d.id, d]));
  const rows: (string | number | null)[][] = [[...CSV_COLUMNS]];
  for (const event of report.events) {
    const place = mainPlace(event);
    for (const f of event.figures) {
      rows.push([
        event.id,
        event.title,
        event.start,
        event.end,
        place?.country ?? null,
        place?.name ?? null,
        place?.lat ?? null,
        place?.lon ?? null,
        f.measure,
        f.group,
        f.best,
        f.low,
        f.high,
        f.status,
        f.asOf,
        f.sources,
        // The best with its qualifier ("nearly 200"): `best` alone drops it.
        bestWords(f),
        // The best figure's own qualifier ("at_least"), from the statement that stated it.
        f.statements.find((s) => s.value === f.best)?.qualifier ?? null,
        f.statements.length,
        [...new Set(f.statements.map((s) => s.document))].join(" "),
        [...new Set(f.statements.map((s) => urlOf(docs.get(s.document))).filter((u): u is string => !!u))].join(" "),
      ]);
    }
  }
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
