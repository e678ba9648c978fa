// The report as Markdown: per event a headline, a summary paragraph, the figures table,
// how each figure changed, disputed claims, cited quotes and the sources with their lineage.
import type { Event, Figure, Report } from "../types.ts";
import { figuresTableMarkdown } from "./figure-table.ts";
import {
  bestWords,
  citation,
  claimSummary,
  evidenceHead,
  isDisputed,
  documentName,
  eventSummary,
  pointWords,
  familiesOf,
  figureLabel,
  label,
  lineageNotes,
  qualified,
  relatedTitle,
  sourcesSummary,
  timeline,
  timelineNote,
  partNote,
  ruleLine,
  viewOf,
  type ReportView,
} from "./view.ts";

/** Text from the articles, made inert: no HTML, no links, no table breaks, no emphasis. */
export function mdText(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`)
    .trim();
}

/** A link to an article's address: only http(s), its brackets and spaces escaped so it stays one link. */
export function mdLink(url: string): string {
  if (!/^https?:\/\//i.test(url)) return code(url);
  return `[${mdText(url)}](${url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`)})`;
}

const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``;

export function renderMarkdown(report: Report): string {
  const view = viewOf(report);
  const out: string[] = [];
  out.push("# crosscheck report", "");
  out.push(`Generated ${mdText(report.generatedAt)} from ${report.documents.length} report${report.documents.length === 1 ? "" : "s"}: ${report.events.length} event${report.events.length === 1 ? "" : "s"}.`, "");
  if (report.events.length > 1) {
    report.events.forEach((event, i) => {
      const lead = event.figures[0];
      out.push(`${i + 1}. ${mdText(event.title)}${event.start ? ` (${event.start}${event.end && event.end !== event.start ? ` – ${event.end}` : ""})` : ""}${lead ? `: ${figureLabel(lead).toLowerCase()} ${bestWords(lead)}` : ""}`);
    });
    out.push("");
  }
  for (const event of report.events) out.push(...eventSection(view, event));
  if (report.problems.length > 0) {
    out.push("## Inputs that could not be used", "");
    for (const p of report.problems) out.push(`- ${code(p.source)}: ${mdText(p.reason)}`);
    out.push("");
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n");
}

function eventSection(view: ReportView, event: Event): string[] {
  const out: string[] = [`## ${mdText(event.title)}`, "", mdText(eventSummary(view, event)), ""];
  if (event.figures.length > 0) {
    out.push("### Figures", "", ...figuresTableMarkdown(event.figures));
    out.push("", "### How the figures changed", "");
    for (const f of event.figures) out.push(`- **${figureLabel(f)}**: ${timelineLine(view, f)}`);
    out.push("");
    const why = event.figures.filter((f) => f.rules.some((r) => r.startsWith("disputed") || r.startsWith("best")));
    if (why.length > 0) {
      out.push("### Why these figures", "");
      for (const f of why) {
        const lines = f.rules.filter((r) => /^(best|side|disputed|updated|agreed|stale-repeat|change-explained|later-report|parts-bound)/.test(r));
        out.push(`- **${figureLabel(f)}** (${f.status}): ${lines.map((l) => mdText(ruleLine(view, l))).join("; ")}`);
      }
      out.push("");
    }
  }
  for (const [heading, claims] of [["Disputed claims", event.assertions.filter(isDisputed)], ["Claims no report disputes", event.assertions.filter((a) => !isDisputed(a))]] as const) {
    if (claims.length === 0) continue;
    out.push(`### ${heading}`, "");
    for (const a of claims) {
      out.push(`- “${mdText(a.claim)}” (${a.kind ?? "other"}): ${mdText(claimSummary(a, event.actors))} (${a.documents.map((d) => code(label(view, d))).join(", ")})`);
      for (const x of a.evidence ?? []) {
        const where = citation(view, x);
        out.push(`  - ${mdText(evidenceHead(x))}: “${mdText(x.quote)}” ${code(where.document)}, ${where.where}`);
      }
    }
    out.push("");
  }
  const attacked = event.actors.filter((a) => a.parts?.includes("target") && a.evidence?.length);
  if (attacked.length > 0) {
    out.push("### Who or what was attacked", "");
    for (const a of attacked) {
      out.push(`- **${mdText(a.name)}** (${[...new Set(a.evidence!.map((x) => label(view, x.document)))].map(code).join(", ")})`);
      for (const x of a.evidence!) {
        const where = citation(view, x);
        out.push(`  - “${mdText(x.quote)}” ${code(where.document)}, ${where.where}`);
      }
    }
    out.push("");
  }
  if (event.figures.length > 0) {
    out.push("### Quotes", "");
    for (const f of event.figures) out.push(...quotes(view, f));
  }
  if (event.related.length > 0) {
    out.push("### Background events the reports mention", "");
    for (const r of event.related) {
      const figs = r.figures.map((f) => `${figureLabel(f).toLowerCase()}: ${bestWords(f)}`).join(", ");
      out.push(`- ${mdText(relatedTitle(r))}${figs ? `: ${figs}` : ""}; in ${r.documents.map((d) => code(label(view, d))).join(", ")}`);
    }
    out.push("");
  }
  out.push("### Sources", "", `${mdText(sourcesSummary(view, event.documents))}.`, "");
  if (event.evidence.length) out.push(`Why these reports are one event: ${mdText(event.evidence.join("; "))}.`, "");
  for (const family of familiesOf(view, event.documents)) {
    for (const id of family.members) {
      const d = view.documents.get(id);
      const notes = lineageNotes(view, id);
      const title = d?.title ? ` “${mdText(d.title)}”` : "";
      out.push(`- ${code(label(view, id))} ${mdText(documentName(view, id))}${title}${d?.dateline ? `, ${mdText(d.dateline)}` : ""}${notes.length > 0 ? `; ${mdText(notes.join("; "))}` : ""} (${d?.url ? `${mdLink(d.url)}, ` : ""}${code(d?.source ?? id)})`);
    }
  }
  out.push("");
  return out;
}

function timelineLine(view: ReportView, f: Figure): string {
  const byDate = new Map<string, string[]>();
  for (const p of timeline(f, view)) {
    const date = p.date ?? "undated";
    if (!byDate.has(date)) byDate.set(date, []);
    const note = timelineNote(view, p);
    const docs = [...new Set(p.statements.map((s) => label(view, s.document)))].join(", ") + (note ? `; ${note}` : "");
    byDate.get(date)!.push(`${pointWords(p)} (${docs})`);
  }
  const steps = [...byDate.entries()].map(([date, values]) => `${date}: ${values.join(", ")}`);
  return `${steps.join(" → ")}; best ${bestWords(f)}${f.status === "disputed" ? " (disputed)" : ""}`;
}

function quotes(view: ReportView, f: Figure): string[] {
  const out = [`#### ${figureLabel(f)}`, ""];
  for (const s of f.statements) {
    const where = citation(view, s);
    const speaker = s.attribution ? `${mdText(s.attribution)}` : "the report itself";
    const note = partNote(s);
    const part = !note ? "" : note.quoted ? ` — a part (“${mdText(note.words)}”), not a total` : ` — not a total${note.words ? ` (${mdText(note.words)})` : ""}`;
    out.push(`- **${qualified(s)}**${part}: “${mdText(s.quote)}” — ${speaker}; ${code(where.document)}, ${where.where}${s.reported ? `, ${s.reported}` : ""}`);
  }
  out.push("");
  return out;
}
