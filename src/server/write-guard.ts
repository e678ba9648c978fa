// Who may write, and from where. Reads stay open (on loopback by default); every write
// (any method but GET, HEAD) needs the server's token as `Authorization: Bearer <token>`, a
// JSON body, and, when a browser sends an Origin, the server's own origin: a page elsewhere
// cannot post a form or a text/plain "simple request" on a reader's behalf. The Host header
// must name this server, which stops DNS rebinding from making a foreign name look local.
// CORS stays closed: no Access-Control-Allow-* header is ever sent.
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import type { Store } from "../store/index.ts";

export interface WriteGuardOptions {
  /** The token writes must carry; undefined leaves writes open (tests, embedding). `serve` always sets one. */
  token?: string;
  /** Host names (without port) requests may name besides loopback ones. */
  hosts?: string[];
}

const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]", "::1"];

/** A fresh token for `serve` when none was given: 32 hex digits. */
export function newWriteToken(): string {
  return randomBytes(16).toString("hex");
}

/** The setting the store keeps a made token under. */
const TOKEN_SETTING = "write-token";

/**
 * The token `serve` uses: the one given (--token or CROSSCHECK_TOKEN) when there is one, else
 * the one kept in the store, else a new one, kept there for the next start. `made` is true
 * only for that new one: it is printed once, when it is made, not at every start. Keeping it
 * in the store gives it to whoever can read the store, who could write to the store anyway.
 */
export async function writeTokenFor(store: Store, given: string | undefined): Promise<{ token: string; made: boolean }> {
  if (given) return { token: given, made: false };
  const kept = await store.setting(TOKEN_SETTING);
  if (kept) return { token: kept, made: false };
  const fresh = newWriteToken();
  const token = await store.putSettingOnce(TOKEN_SETTING, fresh);
  return { token, made: token === fresh };
}

export function writeGuard(options: WriteGuardOptions): MiddlewareHandler {
  const hosts = new Set([...LOOPBACK_HOSTS, ...(options.hosts ?? [])].map((h) => h.toLowerCase()));
  return async (c, next) => {
    const host = c.req.header("host");
    if (host !== undefined && !hosts.has(hostName(host))) return c.json({ error: `this server does not answer to the host ${host}` }, 421);
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    if (c.req.method === "OPTIONS") return c.json({ error: "cross-origin requests are not allowed" }, 403);
    const origin = c.req.header("origin");
    if (origin !== undefined && (host === undefined || !sameOrigin(origin, host))) return c.json({ error: `writes from the origin ${origin} are not allowed` }, 403);
    if (options.token !== undefined && !tokenMatches(c.req.header("authorization"), options.token)) {
      c.header("WWW-Authenticate", 'Bearer realm="crosscheck"');
      return c.json({ error: "a write needs the server's token: Authorization: Bearer <token> (crosscheck serve --token, or CROSSCHECK_TOKEN)" }, 401);
    }
    if (!/^application\/json\s*(;|$)/i.test(c.req.header("content-type") ?? "")) return c.json({ error: "a write must be sent as Content-Type: application/json" }, 415);
    return next();
  };
}

function hostName(host: string): string {
  const lower = host.toLowerCase();
  if (lower.startsWith("[")) return lower.slice(0, lower.indexOf("]") + 1);
  return lower.replace(/:\d+$/, "");
}

function sameOrigin(origin: string, host: string): boolean {
  try {
    return new URL(origin).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(\S+)$/i.exec(header ?? "")?.[1];
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
