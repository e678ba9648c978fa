// One report in any of the formats the CLI and the server offer, by name.
import type { Report } from "../types.ts";
import { renderCsv } from "./csv.ts";
import { renderHtml } from "./html.ts";
import { renderMarkdown } from "./markdown.ts";

export type Format = "json" | "md" | "html" | "csv";

export function render(report: Report, format: Format): string {
  if (format === "json") return `${JSON.stringify(report, null, 2)}\n`;
  if (format === "md") return renderMarkdown(report);
  if (format === "html") return renderHtml(report);
  return renderCsv(report);
}
