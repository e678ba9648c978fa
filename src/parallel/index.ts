// A small deterministic pool of worker threads for the per-document stages: items in, one
// outcome per item out, in the order given, the same outcomes one thread would give (each
// task reads one item and keeps nothing between items: tasks.ts). Which worker ran what
// depends on timing; where each result lands does not, it is placed by its position.
//
//   const pool = createPool({ jobs: 2 });
//   const cleaned = await pool.run("clean", documents, chrome);   // Outcome per document
//   await pool.close();
//
// Workers load the compiled dist/ when this module is itself compiled, else the TypeScript
// sources through tsx. Few items are run in this thread: starting workers costs more.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { FromWorker, ToWorker } from "./messages.ts";
import { prepareTask, type TaskName, type Tasks } from "./tasks.ts";

export type { TaskName, Tasks } from "./tasks.ts";

/** One item's result, or what it threw (a message: the caller turns it into a problem). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

export interface PoolOptions {
  /** Threads to use: 1 runs everything in this thread. Default: the cores available. */
  jobs?: number;
  /** Calls with fewer items than this run in this thread (default 200): a worker's start-up outweighs them. */
  minItems?: number;
  /** Items sent to a worker in one message (default 16): fewer messages, still even shares. */
  batchSize?: number;
}

export interface Pool {
  readonly jobs: number;
  run<T extends TaskName>(task: T, items: Tasks[T]["item"][], context: Tasks[T]["context"]): Promise<Outcome<Tasks[T]["result"]>[]>;
  /** Stops the workers; the pool can still run calls afterwards, in this thread. */
  close(): Promise<void>;
}

/** Batches a worker holds at once: one at work, one waiting, so it never idles on a round trip. */
const IN_FLIGHT_PER_WORKER = 2;

/** The cores this process may use: the default for `--jobs`. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export function createPool(options: PoolOptions = {}): Pool {
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
  const minItems = options.minItems ?? 200;
  const batchSize = Math.max(1, options.batchSize ?? 16);
  let workers: Worker[] = [];
  let closed = false;
  return {
    jobs,
    async run(task, items, context) {
      if (jobs === 1 || closed || items.length < minItems) return runHere(task, items, context);
      if (workers.length === 0) workers = Array.from({ length: jobs }, startWorker);
      return runOnWorkers(workers, task, items, context, batchSize);
    },
    async close() {
      closed = true;
      const stopping = workers.map((worker) => worker.terminate());
      workers = [];
      await Promise.all(stopping);
    },
  };
}

/** Runs a task over items on a pool made for this one call. */
export async function mapInOrder<T extends TaskName>(task: T, items: Tasks[T]["item"][], context: Tasks[T]["context"], options: PoolOptions = {}): Promise<Outcome<Tasks[T]["result"]>[]> {
  const pool = createPool(options);
  try {
    return await pool.run(task, items, context);
  } finally {
    await pool.close();
  }
}

function runHere<T extends TaskName>(task: T, items: Tasks[T]["item"][], context: Tasks[T]["context"]): Outcome<Tasks[T]["result"]>[] {
  const run = prepareTask(task, context);
  return items.map((item) => {
    try {
      return { ok: true, value: run(item) };
    } catch (error) {
      return { ok: false, error: (error as Error)?.message ?? String(error) };
    }
  });
}

function runOnWorkers<T extends TaskName>(workers: Worker[], task: T, items: Tasks[T]["item"][], context: Tasks[T]["context"], batchSize: number): Promise<Outcome<Tasks[T]["result"]>[]> {
  const results = new Array<Outcome<Tasks[T]["result"]>>(items.length);
  const batches = Math.ceil(items.length / batchSize);
  let sent = 0;
  let answered = 0;
  for (const worker of workers) worker.ref();
  return new Promise((done, fail) => {
    const send = (worker: Worker): void => {
      if (sent >= batches) return;
      const batch = sent++;
      const message: ToWorker = { kind: "batch", batch, items: items.slice(batch * batchSize, (batch + 1) * batchSize) };
      worker.postMessage(message);
    };
    const cleanups: (() => void)[] = [];
    const finish = (error?: Error): void => {
      for (const cleanup of cleanups) cleanup();
      for (const worker of workers) worker.unref();
      if (error) fail(error);
      else done(results);
    };
    for (const worker of workers) {
      const onMessage = (reply: FromWorker): void => {
        reply.outcomes.forEach((outcome, i) => (results[reply.batch * batchSize + i] = outcome as Outcome<Tasks[T]["result"]>));
        if (++answered === batches) finish();
        else send(worker);
      };
      // A worker that dies (out of memory, a crash in native code) fails the call: its items have no outcome.
      const onError = (error: Error): void => finish(new Error(`a ${task} worker failed: ${error.message}`));
      const onExit = (code: number): void => finish(new Error(`a ${task} worker stopped (exit ${code})`));
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      cleanups.push(() => {
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
      });
      const prepare: ToWorker = { kind: "prepare", task, context };
      worker.postMessage(prepare);
      for (let n = 0; n < IN_FLIGHT_PER_WORKER; n++) send(worker);
    }
    if (batches === 0) finish();
  });
}

/** A worker running worker.ts: compiled beside this file, or through tsx when this file is TypeScript. */
function startWorker(): Worker {
  const compiled = import.meta.url.endsWith(".js");
  const url = new URL(compiled ? "./worker.js" : "./worker.ts", import.meta.url);
  // A worker does not take tsx's loader from `--import` on Node 20: it registers it itself, then loads the sources.
  const worker = compiled
    ? new Worker(url, { execArgv: [] })
    : new Worker(`import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`, { eval: true, execArgv: [] });
  // An idle worker never keeps the process alive; a call waiting on one holds it (runOnWorkers refs it).
  worker.unref();
  return worker;
}
