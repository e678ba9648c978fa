// Parts of the event page an analyst compares with: the figure-by-source grid (who said
// what, when), each figure's timeline in words, and the rules behind a figure in plain words.
import { explainRule } from "../report/rule-words.ts";
import { bestWords, familiesOf, figureLabel, formatDay, label, qualified, type ReportView } from "../report/view.ts";
import type { Event, Figure, Statement } from "../types.ts";
import { esc, seg } from "./layout.ts";

const quoteLink = (s: Statement): string => `/documents/${seg(s.document)}#at-${s.start}`;

/**
 * Rows: the figures; columns: the independent sources (a family of copies is one), each
 * headed by its outlets; a cell lists what that source said for the figure: the value, its
 * date and speaker, linked to the quote.
 */
export function sourceGrid(view: ReportView, event: Event): string {
  if (!event.figures.length) return "";
  const sources = familiesOf(view, event.documents).filter((src) => event.figures.some((f) => f.statements.some((s) => src.members.includes(s.document))));
  if (!sources.length) return "";
  const heads = sources.map((src) => {
    const outlets = [...new Set(src.members.map((m) => view.documents.get(m)?.outlet).filter((o): o is string => !!o))];
    const named = outlets.length ? outlets.join(" / ") : src.members.map((m) => label(view, m)).join(", ");
    const name = src.kind === "story" ? named : `${src.kind}${outlets.length ? ` (${named})` : ""}`;
    const copies = src.members.length > 1 ? `<div class="muted">${src.members.length} reports, one source</div>` : "";
    return `<th scope="col">${esc(name)}${copies}</th>`;
  });
  const rows = event.figures.map((f, i) => {
    const cells = sources.map((src) => {
      const said = f.statements.filter((s) => src.members.includes(s.document));
      if (!said.length) return `<td class="none">—</td>`;
      const lines = said.map((s) => {
        const best = s.value === f.best && s.scope === "total" ? " best" : "";
        const who = s.attribution ? ` · ${esc(s.attribution)}` : "";
        const part = s.scope === "partial" ? ` <span class="muted">(part)</span>` : "";
        return `<a class="said${best}" href="${quoteLink(s)}" title="${esc(s.quote)}"><strong>${esc(qualified(s))}</strong>${part}<span class="muted"> ${esc(s.reported ? formatDay(s.reported) : "undated")}${who}</span></a>`;
      });
      return `<td>${lines.join("")}</td>`;
    });
    return `<tr><th scope="row"><a href="#figure-${i + 1}">${esc(figureLabel(f))}</a><div class="muted">best ${esc(bestWords(f))} · ${esc(f.status)}</div></th>${cells.join("")}</tr>`;
  });
  return `<h3 id="by-source">Who said what</h3>
<p class="meta">One column per independent source (copies of a story are one). Each cell is what that source reported, with its date and speaker; click it for the sentence. The best figure's statements are outlined.</p>
<div class="grid-wrap"><table class="grid"><thead><tr><th>Figure</th>${heads.join("")}</tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
}

/** The figure's values in the order they were reported, in words: "1 Feb: 33 (D2) → 2 Feb: 50 (D0, D1)". */
export function figureTimeline(view: ReportView, f: Figure): string {
  const byDay = new Map<string, Statement[]>();
  for (const s of f.statements) {
    if (s.scope !== "total") continue;
    const day = s.reported ?? "";
    byDay.set(day, [...(byDay.get(day) ?? []), s]);
  }
  if (byDay.size < 1) return "";
  const steps = [...byDay.entries()]
    .sort(([a], [b]) => (a || "~").localeCompare(b || "~"))
    .map(([day, said]) => {
      const values = [...new Set(said.map((s) => qualified(s)))].join(" / ");
      const docs = [...new Set(said.map((s) => s.document))].map((d) => `<a href="/documents/${seg(d)}">${esc(label(view, d))}</a>`).join(", ");
      return `<li><span class="day">${esc(day ? formatDay(day) : "undated")}</span> <strong>${esc(values)}</strong> <span class="muted">(${docs})</span></li>`;
    });
  return `<ol class="timeline">${steps.join("")}</ol>`;
}

/** The rules behind a figure: what each means in words, its name as a tooltip and an anchor. */
export function rulesList(f: Figure, index: number): string {
  if (!f.rules.length) return "";
  const items = f.rules.map((line, i) => {
    const rule = explainRule(line);
    const name = rule.name ? ` title="${esc(rule.name)}" id="figure-${index + 1}-rule-${i + 1}-${esc(rule.name)}"` : "";
    const meaning = rule.meaning ? `${esc(rule.meaning)} <span class="muted">${esc(rule.detail)}</span>` : esc(line);
    return `<li${name}>${meaning}${rule.name ? ` <code class="rule">${esc(rule.name)}</code>` : ""}</li>`;
  });
  return `<details class="rules" open><summary>Why this figure</summary><ul class="plain">${items.join("")}</ul></details>`;
}

export const SECTIONS_CSS = `
.grid-wrap{overflow-x:auto}table.grid th[scope=row]{min-width:10rem}table.grid td{min-width:9rem}
table.grid td.none{color:var(--line);text-align:center}
a.said{display:block;text-decoration:none;color:var(--ink);padding:.15rem .3rem;border-radius:4px;margin:.1rem 0}
a.said:hover{background:#eef3f8}a.said.best{outline:2px solid var(--accent)}
ol.timeline{list-style:none;padding:0;margin:.4rem 0;display:flex;flex-wrap:wrap;gap:.3rem 0;font:14px system-ui,sans-serif}
ol.timeline li{padding-right:1.6rem;position:relative}ol.timeline li:not(:last-child)::after{content:"→";position:absolute;right:.45rem;color:var(--muted)}
ol.timeline .day{color:var(--muted)}code.rule{font-size:11px;color:var(--muted)}
`;
