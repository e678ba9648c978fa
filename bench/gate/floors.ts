// The gate's judgement, apart from any corpus: measured scores against the floors pinned in
// bench/gate-floors.json. Pure functions over plain data, so test/gate.test.ts can check every
// rule with hand-made scores.
//
// Rules (after trafilatura's tests/eval_gate.py):
// - a higher-is-better metric fails when it falls below its floor by more than its margin;
//   a lower-is-better one (empty pages, failures, wrong links) when it rises above its
//   floor (a ceiling, then) by more than its margin;
// - a floor measured on other data (digest mismatch) fails with a message saying so: scores
//   on changed data say nothing about the code;
// - `--update` moves floors only towards better scores; moving one back, or re-pinning on
//   changed data, needs `--allow-regression` too.

/** Whether a bigger score is better (F1, passed checks) or worse (empty pages, failures). */
export type Direction = "higher" | "lower";

/** One score of this run, with the margin its data size justifies. */
export interface Measured {
  metric: string;
  score: number;
  better: Direction;
  /** How far the score may move against its floor before the gate fails (see docs/evaluation.md). */
  margin: number;
  /** The data set it was measured on: a key of the run's digests. */
  data: string;
}

/** A pinned floor, as stored in bench/gate-floors.json. */
export interface Floor {
  floor: number;
  margin: number;
  better: Direction;
  data: string;
  /** Digest of the files `data` was read from when the floor was pinned. */
  digest: string;
}

export interface FloorsFile {
  /** What the file is, for a reader who opens it first. */
  note: string;
  /** When the floors last moved (the run's date, passed in: the logic reads no clock). */
  pinned: string;
  floors: Record<string, Floor>;
}

export type Status = "ok" | "improved" | "below floor" | "data changed" | "unpinned" | "not measured";

export interface Verdict {
  metric: string;
  score: number | null;
  floor: number | null;
  margin: number | null;
  better: Direction | null;
  status: Status;
  failing: boolean;
  /** Why it fails, or what to do, in a sentence. */
  message: string | null;
}

/** Scores are stored to this many decimals, so float noise never moves a floor. */
const DECIMALS = 6;
const EPSILON = 10 ** -DECIMALS / 2;

export const roundScore = (x: number): number => Number(x.toFixed(DECIMALS));

/** How far a score is on the good side of its floor (negative: on the bad side). */
function slack(score: number, floor: number, better: Direction): number {
  return better === "higher" ? score - floor : floor - score;
}

/** Compares every measured score with its floor; floors nothing measured are reported too. */
export function compareToFloors(measured: Measured[], digests: Record<string, string>, floors: FloorsFile): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const m of measured) {
    const pinned = floors.floors[m.metric];
    const base = { metric: m.metric, score: m.score, better: m.better };
    if (pinned === undefined) {
      verdicts.push({ ...base, floor: null, margin: m.margin, status: "unpinned", failing: false, message: "no floor yet: `npm run gate -- --update` pins it" });
      continue;
    }
    const common = { ...base, floor: pinned.floor, margin: pinned.margin };
    const digest = digests[m.data];
    if (digest !== pinned.digest) {
      verdicts.push({
        ...common,
        status: "data changed",
        failing: true,
        message: `${m.data} is not the data the floor was measured on (digest ${pinned.digest.slice(0, 12)}, now ${(digest ?? "none").slice(0, 12)}): review, then re-pin with --update --allow-regression`,
      });
      continue;
    }
    const room = slack(m.score, pinned.floor, pinned.better);
    if (room < -pinned.margin - EPSILON) {
      verdicts.push({ ...common, status: "below floor", failing: true, message: `${m.better === "higher" ? "fell" : "rose"} ${Math.abs(room).toFixed(4)} past its floor, margin ${pinned.margin.toFixed(4)}` });
    } else {
      verdicts.push({ ...common, status: room > EPSILON ? "improved" : "ok", failing: false, message: null });
    }
  }
  const seen = new Set(measured.map((m) => m.metric));
  for (const [metric, pinned] of Object.entries(floors.floors)) {
    if (seen.has(metric)) continue;
    verdicts.push({ metric, score: null, floor: pinned.floor, margin: pinned.margin, better: pinned.better, status: "not measured", failing: true, message: "pinned but not measured this run: its scorer failed (see the notes above), or was dropped or renamed" });
  }
  return verdicts;
}

export interface UpdateResult {
  floors: FloorsFile;
  /** One line per floor that moved or was pinned. */
  changes: string[];
  /** One line per floor left alone because moving it needs --allow-regression. */
  refused: string[];
}

/**
 * Moves floors to this run's scores: new metrics are pinned, better scores raise their floor,
 * worse scores or changed data lower or re-pin it only with `allowRegression`. Floors of
 * metrics not measured are kept (dropping a metric is an edit of the file, reviewed).
 */
export function updateFloors(measured: Measured[], digests: Record<string, string>, floors: FloorsFile, options: { allowRegression: boolean; date: string }): UpdateResult {
  const next: Record<string, Floor> = { ...floors.floors };
  const changes: string[] = [];
  const refused: string[] = [];
  for (const m of measured) {
    const score = roundScore(m.score);
    const fresh: Floor = { floor: score, margin: roundScore(m.margin), better: m.better, data: m.data, digest: digests[m.data] ?? "" };
    const pinned = floors.floors[m.metric];
    if (pinned === undefined) {
      next[m.metric] = fresh;
      changes.push(`${m.metric}: pinned at ${score}`);
      continue;
    }
    if (pinned.digest !== fresh.digest || pinned.better !== m.better) {
      if (options.allowRegression) {
        next[m.metric] = fresh;
        changes.push(`${m.metric}: re-pinned at ${score} on changed data or direction (was ${pinned.floor})`);
      } else refused.push(`${m.metric}: data or direction changed; re-pinning needs --allow-regression`);
      continue;
    }
    const room = slack(score, pinned.floor, pinned.better);
    if (room > EPSILON) {
      next[m.metric] = fresh;
      changes.push(`${m.metric}: ${pinned.floor} -> ${score}`);
    } else if (room < -EPSILON) {
      if (options.allowRegression) {
        next[m.metric] = fresh;
        changes.push(`${m.metric}: lowered ${pinned.floor} -> ${score} (--allow-regression)`);
      } else refused.push(`${m.metric}: ${score} is worse than its floor ${pinned.floor}; lowering needs --allow-regression`);
    } else if (pinned.margin !== fresh.margin) {
      // Same score on the same data: only the margin rule changed, and it is code, reviewed.
      next[m.metric] = { ...pinned, margin: fresh.margin };
      changes.push(`${m.metric}: margin ${pinned.margin} -> ${fresh.margin}`);
    }
  }
  const sorted = Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { floors: { ...floors, pinned: changes.length > 0 ? options.date : floors.pinned, floors: sorted }, changes, refused };
}

/** The floors file with one line a metric, so a review sees each floor that moved as one changed line. */
export function serializeFloors(file: FloorsFile): string {
  const lines = Object.entries(file.floors).map(([metric, floor]) => `    ${JSON.stringify(metric)}: ${JSON.stringify(floor)}`);
  return `{\n  "note": ${JSON.stringify(file.note)},\n  "pinned": ${JSON.stringify(file.pinned)},\n  "floors": {\n${lines.join(",\n")}\n  }\n}\n`;
}

const cell = (x: number | null): string => (x === null ? "-" : Number.isInteger(x) ? String(x) : x.toFixed(4));

/** The table the gate prints: metric, score, floor, margin, status (and why, when failing). */
export function renderVerdicts(verdicts: Verdict[]): string {
  const rows = verdicts.map((v) => [v.metric, cell(v.score), `${v.better === "lower" && v.floor !== null ? "<= " : ""}${cell(v.floor)}`, cell(v.margin), v.failing ? `FAIL ${v.status}` : v.status]);
  const header = ["metric", "score", "floor", "margin", "status"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]): string => r.map((c, i) => (i === 0 || i === r.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ").trimEnd();
  const out = [line(header), line(widths.map((w) => "-".repeat(w)))];
  for (const [i, r] of rows.entries()) {
    out.push(line(r));
    if (verdicts[i].failing && verdicts[i].message) out.push(`    ${verdicts[i].message}`);
  }
  return out.join("\n");
}
