// Politeness towards the sites crosscheck reads: one request at a time per host, a pause
// between two requests to the same host, and a longer pause (doubling, up to a ceiling) after
// a host answered with an error or did not answer at all. Hosts are independent: a slow site
// never holds up another.

export interface PolitenessOptions {
  /** The pause between two requests to one host, in ms (default 1000). */
  delayMs?: number;
  /** The first back-off after an error, in ms; doubled after each further error (default 5000). */
  backoffMs?: number;
  /** The longest back-off, in ms (default 5 minutes). */
  maxBackoffMs?: number;
  /** The clock and the pause: injected so that tests need not wait (defaults: Date.now and setTimeout). */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

interface HostState {
  /** The end of the last request queued for this host: the next one waits for it. */
  tail: Promise<void>;
  /** When the next request may start (the clock's ms). */
  readyAt: number;
  /** Errors in a row: each doubles the pause before the next request. */
  failures: number;
  /** A longer pause the host asked for (robots.txt Crawl-delay), in ms. */
  askedDelayMs: number;
}

/** Whether a request's outcome counts as the host failing (back off) or answering (pause as usual). */
export type Outcome = "answered" | "failed";

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class HostQueue {
  private readonly hosts = new Map<string, HostState>();
  private readonly delayMs: number;
  private readonly backoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: PolitenessOptions = {}) {
    this.delayMs = options.delayMs ?? 1000;
    this.backoffMs = options.backoffMs ?? 5000;
    this.maxBackoffMs = options.maxBackoffMs ?? 5 * 60_000;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? realSleep;
  }

  /**
   * Runs `request` when the host is free and its pause is over. `judge` says whether the
   * result means the host failed; a thrown error always does (and is thrown on to the caller).
   */
  async run<T>(host: string, request: () => Promise<T>, judge: (result: T) => Outcome = () => "answered"): Promise<T> {
    const state = this.stateOf(host);
    let release!: () => void;
    const previous = state.tail;
    state.tail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    try {
      const wait = state.readyAt - this.now();
      if (wait > 0) await this.sleep(wait);
      let outcome: Outcome = "failed";
      try {
        const result = await request();
        outcome = judge(result);
        return result;
      } finally {
        state.failures = outcome === "failed" ? state.failures + 1 : 0;
        state.readyAt = this.now() + Math.max(state.askedDelayMs, this.pauseAfter(state.failures));
      }
    } finally {
      release();
    }
  }

  /** The pause a host is owed after its last request: the delay, or the back-off after errors. */
  pauseAfter(failures: number): number {
    if (failures === 0) return this.delayMs;
    return Math.min(this.maxBackoffMs, Math.max(this.delayMs, this.backoffMs * 2 ** (failures - 1)));
  }

  /** A host's own wish for a longer pause (robots.txt Crawl-delay), capped at a minute so that a typo cannot stop a watch. */
  askFor(host: string, delayMs: number): void {
    this.stateOf(host).askedDelayMs = Math.min(60_000, Math.max(0, delayMs));
  }

  private stateOf(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { tail: Promise.resolve(), readyAt: 0, failures: 0, askedDelayMs: 0 };
      this.hosts.set(host, state);
    }
    return state;
  }

  /** Errors in a row from a host (0 when its last request was answered). */
  failuresOf(host: string): number {
    return this.hosts.get(host)?.failures ?? 0;
  }
}
