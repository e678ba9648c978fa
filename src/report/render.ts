// One report in any of the formats the CLI and the server offer, by name.
import type { Report } from "../types.ts";
import type { Format } from "./formats.ts";
export { FORMATS, MEDIA_TYPES, type Format } from "./formats.ts";
import { renderCsv } from "./csv.ts";
import { renderAcledCsv, renderGeoJson, renderStatementsCsv, renderUcdpCsv } from "./exports.ts";
import { renderHtml } from "./html.ts";
import { renderMarkdown } from "./markdown.ts";
import { jsonChunks } from "./json-chunks.ts";

/** The rendering in pieces to write one after another: JSON is never held whole (json-chunks.ts). */
export function renderChunks(report: Report, format: Format): Iterable<string> {
  return format === "json" ? jsonChunks(report) : [render(report, format)];
}

export function render(report: Report, format: Format): string {
  if (format === "json") return `${JSON.stringify(report, null, 2)}\n`;
  if (format === "md") return renderMarkdown(report);
  if (format === "html") return renderHtml(report);
  if (format === "statements") return renderStatementsCsv(report);
  if (format === "ucdp") return renderUcdpCsv(report);
  if (format === "acled") return renderAcledCsv(report);
  if (format === "geojson") return renderGeoJson(report);
  return renderCsv(report);
}
