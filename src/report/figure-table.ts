// The figures table (figure, best, range, status, as of, sources), one row model for every
// rendering: the Markdown report, the HTML report and the server's pages, so that a column
// added or reordered changes all of them at once.
import type { Figure } from "../types.ts";
import { escapeHtml } from "./escape.ts";
import { QUALIFIER_WORDS } from "../text/lexicon/counts.ts";
import { bestWords, figureLabel, groupCountSaidAgain } from "./view.ts";

interface FigureColumn {
  heading: string;
  numeric: boolean;
  /** The columns each rendering dresses: the row's name, the figure to print, the badge. */
  role?: "name" | "best" | "status";
  /** `figures`: the event's figures, the row's own among them. */
  cell: (f: Figure, figures: Figure[]) => string;
}

/**
 * The status, and for a count of people that only says a group's count again ("Airstrike
 * kills 12" over "killed 12 civilians"), whose count it is: an "agreed" 12 people must never
 * stand beside a disputed 12 civilians as if it were a second, settled toll. A figure only
 * one source gives is "agreed, one source": no other source agrees or disagrees.
 */
function statusCell(f: Figure, figures: Figure[]): string {
  const group = groupCountSaidAgain(f, figures);
  if (group) return `${f.status}: the same count as ${figureLabel(group).toLowerCase()} (${group.status})`;
  // "Agreed" from one source is only uncontradicted: nothing else reports the figure.
  return f.status === "agreed" && f.sources === 1 ? "agreed, one source" : f.status;
}

const COLUMNS: FigureColumn[] = [
  { heading: "Figure", numeric: false, role: "name", cell: (f) => figureLabel(f) },
  { heading: "Best", numeric: true, role: "best", cell: (f) => bestWords(f) },
  { heading: "Range", numeric: true, cell: rangeCell },
  { heading: "Status", numeric: false, role: "status", cell: statusCell },
  { heading: "As of", numeric: false, cell: (f) => f.asOf ?? "—" },
  { heading: "Sources", numeric: true, cell: (f) => String(f.sources) },
];

/**
 * An end of the range with its qualifier ("more than 2000"): a qualifier is never dropped. A
 * value some total gives exactly is written bare.
 */
function boundWords(f: Figure, value: number): string {
  const giving = f.statements.filter((s) => s.scope === "total" && s.value === value);
  if (giving.length === 0 || giving.some((s) => s.qualifier === "exact")) return `${value}`;
  return `${QUALIFIER_WORDS[giving[0].qualifier]}${value}`;
}

/** "145–177", or with words where an end has a qualifier: "at least 296 to more than 2000". */
export function rangeCell(f: Figure): string {
  if (f.low === f.high) return boundWords(f, f.low);
  const [low, high] = [boundWords(f, f.low), boundWords(f, f.high)];
  return /\D/.test(low + high) ? `${low} to ${high}` : `${low}–${high}`;
}

/** The table as Markdown lines: best in bold, numbers right-aligned. */
export function figuresTableMarkdown(figures: Figure[]): string[] {
  const head = `| ${COLUMNS.map((c) => c.heading).join(" | ")} |`;
  const rule = `| ${COLUMNS.map((c) => (c.numeric ? "---:" : "---")).join(" | ")} |`;
  const rows = figures.map((f) => `| ${COLUMNS.map((c) => (c.role === "best" ? `**${c.cell(f, figures)}**` : c.cell(f, figures))).join(" | ")} |`);
  return [head, rule, ...rows];
}

export interface FiguresTableHtmlOptions {
  /** Where a figure's name links to (the server links each to its place on the event page). */
  href?: (figure: Figure, index: number) => string;
}

/** The table as HTML: every cell escaped, status as a badge, `td.best` for the best figure. */
export function figuresTableHtml(figures: Figure[], options: FiguresTableHtmlOptions = {}): string {
  const head = COLUMNS.map((c) => `<th${c.numeric ? ' class="num"' : ""}>${c.heading}</th>`).join("");
  const rows = figures.map((f, i) => {
    const cells = COLUMNS.map((c) => {
      const text = escapeHtml(c.cell(f, figures));
      if (c.role === "name") return `<th scope="row">${options.href ? `<a href="${escapeHtml(options.href(f, i))}">${text}</a>` : text}</th>`;
      if (c.role === "status") return `<td><span class="status ${f.status}">${text}</span></td>`;
      const classes = [c.numeric ? "num" : "", c.role === "best" ? "best" : ""].filter(Boolean).join(" ");
      return `<td${classes ? ` class="${classes}"` : ""}>${text}</td>`;
    });
    return `<tr>${cells.join("")}</tr>`;
  });
  return `<table class="figures"><thead><tr>${head}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
