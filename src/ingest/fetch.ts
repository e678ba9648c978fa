// Reading a page or a feed over http(s), the way a well-behaved reader does: it says who it
// is, asks robots.txt first, follows at most a few redirects (counted by hand), stops a body
// that grows too large or a server that takes too long, asks only for what changed since the
// last look (ETag, Last-Modified), and reads the charset from the headers. Every way this can
// go wrong comes back as a named outcome, never a throw: the other inputs still go through.
import { createRequire } from "node:module";
import { decodeHtmlBytes } from "../text/charset.ts";
import { HostQueue, type PolitenessOptions } from "./politeness.ts";

/** The parts of robots-parser used here. It is CommonJS with a default-export typing that ESM cannot call, so it is required. */
interface RobotsTxt {
  isAllowed(url: string, agent?: string): boolean | undefined;
  getCrawlDelay(agent?: string): number | undefined;
}
const robotsParser = createRequire(import.meta.url)("robots-parser") as (url: string, contents: string) => RobotsTxt;

/** Honest about what is asking: sites can tell crosscheck apart and block it if they wish. */
export const USER_AGENT = "crosscheck/0.1 (reads news reports to reconcile their figures; honours robots.txt)";
/** The name robots.txt rules are matched against. */
const ROBOTS_AGENT = "crosscheck";

/** The media types that can hold an article or a feed; anything else is not read. */
const ARTICLE_TYPES = /^(text\/(html|plain|xml)|application\/(xhtml\+xml|xml|rss\+xml|atom\+xml|rdf\+xml|feed\+json|json))$/;

/** What the server last said about a URL, kept so the next request asks only for a change. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** Where validators are kept between runs (the store, for `watch` and `ingest`). */
export interface ValidatorStore {
  get(url: string): Promise<Validators | null>;
  put(url: string, validators: Validators): Promise<void>;
}

export interface FetchOptions {
  userAgent?: string;
  /** One request, its body included, in ms (default 20 s); time spent waiting for the host's turn is not counted. */
  timeoutMs?: number;
  /** The largest body read, after decompression, in bytes (default 5 MiB). */
  maxBytes?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  /** The per-host queue (shared by fetchers that should share it), or options for a new one. */
  politeness?: HostQueue | PolitenessOptions;
  validators?: ValidatorStore;
  /** Skips robots.txt; only for tests of other things. Default true. */
  robots?: boolean;
}

export type Fetched =
  | {
      kind: "page";
      /** The URL asked for, and the one that answered after redirects. */
      requested: string;
      url: string;
      /** The media type, lower case, without parameters; "" when the server sent none. */
      mediaType: string;
      text: string;
      /** What to send next time to be told only of a change. */
      validators: Validators | null;
    }
  | { kind: "not-modified"; requested: string; url: string }
  | { kind: "problem"; requested: string; rule: FetchRule; reason: string };

export type FetchRule = "bad-url" | "unreachable" | "timeout" | "http-error" | "too-large" | "too-many-redirects" | "not-an-article" | "robots-disallowed";

type Answer = Fetched | { kind: "redirect"; location: string };

export class Fetcher {
  readonly queue: HostQueue;
  private readonly robotsByOrigin = new Map<string, Promise<RobotsRule>>();
  private readonly userAgent: string;
  private readonly timeoutMs: number;
  private readonly maxBytes: number;
  private readonly maxRedirects: number;

  constructor(private readonly options: FetchOptions = {}) {
    this.queue = options.politeness instanceof HostQueue ? options.politeness : new HostQueue(options.politeness);
    this.userAgent = options.userAgent ?? USER_AGENT;
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
    this.maxRedirects = options.maxRedirects ?? 5;
  }

  /** Fetches one URL, following redirects; the outcome names any problem. */
  async get(requested: string): Promise<Fetched> {
    let url = parseHttpUrl(requested);
    if (!url) return { kind: "problem", requested, rule: "bad-url", reason: "not an http(s) URL" };
    const validators = (await this.options.validators?.get(requested)) ?? null;
    for (let hop = 0; ; hop++) {
      const denied = await this.robotsDenial(url);
      if (denied) return { kind: "problem", requested, rule: "robots-disallowed", reason: denied };
      const answer = await this.request(url, requested, hop === 0 ? validators : null);
      if (answer.kind !== "redirect") {
        if (answer.kind === "page" && answer.validators) await this.options.validators?.put(requested, answer.validators);
        return answer;
      }
      if (hop >= this.maxRedirects) {
        return { kind: "problem", requested, rule: "too-many-redirects", reason: `more than ${this.maxRedirects} redirects (the last to ${answer.location})` };
      }
      const next = parseHttpUrl(answer.location, url);
      if (!next) return { kind: "problem", requested, rule: "bad-url", reason: `redirected to ${answer.location}, not an http(s) URL` };
      url = next;
    }
  }

  /** One request through the host's queue: the answer, a redirect to follow, or a problem. */
  private request(url: URL, requested: string, validators: Validators | null): Promise<Answer> {
    return this.queue.run(
      url.host,
      // The clock starts when the host's turn comes, not while the queue waits for it.
      () => this.send(url, requested, validators, AbortSignal.timeout(this.timeoutMs)),
      (answer) => (answer.kind === "problem" && (answer.rule === "unreachable" || answer.rule === "timeout" || answer.reason.startsWith("HTTP 5") || answer.reason.startsWith("HTTP 429")) ? "failed" : "answered"),
    );
  }

  private async send(url: URL, requested: string, validators: Validators | null, signal: AbortSignal): Promise<Answer> {
    const headers: Record<string, string> = {
      "User-Agent": this.userAgent,
      Accept: "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.1",
      "Accept-Encoding": "gzip, deflate, br",
    };
    if (validators?.etag) headers["If-None-Match"] = validators.etag;
    if (validators?.lastModified) headers["If-Modified-Since"] = validators.lastModified;
    let response: Response;
    try {
      response = await fetch(url, { headers, redirect: "manual", signal });
    } catch (error) {
      return networkProblem(requested, url, error);
    }
    const problem = (rule: FetchRule, reason: string): Answer => {
      void response.body?.cancel().catch(() => {});
      return { kind: "problem", requested, rule, reason };
    };
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      const location = response.headers.get("location");
      if (!location) return problem("http-error", `HTTP ${response.status} redirect without a Location header`);
      void response.body?.cancel().catch(() => {});
      return { kind: "redirect", location };
    }
    if (response.status === 304) {
      void response.body?.cancel().catch(() => {});
      return { kind: "not-modified", requested, url: url.href };
    }
    if (response.status >= 400) return problem("http-error", `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""} from ${url.href}`);
    const contentType = response.headers.get("content-type") ?? "";
    const mediaType = contentType.split(";")[0].trim().toLowerCase();
    if (mediaType && !ARTICLE_TYPES.test(mediaType)) return problem("not-an-article", `${mediaType} is not a page or a feed`);
    const declared = Number(response.headers.get("content-length"));
    // Content-Length counts the compressed bytes; only an uncompressed one bounds the body.
    if (!response.headers.get("content-encoding") && declared > this.maxBytes) return problem("too-large", `the body is ${declared} bytes, over the limit of ${this.maxBytes}`);
    const body = await readCapped(response, this.maxBytes);
    if (body === "too-large") return { kind: "problem", requested, rule: "too-large", reason: `the body is over the limit of ${this.maxBytes} bytes` };
    if (body instanceof Error) return networkProblem(requested, url, body);
    const etag = response.headers.get("etag") ?? undefined;
    const lastModified = response.headers.get("last-modified") ?? undefined;
    const next = etag || lastModified ? { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) } : null;
    return { kind: "page", requested, url: url.href, mediaType, text: decodeWithHeader(body, charsetOf(contentType)), validators: next };
  }

  /** Null when robots.txt lets crosscheck read the URL, else the reason it does not. */
  private async robotsDenial(url: URL): Promise<string | null> {
    if (this.options.robots === false) return null;
    let rule = this.robotsByOrigin.get(url.origin);
    if (!rule) {
      rule = this.readRobots(url);
      this.robotsByOrigin.set(url.origin, rule);
    }
    const robots = await rule;
    if (robots === "allow-all") return null;
    if (typeof robots === "string") return robots;
    return robots.isAllowed(url.href, ROBOTS_AGENT) === false ? `robots.txt of ${url.origin} disallows ${url.pathname}` : null;
  }

  /**
   * RFC 9309: a robots.txt that is missing (4xx) allows everything; one that fails (5xx)
   * disallows everything for now; one that cannot be reached leaves the page's own request
   * to name the fault.
   */
  private async readRobots(url: URL): Promise<RobotsRule> {
    const robotsUrl = new URL("/robots.txt", url.origin);
    return this.queue.run(url.host, () => this.sendRobots(robotsUrl, AbortSignal.timeout(this.timeoutMs)));
  }

  private async sendRobots(robotsUrl: URL, signal: AbortSignal): Promise<RobotsRule> {
    let response: Response;
    try {
      response = await fetch(robotsUrl, { headers: { "User-Agent": this.userAgent }, redirect: "follow", signal });
    } catch {
      return "allow-all";
    }
    if (response.status >= 500) {
      void response.body?.cancel().catch(() => {});
      return `robots.txt of ${robotsUrl.origin} answered HTTP ${response.status}: the site is not to be read until it answers`;
    }
    if (response.status >= 400) {
      void response.body?.cancel().catch(() => {});
      return "allow-all";
    }
    const body = await readCapped(response, 512 * 1024);
    if (typeof body === "string" || body instanceof Error) return "allow-all";
    const robots = robotsParser(robotsUrl.href, new TextDecoder().decode(body));
    const crawlDelay = robots.getCrawlDelay(ROBOTS_AGENT);
    if (crawlDelay && Number.isFinite(crawlDelay)) this.queue.askFor(robotsUrl.host, crawlDelay * 1000);
    return robots;
  }
}

type RobotsRule = "allow-all" | string | RobotsTxt;

function parseHttpUrl(text: string, base?: URL): URL | null {
  try {
    const url = new URL(text, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

function networkProblem(requested: string, url: URL, error: unknown): Fetched {
  const name = (error as Error).name;
  if (name === "TimeoutError" || name === "AbortError") return { kind: "problem", requested, rule: "timeout", reason: `${url.host} did not answer in time` };
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const why = cause?.code ?? cause?.message ?? (error as Error).message;
  return { kind: "problem", requested, rule: "unreachable", reason: `cannot reach ${url.host} (${why})` };
}

/** The body's bytes, "too-large" once they pass the limit (the rest is not read), or the error that cut it. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | "too-large" | Error> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        return "too-large";
      }
      chunks.push(value);
    }
  } catch (error) {
    return error as Error;
  }
  return Buffer.concat(chunks);
}

function charsetOf(contentType: string): string | null {
  const found = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType);
  if (!found) return null;
  try {
    return new TextDecoder(found[1].toLowerCase()).encoding;
  } catch {
    return null;
  }
}

/**
 * The charset the headers name, unless the bytes say otherwise: a BOM wins, and bytes that
 * are valid UTF-8 are UTF-8 (a server labelling UTF-8 pages latin-1 is common). Without a
 * usable header the page's own rules apply (src/text/charset.ts).
 */
function decodeWithHeader(bytes: Uint8Array, charset: string | null): string {
  const singleByteLatin = charset === "windows-1252" || charset === "iso-8859-1" || charset === "us-ascii";
  if (!charset || charset === "utf-8" || singleByteLatin || charset.startsWith("utf-16")) return decodeHtmlBytes(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder(charset).decode(bytes);
  }
}
