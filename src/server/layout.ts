// The page shell: inline CSS, no scripts, no external assets. Every string that comes from an
// article or a request goes through `esc` before it reaches the page.
import { escapeHtml } from "../report/escape.ts";

export const esc = escapeHtml;

/** A path segment for a link: ids come from file names and JSON, so they may hold anything. */
export const seg = (id: string): string => encodeURIComponent(id);

export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const CSS = `
:root{--ink:#1d232a;--muted:#5b6570;--line:#d9dee3;--bg:#fbfbf9;--card:#fff;--accent:#1f5f8b;--agreed:#2e7d32;--updated:#8a5a00;--disputed:#b3261e;--mark:#fff0b3;--num:#ffd54f}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 Georgia,"Times New Roman",serif}
a{color:var(--accent)}
nav.top{background:#1d232a;color:#fff;font:600 14px/1 system-ui,sans-serif}
nav.top div{max-width:64rem;margin:0 auto;padding:.8rem 1.25rem;display:flex;gap:1.5rem;align-items:center}
nav.top a{color:#fff;text-decoration:none}nav.top a.brand{letter-spacing:.12em;text-transform:uppercase}
nav.top span{margin-left:auto;color:#aab4be;font-weight:400}
main{max-width:64rem;margin:0 auto;padding:1rem 1.25rem 3rem}
h1{font-size:2rem;line-height:1.2;margin:1rem 0 .5rem}
h2{font-size:1.45rem;line-height:1.25;margin:0 0 .3rem}
h2 a{text-decoration:none;color:var(--ink)}h2 a:hover{text-decoration:underline}
h3{font:700 .85rem/1.3 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);border-top:1px solid var(--line);padding-top:1rem;margin:2rem 0 .75rem}
h4{font:600 1.05rem/1.3 system-ui,sans-serif;margin:1.5rem 0 .4rem}
.meta,.muted{color:var(--muted);font:14px/1.5 system-ui,sans-serif}
.crumbs{font:14px system-ui,sans-serif;margin-top:.5rem}
section.event{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:1.1rem 1.25rem;margin:1.25rem 0}
p.summary{font-size:1.1rem}
table{border-collapse:collapse;width:100%;font:15px/1.4 system-ui,sans-serif;margin:.5rem 0}
th,td{text-align:left;padding:.45rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}
thead th{font-weight:600;color:var(--muted);font-size:13px}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.best{font-weight:700;font-size:1.15rem}
.status{display:inline-block;padding:.05rem .5rem;border-radius:1rem;font:600 12px/1.6 system-ui,sans-serif;color:#fff}
.status.agreed{background:var(--agreed)}.status.updated{background:var(--updated)}.status.disputed{background:var(--disputed)}
dl.facts{display:grid;grid-template-columns:7rem 1fr;gap:.35rem 1rem;font:15px/1.45 system-ui,sans-serif}
dl.facts dt{font-weight:600;color:var(--muted)}dl.facts dd{margin:0}
.figure{display:grid;grid-template-columns:minmax(0,1fr) 19rem;gap:1rem;align-items:start}
.figure .chart{width:100%;height:auto;background:var(--card);border:1px solid var(--line);border-radius:6px}
@media (max-width:48rem){.figure{grid-template-columns:1fr}}
td.quote{font:15px/1.5 Georgia,serif}
mark{background:var(--mark);padding:0 .05em}
mark.num{background:var(--num);font-weight:700;border-radius:2px}
mark.num:target{outline:3px solid var(--accent);outline-offset:1px}
details.rules summary{font:600 13px system-ui,sans-serif;color:var(--muted)}
.article p{margin:0 0 1rem;font-size:1.05rem}
.article mark.quote{box-shadow:0 0 0 1px #e9d48a}
.legend{font:13px system-ui,sans-serif;color:var(--muted)}
.rules{font:13px/1.45 system-ui,sans-serif;color:var(--muted)}
code{font:13px ui-monospace,Menlo,monospace;background:#eef1f4;padding:0 .25rem;border-radius:3px}
details{margin:.6rem 0}summary{cursor:pointer;font:600 15px system-ui,sans-serif}
pre.raw{white-space:pre-wrap;word-break:break-word;font:13px/1.45 ui-monospace,Menlo,monospace;background:#f3f5f7;border:1px solid var(--line);padding:.75rem;border-radius:6px;max-height:32rem;overflow:auto}
ul.plain{padding-left:1.1rem;font:15px/1.5 system-ui,sans-serif}
.empty{background:var(--card);border:1px dashed var(--line);border-radius:8px;padding:1.5rem;font:15px/1.5 system-ui,sans-serif}
footer{max-width:64rem;margin:0 auto;padding:1rem 1.25rem 2rem;border-top:1px solid var(--line)}
`;

export interface PageInfo {
  title: string;
  /** Already-escaped HTML of the page's body. */
  body: string;
  /** A short line in the navigation bar (already escaped). */
  status?: string;
  /** Styles only this page needs (the map, the grid, the diff). */
  css?: string;
}

export function page(info: PageInfo): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(info.title)} · crosscheck</title>
<style>${CSS}${info.css ?? ""}</style>
</head>
<body>
<nav class="top"><div><a class="brand" href="/">crosscheck</a><a href="/">Events</a><a href="/api/report">JSON report</a>${info.status ? `<span>${info.status}</span>` : ""}</div></nav>
<main>
${info.body}
</main>
<footer class="muted">Figures are reconciled from the reports stored here; every number links to the sentence it came from.</footer>
</body>
</html>
`;
}

export function statusBadge(status: "agreed" | "updated" | "disputed"): string {
  return `<span class="status ${status}">${status}</span>`;
}

/** A link for a source: http(s) URLs are followed, anything else is shown as text. */
export function sourceLink(source: string, url?: string | null): string {
  const target = url && /^https?:\/\//i.test(url) ? url : /^https?:\/\//i.test(source) ? source : null;
  return target ? `<a href="${esc(target)}" rel="noreferrer nofollow">${esc(source)}</a>` : `<code>${esc(source)}</code>`;
}
