// bench:figures: scores the figures of gva-train (local shooting news, each article with the
// Gun Violence Archive's killed/injured counts for its incident) with clustering set aside:
// ingest -> clean -> lineage -> extract (one document at a time, so a crash costs one
// document and is counted) -> reconcile, per *gold* cluster. Scored with the definitions of
// ../shared/check/score-figures.py (event view: the event's figure; document view: the
// largest total statement of the gold documents), in two halves split by a stable hash of
// the incident key (the gold cluster name): rules are written looking at the dev half only,
// and the held-out half says how much they overfit.
//
//   npx tsx bench/figures.ts [--show N] [--false] [--half dev|held-out] [--out REPORT.json] [--crashes]
//
// --false lists, of the dev misses, only the wrong figures (a value where gold has another),
// each with the statements behind it (value, rule, words): what precision work reads.
// --crashes also runs extraction over every ecbplus-dev document, one at a time.
// --out writes the gold-cluster events as a report the Python scorer reads.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CleanDocument, Event, Extraction, Measure, SourceDocument } from "../src/types.ts";
import { readInputs } from "../src/ingest/index.ts";
import { cleanDocuments, cleanDocument } from "../src/clean/index.ts";
import { findLineage } from "../src/lineage/index.ts";
import { extractDocuments } from "../src/extract/index.ts";
import { reconcileEvent } from "../src/reconcile/index.ts";
import { corpus } from "../test/support/shared.ts";
import { halfOf } from "./gate/data.ts";

interface GoldFigure {
  event: string;
  measure: Measure;
  value: number;
  docs: string[];
  accept?: [number, number];
}
interface Gold {
  clusters: Record<string, string[]>;
  figures: GoldFigure[];
}

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const show = Number(flag("--show") ?? 0);
const onlyHalf = flag("--half");
const out = flag("--out");
const falseOnly = args.includes("--false");



/** Extraction one document at a time: a crash is counted and costs only that document. */
function extractEach(docs: CleanDocument[], crashes: string[]): Extraction[] {
  const out: Extraction[] = [];
  for (const d of docs) {
    try {
      out.push(...extractDocuments([d]));
    } catch (error) {
      crashes.push(`${d.id}: ${(error as Error).message}`);
    }
  }
  return out;
}

interface Counts { gold: number; pred: number; tp: number; predOk: number; fpZero: number }
const empty = (): Counts => ({ gold: 0, pred: 0, tp: 0, predOk: 0, fpZero: 0 });

function eventValue(e: Event | undefined, measure: Measure): number | null {
  if (!e) return null;
  const by = new Map(e.figures.filter((f) => f.measure === measure).map((f) => [f.group, f.best]));
  for (const g of ["all", "victims"] as const) if (by.has(g)) return by.get(g)!;
  const parts = (["civilians", "security_forces", "militants"] as const).filter((g) => by.has(g)).map((g) => by.get(g)!);
  return parts.length ? parts.reduce((a, b) => a + b, 0) : null;
}

function docValue(e: Event | undefined, docs: string[], measure: Measure): number | null {
  if (!e) return null;
  const cand = e.figures.filter((f) => f.measure === measure).flatMap((f) => f.statements).filter((s) => docs.includes(s.document));
  if (!cand.length) return null;
  const totals = cand.filter((s) => s.scope === "total");
  return Math.max(...(totals.length ? totals : cand).map((s) => s.value));
}

function tally(c: Counts, f: GoldFigure, p: number | null): boolean {
  const ok = p !== null && (f.accept ? f.accept[0] <= p && p <= f.accept[1] : p === f.value);
  if (f.value > 0) c.gold++;
  if (p !== null && (p > 0 || f.value > 0)) c.pred++;
  if (f.value > 0 && ok) c.tp++;
  if (p !== null && p > 0 && ok) c.predOk++;
  if (f.value === 0 && p !== null && p > 0) c.fpZero++;
  return ok || (f.value === 0 && (p === null || p === 0));
}

const line = (name: string, c: Counts): string => {
  const P = c.pred ? c.predOk / c.pred : 0;
  const R = c.gold ? c.tp / c.gold : 0;
  return `${name}: precision ${P.toFixed(3)} recall ${R.toFixed(3)} (predicted ${c.pred}, correct ${c.predOk}, matched ${c.tp}/${c.gold}, false on zero-gold ${c.fpZero})`;
};

/** The statements that gave an event's figure its value: where a wrong figure came from. */
function behind(e: Event | undefined, measure: Measure, value: number): string {
  const statements = (e?.figures ?? []).filter((f) => f.measure === measure).flatMap((f) => f.statements).filter((s) => s.value === value);
  return statements
    .slice(0, 3)
    .map((s) => `      ${s.document} ${s.rule} ${s.role ?? ""}: "${s.inferred.join("; ")} ${s.quote.slice(0, 200).replace(/\s+/g, " ")}"`)
    .join("\n");
}

async function main(): Promise<void> {
  const gold = JSON.parse(readFileSync(corpus("gva-train", "gold.json"), "utf8")) as Gold;
  const { documents } = await readInputs([corpus("gva-train", "reports.jsonl")]);
  const cleaned = cleanDocuments(documents).filter((d) => d.text.trim() !== "");
  const lineage = await findLineage(cleaned);
  const crashes: string[] = [];
  const extractions = extractEach(cleaned, crashes);
  const events = new Map<string, Event>();
  for (const [name, docs] of Object.entries(gold.clusters)) {
    if (onlyHalf && halfOf(name) !== onlyHalf) continue;
    events.set(name, reconcileEvent({ cluster: { id: name, documents: docs, evidence: [] }, documents: cleaned, extractions, families: lineage.families }));
  }
  const views = { dev: { event: empty(), doc: empty() }, "held-out": { event: empty(), doc: empty() } };
  const misses: string[] = [];
  for (const f of gold.figures) {
    const half = halfOf(f.event);
    if (onlyHalf && half !== onlyHalf) continue;
    const e = events.get(f.event);
    const pe = eventValue(e, f.measure);
    const pd = docValue(e, f.docs, f.measure);
    const okEvent = tally(views[half].event, f, pe);
    tally(views[half].doc, f, pd);
    if (okEvent || half !== "dev") continue;
    if (!falseOnly) misses.push(`${f.event} ${f.measure} gold ${f.value} event ${pe} doc ${pd} ${f.docs.slice(0, 3).join(",")}`);
    else if (pe !== null && pe > 0) misses.push(`${f.event} ${f.measure} gold ${f.value} event ${pe}\n${behind(e, f.measure, pe)}`);
  }
  if (args.includes("--crashes")) {
    const dir = corpus("ecbplus-dev", "docs");
    const paths = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => join(dir, f));
    const ecb = (await readInputs(paths)).documents;
    for (const source of ecb as SourceDocument[]) {
      try {
        extractDocuments([cleanDocument(source)]);
      } catch (error) {
        crashes.push(`${source.id}: ${(error as Error).message}`);
      }
    }
  }
  console.log(`bench:figures (gva-train, gold clusters): ${cleaned.length} documents with text, ${events.size} incidents, ${crashes.length} crashes`);
  for (const c of crashes) console.log(`  crash: ${c}`);
  for (const half of ["dev", "held-out"] as const) {
    if (onlyHalf && half !== onlyHalf) continue;
    console.log(line(`${half.padEnd(8)} event`, views[half].event));
    console.log(line(`${half.padEnd(8)} doc  `, views[half].doc));
  }
  for (const m of misses.slice(0, show)) console.log(`  miss: ${m}`);
  if (out) writeFileSync(out, JSON.stringify({ events: [...events.values()] }));
}

await main();
