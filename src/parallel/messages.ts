// What the pool and its workers say to each other.
import type { TaskName, Tasks } from "./tasks.ts";

export type ToWorker =
  | { kind: "prepare"; task: TaskName; context: Tasks[TaskName]["context"] }
  | { kind: "batch"; batch: number; items: unknown[] };

/** One item's result, or the message of what it threw. */
export type Outcome = { ok: true; value: unknown } | { ok: false; error: string };

export interface FromWorker {
  batch: number;
  outcomes: Outcome[];
}
