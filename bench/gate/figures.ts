// A port of shared/check/score-figures.py, so the gate can score any subset of the gold
// figures (the dev and held-out halves) in process. The gate runs the Python once on the
// whole set and fails when the two disagree on any count (see `parsePythonFigures`).
//
// Two views, as in the Python:
//   event: the report event holding most of the gold docs (ties: the first counted); its
//          figure for the measure, group "all" > "victims" > sum of civilians/security_forces/militants.
//   doc:   statements whose document is one of the gold docs, total scope preferred; the
//          largest value.
// Gold value 0 counts only against precision (a predicted non-zero is wrong).

export interface GoldFigure {
  event: string;
  measure: string;
  value: number;
  docs: string[];
  accept?: [number, number];
}

/** The parts of a JSON report (CONTRACT.md) the scorer reads. */
export interface ReportForFigures {
  events?: {
    documents?: string[];
    figures?: { measure: string; group: string; best: number; statements?: { document: string; value: number; scope?: string }[] }[];
  }[];
}

export interface FigureView {
  gold: number;
  pred: number;
  tp: number;
  predOk: number;
  fpZero: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface FigureScores {
  event: FigureView;
  doc: FigureView;
}

type ReportEvent = NonNullable<ReportForFigures["events"]>[number];

function eventValue(event: ReportEvent, measure: string): number | null {
  const by = new Map<string, number>();
  for (const f of event.figures ?? []) if (f.measure === measure) by.set(f.group, f.best);
  for (const group of ["all", "victims"]) if (by.has(group)) return by.get(group) as number;
  const parts = ["civilians", "security_forces", "militants"].filter((g) => by.has(g)).map((g) => by.get(g) as number);
  return parts.length > 0 ? parts.reduce((a, b) => a + b, 0) : null;
}

const matches = (f: GoldFigure, p: number | null): boolean => p !== null && (f.accept ? f.accept[0] <= p && p <= f.accept[1] : p === f.value);

function finish(c: Omit<FigureView, "precision" | "recall" | "f1">): FigureView {
  const precision = c.pred ? c.predOk / c.pred : 0;
  const recall = c.gold ? c.tp / c.gold : 0;
  return { ...c, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Scores a report's figures against gold figures, both views. */
export function scoreFigures(gold: GoldFigure[], report: ReportForFigures): FigureScores {
  const events = report.events ?? [];
  const eventsOf = new Map<string, number[]>();
  events.forEach((e, i) => {
    for (const d of e.documents ?? []) eventsOf.set(d, [...(eventsOf.get(d) ?? []), i]);
  });
  const statements = new Map<string, { value: number; scope?: string }[]>();
  for (const e of events) {
    for (const f of e.figures ?? []) {
      for (const s of f.statements ?? []) {
        const key = `${s.document}\0${f.measure}`;
        statements.set(key, [...(statements.get(key) ?? []), s]);
      }
    }
  }
  const docValue = (docs: string[], measure: string): number | null => {
    const candidates = docs.flatMap((d) => statements.get(`${d}\0${measure}`) ?? []);
    if (candidates.length === 0) return null;
    const total = candidates.filter((s) => s.scope === "total");
    return Math.max(...(total.length > 0 ? total : candidates).map((s) => s.value));
  };
  const counts = { event: { gold: 0, pred: 0, tp: 0, predOk: 0, fpZero: 0 }, doc: { gold: 0, pred: 0, tp: 0, predOk: 0, fpZero: 0 } };
  for (const f of gold) {
    const held = new Map<number, number>();
    for (const d of f.docs) for (const i of eventsOf.get(d) ?? []) held.set(i, (held.get(i) ?? 0) + 1);
    let best: number | null = null;
    for (const [i, n] of held) if (best === null || n > (held.get(best) as number)) best = i;
    const predicted = { event: best === null ? null : eventValue(events[best], f.measure), doc: docValue(f.docs, f.measure) };
    for (const view of ["event", "doc"] as const) {
      const c = counts[view];
      const p = predicted[view];
      if (f.value > 0) c.gold++;
      if (p !== null && (p > 0 || f.value > 0)) c.pred++;
      if (f.value > 0 && matches(f, p)) c.tp++;
      if (p !== null && p > 0 && matches(f, p)) c.predOk++;
      if (f.value === 0 && p !== null && p > 0) c.fpZero++;
    }
  }
  return { event: finish(counts.event), doc: finish(counts.doc) };
}

/** The counts score-figures.py prints for each view, to hold the port to it. */
export function parsePythonFigures(output: string): Record<"event" | "doc", Omit<FigureView, "precision" | "recall" | "f1">> | null {
  const view = (name: string) => {
    const m = new RegExp(`^${name}\\s*: predicted (\\d+), correct (\\d+), non-zero gold matched (\\d+)/(\\d+), false figures on zero-gold (\\d+)`, "m").exec(output);
    return m ? { pred: Number(m[1]), predOk: Number(m[2]), tp: Number(m[3]), gold: Number(m[4]), fpZero: Number(m[5]) } : null;
  };
  const event = view("event");
  const doc = view("doc");
  return event && doc ? { event, doc } : null;
}
