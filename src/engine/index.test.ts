// The engine: documents added in chunks give the report one batch gives; what a document
// gives is derived once (and again only where its chrome changed); an add says which events
// changed, and only those are reconciled again.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { readInputs } from "../ingest/index.ts";
import { makeDocument } from "../ingest/documents.ts";
import { openStore } from "../store/index.ts";
import type { Report, SourceDocument } from "../types.ts";
import { corpus, SHARED_MISSING } from "../../test/support/shared.ts";
import { decodeOffsets, encodeOffsets, Engine } from "./index.ts";

const AT = "2026-12-01T00:00:00.000Z";
const FOUNDING = join(import.meta.dirname, "../../examples/balochistan-2026-02");

const withoutTime = (report: Report): Omit<Report, "generatedAt"> => {
  const { generatedAt: _at, ...rest } = report;
  return rest;
};

async function read(path: string): Promise<SourceDocument[]> {
  return (await readInputs([path])).documents;
}

describe("engine", () => {
  test("a map to raw offsets comes back from its runs unit for unit", () => {
    const toRaw = Int32Array.from([5, 6, 7, -1, -1, 20, 21, 9, -1, -1, 30]);
    assert.deepEqual(encodeOffsets(toRaw), [5, 3, -1, 2, 20, 2, 9, 1, -1, 2, 30, 1]);
    assert.deepEqual(decodeOffsets(encodeOffsets(toRaw)), toRaw);
    assert.deepEqual(decodeOffsets(encodeOffsets(new Int32Array(0))), new Int32Array(0));
  });

  /** The founding corpus, 60 ECB+ articles and 60 gva-train reports: every kind of input the engine meets. */
  const mixedSample = async () => [
    ...(await read(FOUNDING)),
    ...(await read(corpus("ecbplus-dev", "docs"))).slice(0, 60),
    ...(await read(corpus("gva-train", "reports.jsonl"))).slice(0, 60),
  ];

  test("reports added in chunks, in ingest order, give the events and figures of one batch", { skip: SHARED_MISSING }, async () => {
    const documents = await mixedSample();
    const batch = new Engine();
    await batch.add(documents);
    const chunked = new Engine();
    for (const [from, to] of [[0, 3], [3, 5], [5, 40], [40, 41], [41, 90], [90, documents.length]]) await chunked.add(documents.slice(from, to));
    const expected = batch.report(AT).report;
    const got = chunked.report(AT).report;
    assert.deepEqual(got.events.map((e) => [e.id, e.documents]), expected.events.map((e) => [e.id, e.documents]), "the same events");
    assert.deepEqual(got.events.map((e) => e.figures), expected.events.map((e) => e.figures), "the same figures");
    assert.deepEqual(withoutTime(got), withoutTime(expected));
  });

  test("a streaming engine's events join at once, and settled they are the batch's", { skip: SHARED_MISSING }, async () => {
    const documents = await mixedSample();
    const batch = new Engine();
    await batch.add(documents);
    const streaming = new Engine({ streaming: true });
    await streaming.add(documents.slice(0, 90));
    for (const doc of documents.slice(90)) await streaming.add([doc]);
    const copy = { ...documents[1], id: "copy-of-1", source: "copy-of-1.txt" };
    const original = streaming.eventOf(documents[1].id)!;
    const change = await streaming.add([copy]);
    assert.equal(streaming.settled, false, "no re-check ran for the copy");
    assert.equal(streaming.eventOf("copy-of-1")?.id, original.id, "an exact copy joins its original's event at once");
    assert.deepEqual(change.changed, [original.id], "and only that event is reconciled again");
    await batch.add([copy]);
    const settled = await streaming.settle();
    assert.equal(streaming.settled, true);
    assert.deepEqual(settled.derived, []);
    assert.deepEqual(withoutTime(streaming.report(AT).report), withoutTime(batch.report(AT).report));
  });

  test("an event left untouched is not keyed again, and that gives what keying every event gives", { skip: SHARED_MISSING }, async () => {
    // The engine skips the key of an event whose cluster the clusterer returned as is and whose
    // reports nothing touched. A second engine whose clusterer returns a copy of every cluster
    // each time keys every event, as the engine did before: both must report the same, add by add.
    const documents = [...(await read(FOUNDING)), ...(await read(corpus("gva-train", "reports.jsonl"))).slice(0, 50)];
    // A surname alone, named in full later in a report of another event: the set pass reads the first one's speaker anew.
    const surname = makeDocument("a-kisumu", "a-kisumu.txt", "Gunmen killed 12 people at a market in Kisumu on Monday, Okonkwo told reporters. He said the attackers fled on motorbikes and police were searching the area.", "text", { published: "2026-02-02" });
    const fullName = makeDocument("b-tromso", "b-tromso.txt", "Governor Emeka Okonkwo said on Thursday that floods in Tromso had killed 30 people and washed away two bridges. Rescue teams reached the villages late on Thursday.", "text", { published: "2026-03-12" });
    const stream: SourceDocument[] = [surname, ...documents];
    // Copies under other ids (lineage links them: families grow across events), and a new version.
    for (const i of [2, 9, 30, 41, 50]) stream.push({ ...documents[i], id: `${documents[i].id}-copy`, source: `${documents[i].id}-copy.txt` });
    stream.push({ ...documents[5], raw: documents[5].raw.replace(/\.\s/, ". Officials later said the toll had risen. ") }, fullName);
    const skipping = new Engine({ streaming: true });
    const keyingAll = new Engine({ streaming: true });
    const clusterer = (keyingAll as unknown as { clusterer: { clusters: (o: object) => object[] } }).clusterer;
    const clusters = clusterer.clusters.bind(clusterer);
    clusterer.clusters = (options) => clusters(options).map((c) => ({ ...c }));
    // Most at once, so that the stream never grows by half (the clusterer would re-check by itself).
    await skipping.add(stream.slice(0, 55));
    await keyingAll.add(stream.slice(0, 55));
    for (const doc of stream.slice(55)) {
      const [a, b] = [await skipping.add([doc]), await keyingAll.add([doc])];
      assert.deepEqual(a.changed, b.changed, `the same events reconciled again after ${doc.id}`);
      assert.deepEqual(withoutTime(skipping.report(AT).report), withoutTime(keyingAll.report(AT).report), `the same report after ${doc.id}`);
    }
  });

  test("an add reconciles only the events it touches, and an event keeps its id as it grows", async () => {
    const founding = await read(FOUNDING);
    const other = makeDocument("z-quake", "z-quake.txt", "A strong earthquake struck western Herat province on Tuesday, killing at least 12 people and injuring 40 others, officials said. Rescuers searched collapsed homes in three villages through the night.", "text", { published: "2026-02-03" });
    const engine = new Engine();
    const first = await engine.add([...founding.slice(0, 4), other]);
    assert.equal(first.changed.length, 2, "both events are new");
    const attack = first.changed.find((id) => id !== "e-z-quake")!;
    const grown = await engine.add([founding[4]]);
    assert.deepEqual(grown.changed, [attack], "only the event the report joined is reconciled again");
    assert.deepEqual(grown.derived, [founding[4].id]);
    assert.deepEqual(engine.report(AT).report.events.map((e) => e.id).sort(), [attack, "e-z-quake"].sort());
    const again = await engine.add([founding[4]]);
    assert.deepEqual([again.derived, again.changed], [[], []], "a document given again changes nothing");
  });

  test("chrome a new report teaches re-derives only the reports that hold it", async () => {
    const footer = "Support independent journalism today: every contribution, however big or small, keeps our reporting free for all readers.";
    const article = (id: string, text: string) => makeDocument(id, `https://example.news/${id}`, `${text}\n\n${footer}\n`, "text", { outlet: "Example News", published: "2026-02-03" });
    const a1 = article("a1", "Floods swept through the river valley on Monday, and the district council said that two bridges and a school were closed until the water falls.");
    const a2 = article("a2", "The city's orchestra opened its winter season with a programme of new works by local composers, and tickets for the spring concerts go on sale next week.");
    const plain = makeDocument("b1", "b1.txt", "Farmers in the northern plains began the wheat harvest early this year after a warm spring, the agriculture ministry said in its weekly bulletin.", "text", { published: "2026-02-03" });
    const engine = new Engine();
    await engine.add([a1, plain]);
    assert.ok(engine.report(AT).documents.find((d) => d.id === "a1")!.text.includes("Support independent journalism"), "one article alone teaches no chrome");
    const change = await engine.add([a2]);
    assert.deepEqual(change.derived.sort(), ["a1", "a2"], "the report holding the footer is cleaned again, the other is not");
    for (const d of engine.report(AT).documents.filter((d) => d.id !== "b1")) assert.ok(!d.text.includes("Support independent journalism"), `${d.id} loses the footer`);
  });

  test("over a store, what a document gives is derived once: a second engine derives nothing and reports the same", async () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-engine-"));
    const store = await openStore(join(dir, "store.sqlite"));
    try {
      await store.putDocuments(await read(FOUNDING), AT);
      const first = new Engine({ store });
      assert.equal((await first.sync()).derived.length, 5);
      assert.equal((await store.derived()).length, 5);
      const second = new Engine({ store });
      const change = await second.sync();
      assert.deepEqual(change.derived, [], "every derivation still holds");
      assert.deepEqual(withoutTime(second.report(AT).report), withoutTime(first.report(AT).report));
      assert.deepEqual(second.report(AT).documents.map((d) => Array.from(d.toRaw)), first.report(AT).documents.map((d) => Array.from(d.toRaw)));
      const [older] = await read(FOUNDING);
      const update = { ...older, raw: older.raw.replace("raising the militant death toll to 177", "raising the militant death toll to 190") };
      assert.notEqual(update.raw, older.raw);
      await store.putDocuments([update], AT);
      const grown = await second.sync();
      assert.deepEqual(grown.derived, [older.id], "only the new version is derived");
      assert.equal(grown.changed.length, 1, "and only its event reconciled again");
      const fresh = new Engine();
      await fresh.add(await store.latestDocuments());
      assert.deepEqual(second.event(grown.changed[0]), fresh.event(grown.changed[0]), "the event reads as a fresh run reads it");
      assert.deepEqual(withoutTime(second.report(AT).report), withoutTime(fresh.report(AT).report));
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
  test("a footer that becomes chrome re-derives exactly the documents that hold it, and a store sync reads only what is new", async () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-engine-chrome-"));
    const store = await openStore(join(dir, "store.sqlite"));
    try {
      const footer = "The Harbour Gazette has served the towns along the estuary with local reporting since the year its founders arrived.";
      const article = (id: string, body: string) => makeDocument(id, `feed#${id}`, `${body}\n\n${footer}`, "text", { outlet: "Harbour Gazette", published: "2026-03-02" });
      const first = article("hg-1", "The city council approved a new budget on Monday after weeks of debate over school funding and road repairs.\n\nCouncil members said the plan raises spending on libraries and parks while holding property taxes flat.");
      const second = article("hg-2", "A fire broke out at a warehouse near the port early on Tuesday, sending thick smoke over nearby neighbourhoods.\n\nFirefighters brought the blaze under control by midday; no injuries were reported and the cause is under investigation.");
      const other = makeDocument("other-1", "feed#other-1", "Heavy snow closed mountain passes in the north on Wednesday, stranding hundreds of trucks for a second day running.", "text", {});
      await store.putDocuments([first, other], AT);
      const engine = await Engine.fromStore(store);
      assert.ok(engine.report(AT).documents.find((d) => d.id === "hg-1")!.text.includes("estuary"), "one article: its footer is not chrome yet");
      await store.putDocuments([second], AT);
      const change = await engine.sync();
      assert.deepEqual(change.derived.sort(), ["hg-1", "hg-2"], "the other holder is derived again; the unrelated report is not");
      const { report, documents } = engine.report(AT);
      assert.ok(!documents.find((d) => d.id === "hg-1")!.text.includes("estuary"), "two articles of one site: it is chrome now");
      assert.deepEqual((await engine.sync()).derived, [], "nothing new stored: nothing read, nothing derived");
      const batch = new Engine();
      await batch.add([first, other, second]);
      assert.deepEqual(withoutTime(report), withoutTime(batch.report(AT).report));
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
