// Lineage as a family tree, and each version link's changed sentences side by side: the
// older telling left, the newer right, words taken out and put in marked, numbers
// highlighted, so a reader sees at a glance that "at least 33" became "50".
import { label, type ReportView } from "../report/view.ts";
import type { Event, Link } from "../types.ts";
import { esc, seg } from "./layout.ts";

/** A number in digits or the words for one: what a reader of a diff looks for first. */
const NUMBER = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|twenty|thirty|forty|fifty|hundreds?|thousands?)$/i;

type Piece = { text: string; kind: "same" | "gone" | "new" };

/** Word-level difference of two sentences (longest common subsequence of words). */
export function wordDiff(before: string, after: string): { left: Piece[]; right: Piece[] } {
  const a = before.split(/(\s+)/).filter(Boolean);
  const b = after.split(/(\s+)/).filter(Boolean);
  // Long sentences are few; the table is at most a few hundred words square.
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const left: Piece[] = [];
  const right: Piece[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      left.push({ text: a[i], kind: "same" });
      right.push({ text: b[j], kind: "same" });
      i++, j++;
    } else if (j < b.length && (i >= a.length || lcs[i][j + 1] >= lcs[i + 1][j])) right.push({ text: b[j++], kind: "new" });
    else left.push({ text: a[i++], kind: "gone" });
  }
  return { left, right };
}

function piecesHtml(pieces: Piece[]): string {
  return pieces
    .map((p) => {
      const word = p.text.trim() ? p.text.replace(/[“”"(),.;:]+$/g, "").replace(/^[“”"(]+/, "") : "";
      const inner = word && NUMBER.test(word) ? `<mark class="num">${esc(p.text)}</mark>` : esc(p.text);
      return p.kind === "same" || !p.text.trim() ? inner : p.kind === "gone" ? `<del>${inner}</del>` : `<ins>${inner}</ins>`;
    })
    .join("");
}

/** One link's changes as a two-column table, older left: sentences added, removed and changed. */
export function linkDiff(view: ReportView, link: Link): string {
  const swapped = link.newer === link.a;
  const older = swapped ? link.b : link.a;
  const newer = swapped ? link.a : link.b;
  const changes = link.changes.map((c) => (swapped ? { before: c.after, after: c.before } : c));
  const counts = { added: changes.filter((c) => !c.before).length, removed: changes.filter((c) => !c.after).length };
  const changed = changes.length - counts.added - counts.removed;
  const rows = changes.map((c) => {
    const { left, right } = wordDiff(c.before, c.after);
    const kind = !c.before ? "added" : !c.after ? "removed" : "changed";
    return `<tr class="${kind}"><td>${c.before ? piecesHtml(left) : '<span class="muted">(not in this version)</span>'}</td><td>${c.after ? piecesHtml(right) : '<span class="muted">(taken out)</span>'}</td></tr>`;
  });
  const title = `${link.relation}: <a href="/documents/${seg(older)}">${esc(label(view, older))}</a> → <a href="/documents/${seg(newer)}">${esc(label(view, newer))}</a>`;
  const summary = `${counts.added} sentence${counts.added === 1 ? "" : "s"} added, ${counts.removed} removed, ${changed} changed`;
  return `<details class="diff" open><summary>${title} <span class="muted">${esc(summary)}${link.newer ? "" : "; which came first is not known"}</span></summary>
<table class="diff"><thead><tr><th>${esc(label(view, older))}${link.newer ? " (older)" : ""}</th><th>${esc(label(view, newer))}${link.newer ? " (newer)" : ""}</th></tr></thead><tbody>${rows.join("")}</tbody></table></details>`;
}

/** The event's families as trees (original → later tellings), each version link's diff below. */
export function lineageSection(view: ReportView, event: Event): string {
  const inEvent = new Set(event.documents);
  const families = (view.report.families ?? []).filter((f) => f.members.some((m) => inEvent.has(m)));
  if (!families.length) return "";
  const blocks = families.map((family) => {
    const later = new Map<string, string[]>();
    for (const [older, newer] of family.later) later.set(older, [...(later.get(older) ?? []), newer]);
    const relationOf = (a: string, b: string) => family.relations.find((r) => (r.a === a && r.b === b) || (r.a === b && r.b === a))?.relation;
    const seen = new Set<string>();
    const node = (id: string, via: string | null): string => {
      seen.add(id);
      const d = view.documents.get(id);
      const children = (later.get(id) ?? []).filter((c) => !seen.has(c) && !(family.later.some(([o, n]) => n === c && o !== id && later.get(id)?.includes(o))));
      const tag = via ? `<span class="relation">${esc(via)}</span> ` : "";
      return `<li>${tag}<a href="/documents/${seg(id)}">${esc(label(view, id))}</a> <span class="muted">${esc([d?.outlet, d?.published].filter(Boolean).join(", "))}</span>${children.length ? `<ul>${children.map((c) => node(c, relationOf(id, c) ?? "later")).join("")}</ul>` : ""}</li>`;
    };
    const roots = family.original.length ? family.original : family.members;
    let tree = roots.map((r) => node(r, null)).join("");
    // Members no order reaches (a rewrite of unknown date) hang under the family, with their relation.
    for (const m of family.members) if (!seen.has(m)) tree += node(m, family.relations.find((r) => r.a === m || r.b === m)?.relation ?? null);
    const diffs = view.report.lineage.filter((l) => family.members.includes(l.a) && family.members.includes(l.b) && l.changes.length).map((l) => linkDiff(view, l));
    return `<div class="family"><ul class="tree">${tree}</ul>${diffs.join("")}</div>`;
  });
  return `<h3 id="lineage">How the reports are related</h3><p class="meta">Copies, versions and rewrites of one story count as one source. Each version's changed sentences are shown side by side: <del>taken out</del>, <ins>put in</ins>, <mark class="num">numbers</mark>.</p>${blocks.join("")}`;
}

export const DIFF_CSS = `
ul.tree{list-style:none;padding-left:0;font:15px/1.6 system-ui,sans-serif}ul.tree ul{list-style:none;padding-left:1.4rem;border-left:2px solid var(--line);margin-left:.4rem}
span.relation{font:600 11px system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;color:#fff;background:var(--muted);border-radius:3px;padding:0 .3rem}
table.diff{table-layout:fixed}table.diff td{width:50%;font:14px/1.5 Georgia,serif}
table.diff tr.added td:last-child{background:#eef8ee}table.diff tr.removed td:first-child{background:#fbeeee}
del{background:#f8d7d5;text-decoration:line-through;color:#6b1b16}ins{background:#d4efd6;text-decoration:none;color:#14421a}
`;
