// A pool worker: takes a task's context once, then batches of items, and answers each batch
// with one outcome per item in the order given. A throw on one item is that item's outcome,
// never the batch's or the worker's.
import { parentPort } from "node:worker_threads";
import { prepareTask, type PreparedTask, type TaskName } from "./tasks.ts";
import type { Outcome, ToWorker } from "./messages.ts";

let task: PreparedTask<TaskName> | null = null;

parentPort?.on("message", (message: ToWorker) => {
  if (message.kind === "prepare") {
    task = prepareTask(message.task, message.context as never) as PreparedTask<TaskName>;
    return;
  }
  const outcomes: Outcome[] = message.items.map((item) => {
    try {
      if (!task) throw new Error("worker given items before its task");
      return { ok: true, value: task(item as never) };
    } catch (error) {
      return { ok: false, error: (error as Error)?.message ?? String(error) };
    }
  });
  parentPort?.postMessage({ batch: message.batch, outcomes });
});
