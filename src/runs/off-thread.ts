// Computing the report on another thread: a worker (report-worker.ts) that opens the same
// store by its path or URL. Under tsx (the sources run untranspiled) the worker is started
// through a two-line module that registers tsx first, since tsx's in-process hooks do not
// reach a new thread; from dist/ it is plain JavaScript.
import { Worker } from "node:worker_threads";
import type { StoredReportResult } from "./stored.ts";
import type { WorkerAnswer, WorkerJob } from "./report-worker.ts";

/** Whether a store target can be opened by another thread: an in-memory SQLite database cannot. */
export function workerCanOpen(target: string): boolean {
  return target !== "" && target !== ":memory:" && !target.startsWith("file::memory:");
}

export class ReportWorker {
  private worker: Worker | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  /** `onProgress` hears the worker's progress lines (stage by stage, and each step of storing the run). */
  constructor(
    private readonly target: string,
    private readonly onProgress?: (stage: string, message: string) => void,
  ) {}

  /** Computes (and stores) the report on the worker; jobs run one after another. */
  compute(generatedAt: string): Promise<StoredReportResult> {
    const next = this.queue.then(() => this.run({ generatedAt }));
    this.queue = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private run(job: WorkerJob): Promise<StoredReportResult> {
    const worker = (this.worker ??= startWorker(this.target));
    return new Promise((resolve, reject) => {
      const cleanup = () => {
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
      };
      const onMessage = (answer: WorkerAnswer) => {
        if (answer.progress) return this.onProgress?.(...answer.progress);
        cleanup();
        if (answer.error !== undefined) reject(new Error(answer.error));
        else resolve(answer.result);
      };
      const onError = (error: Error) => {
        cleanup();
        this.worker = null;
        reject(error);
      };
      const onExit = (code: number) => {
        cleanup();
        this.worker = null;
        reject(new Error(`the report worker stopped (exit code ${code})`));
      };
      worker.on("message", onMessage);
      worker.once("error", onError);
      worker.once("exit", onExit);
      worker.postMessage(job);
    });
  }
}

function startWorker(target: string): Worker {
  const here = import.meta.url;
  const workerData = { target };
  let worker: Worker;
  if (here.endsWith(".js")) worker = new Worker(new URL("./report-worker.js", here), { workerData });
  else {
    const tsx = import.meta.resolve("tsx/esm/api");
    const entry = new URL("./report-worker.ts", here).href;
    const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
    worker = new Worker(boot, { eval: true, workerData });
  }
  // An idle worker must not keep a finished process alive (a test, a stopped server).
  worker.unref();
  return worker;
}
