// A new version only for the same source with text lineage links to the old: an edited
// article re-read from its file is version 2 (with how many sentences changed, which `watch`
// then prints); unrelated text from the same file is a document of its own, saying why; and
// the same file typed as ./a.txt or by its absolute path is one source.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { readInputs } from "../ingest/index.ts";
import { openStore, type Store } from "../store/index.ts";
import { reportFromStore, versionedPut } from "./index.ts";

const STORY = [
  "QUETTA — Gunmen killed 12 people at a market in Quetta on Monday, police said.",
  "The attack began at noon when four men opened fire on shoppers near the main gate.",
  "Officials said the gunmen fled on motorcycles towards the hills east of the city.",
  "Hospitals in the provincial capital declared an emergency and called in extra staff.",
  "No group has yet said it carried out the attack, which drew condemnation from the governor.",
];
const EDITED = [STORY[0].replace("12 people", "15 people"), ...STORY.slice(1, 4), "Police said three suspects had been arrested in a raid on Tuesday night.", STORY[4]];
const UNRELATED = [
  "Tomato seedlings want a sunny windowsill and soil that is kept moist but never soaked.",
  "Pinch out the side shoots every week so that the plant puts its strength into the fruit.",
  "A liquid feed rich in potash from the first flowers on gives the sweetest crop.",
  "Water at the base in the morning, since wet leaves invite blight in a damp summer.",
];

let dir: string;
let store: Store;
let cwd: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "crosscheck-versions-"));
  store = await openStore(join(dir, "store.sqlite"));
  cwd = process.cwd();
});
after(async () => {
  process.chdir(cwd);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const ingest = async (path: string, at: string) => store.putDocuments((await readInputs([path])).documents, at, versionedPut());

describe("new versions", () => {
  test("an edited article from the same file is its next version, with the sentences lineage saw change", async () => {
    const file = join(dir, "story.txt");
    writeFileSync(file, STORY.join(" "));
    assert.deepEqual((await ingest(file, "2026-02-02T10:00:00.000Z")).added, ["story"]);
    await reportFromStore(store, { generatedAt: "2026-02-02T10:00:00.000Z" });
    writeFileSync(file, EDITED.join(" "));
    const put = await ingest(file, "2026-02-02T11:00:00.000Z");
    assert.deepEqual(put.versioned, ["story"]);
    const [, second] = await store.documentVersions("story");
    const note = second.messages.find((m) => m.rule === "new-version");
    assert.match(note?.reason ?? "", /^version 2 of story: 2 sentences changed \(lineage: version\)$/);
    const { changes } = await reportFromStore(store, { generatedAt: "2026-02-02T11:00:00.000Z" });
    const version = changes.find((c) => c.kind === "new-version");
    assert.match(version?.text ?? "", /^new version of '.+' \(2 sentences changed\)$/);
  });

  test("unrelated text from the same file is a document of its own, the source kept, and says why", async () => {
    const file = join(dir, "story.txt");
    writeFileSync(file, UNRELATED.join(" "));
    const put = await ingest(file, "2026-02-02T12:00:00.000Z");
    assert.deepEqual(put.versioned, []);
    assert.equal(put.added.length, 1);
    const [asked, given, why] = put.renamed?.[0] ?? [];
    assert.equal(asked, "story");
    assert.match(given ?? "", /^story-[0-9a-f]{8}$/);
    assert.match(why ?? "", /is not a version of story \(lineage finds no story the two share\)/);
    assert.equal((await store.documentVersions("story")).length, 2, "the article keeps its versions");
    const [own] = await store.documentVersions(given!);
    assert.equal(own.source, file);
    assert.ok(own.messages.some((m) => m.rule === "not-a-version"));
    assert.deepEqual((await ingest(file, "2026-02-02T13:00:00.000Z")).unchanged, [given], "read again, the same id: nothing new");
  });

  test("./a.txt and its absolute path are one source: compared resolved, shown as typed", async () => {
    const sub = join(dir, "typed");
    rmSync(sub, { recursive: true, force: true });
    mkdirSync(sub);
    writeFileSync(join(sub, "a.txt"), STORY.join(" "));
    process.chdir(sub);
    try {
      assert.deepEqual((await ingest("./a.txt", "2026-02-03T10:00:00.000Z")).added, ["a"]);
    } finally {
      process.chdir(cwd);
    }
    writeFileSync(join(sub, "a.txt"), EDITED.join(" "));
    const put = await ingest(join(sub, "a.txt"), "2026-02-03T11:00:00.000Z");
    assert.deepEqual(put.versioned, ["a"], "a version of the same file, not another source's id");
    assert.equal(put.renamed, undefined);
    assert.deepEqual((await store.documentVersions("a")).map((v) => v.source), ["./a.txt", join(sub, "a.txt")]);
  });
});
