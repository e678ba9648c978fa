// A small inline SVG of one figure over time: each total-scope value at its reported date,
// a line through the highest value of each date, and the best figure as a dashed rule.
import type { Figure } from "../types.ts";
import { bestWords, figureLabel, pointWords, timeline, type TimelinePoint } from "./view.ts";
import { maxOf } from "../arrays.ts";

/** Pixels one date label ("02-01" at font size 10) needs on the axis. */
const DATE_LABEL_GAP = 34;

const esc = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const WIDTH = 300;
const HEIGHT = 140;
const LEFT = 40;
const RIGHT = 30;
const TOP = 18;
const BOTTOM = 26;
const COLOURS: Record<Figure["status"], string> = { agreed: "#2e7d32", updated: "#8a5a00", disputed: "#b3261e" };

/** A round upper bound for the y axis (10, 20, 50, 100, 200, ...). */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

export function figureChart(f: Figure): string {
  const points = timeline(f).filter((p) => p.date !== null);
  const name = `${figureLabel(f)} over time`;
  if (points.length === 0) {
    return `<svg class="chart" role="img" aria-label="${esc(name)}: no dated statements" viewBox="0 0 ${WIDTH} 40" xmlns="http://www.w3.org/2000/svg"><text x="8" y="24" font-size="12" fill="#5b6570" font-family="system-ui,sans-serif">no dated statements</text></svg>`;
  }
  const dates = [...new Set(points.map((p) => p.date!))].sort();
  const yMax = niceMax(Math.max(f.high, f.best, ...points.map((p) => p.value)) * 1.1);
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const x = (date: string): number => (dates.length === 1 ? LEFT + plotW / 2 : LEFT + (dates.indexOf(date) / (dates.length - 1)) * plotW);
  const y = (value: number): number => TOP + plotH - (value / yMax) * plotH;
  const colour = COLOURS[f.status];
  const out: string[] = [];
  out.push(`<svg class="chart" role="img" aria-label="${esc(`${name}: best ${bestWords(f)}, ${f.status}`)}" viewBox="0 0 ${WIDTH} ${HEIGHT}" xmlns="http://www.w3.org/2000/svg" font-family="system-ui,sans-serif" font-size="10">`);
  out.push(`<title>${esc(name)}</title>`);
  // Axes and gridlines at 0, half and the top.
  for (const v of [0, yMax / 2, yMax]) {
    out.push(`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#e3e7eb"/>`);
    out.push(`<text x="${LEFT - 6}" y="${(y(v) + 3).toFixed(1)}" text-anchor="end" fill="#5b6570">${Number.isInteger(v) ? v : v.toFixed(1)}</text>`);
  }
  // Date labels ("02-01") need about DATE_LABEL_GAP pixels each: on a crowded axis some are left out, never overlapped.
  let lastLabel = -Infinity;
  for (const d of dates) {
    if (x(d) - lastLabel < DATE_LABEL_GAP) continue;
    out.push(`<text x="${x(d).toFixed(1)}" y="${HEIGHT - 8}" text-anchor="middle" fill="#5b6570">${esc(d.slice(5))}</text>`);
    lastLabel = x(d);
  }
  // The best figure.
  out.push(`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y(f.best).toFixed(1)}" y2="${y(f.best).toFixed(1)}" stroke="${colour}" stroke-dasharray="4 3" stroke-width="1"/>`);
  // Its label sits above the plot, where no point can cover it.
  out.push(`<text x="${WIDTH - RIGHT}" y="${TOP - 3}" text-anchor="end" fill="${colour}" font-weight="600">- - best ${esc(bestWords(f))}</text>`);
  // The highest value reported each day: how the toll moved.
  if (dates.length > 1 && f.status !== "disputed") {
    const path = dates.map((d) => {
      const top = maxOf(points.filter((p) => p.date === d).map((p) => p.value));
      return `${x(d).toFixed(1)},${y(top).toFixed(1)}`;
    });
    out.push(`<polyline points="${path.join(" ")}" fill="none" stroke="${colour}" stroke-width="1.5" opacity="0.6"/>`);
  }
  // Labels of close values on one date are nudged apart, top to bottom.
  const labelY = new Map<TimelinePoint, number>();
  for (const d of dates) {
    let last = -Infinity;
    for (const p of points.filter((q) => q.date === d).sort((a, b) => b.value - a.value)) {
      const want = Math.max(y(p.value) + 3, last + 10);
      labelY.set(p, want);
      last = want;
    }
  }
  for (const p of points) {
    const docs = [...new Set(p.statements.map((s) => s.document))];
    const r = 3 + Math.min(docs.length, 4);
    out.push(
      `<circle cx="${x(p.date!).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="${r}" fill="${colour}" fill-opacity="0.75" stroke="#fff"><title>${esc(`${pointWords(p)} on ${p.date}: ${docs.join(", ")}`)}</title></circle>`,
    );
    // Labels sit right of the dot, or left of it at the right edge.
    // The value with its qualifier ("at least 296"): a qualifier is dropped nowhere, not even on a chart.
    const words = pointWords(p);
    const right = x(p.date!) + r + 3 + 6 * words.length < WIDTH;
    const lx = right ? x(p.date!) + r + 3 : x(p.date!) - r - 3;
    out.push(`<text x="${lx.toFixed(1)}" y="${labelY.get(p)!.toFixed(1)}" text-anchor="${right ? "start" : "end"}" fill="#1d232a">${esc(words)}</text>`);
  }
  out.push(`</svg>`);
  return out.join("");
}
