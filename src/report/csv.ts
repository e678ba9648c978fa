// The report as CSV (RFC 4180): one row per figure of every event, CRLF line ends, fields
// quoted when they hold a comma, a quote or a line break.
import type { Report } from "../types.ts";
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
  "urls",
] as const;

export function csvField(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(report: Report): string {
  const rows: (string | number | null)[][] = [[...CSV_COLUMNS]];
  const urls = new Map(report.documents.map((d) => [d.id, d.url ?? null]));
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
        [...new Set(f.statements.map((s) => urls.get(s.document)).filter((u): u is string => !!u))].join(" ") || null,
      ]);
    }
  }
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
