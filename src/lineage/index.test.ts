import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import type { CleanDocument, Family, Link, Message } from "../types.ts";
import { cleanDocumentFrom, readFolder } from "../../test/support/lineage-documents.ts";
import { corpus } from "../../test/support/shared.ts";
import { findLineage } from "./index.ts";
import { sortedIntersectionSize } from "../arrays.ts";
import { loadHasher, shingleSet, WordHasher } from "./minhash.ts";
import { shingleWords } from "./text.ts";

const FOUNDING = corpus("balochistan-2026-02");
const ECBPLUS = corpus("ecbplus-dev");

const linkBetween = (links: Link[], x: string, y: string): Link | undefined =>
  links.find((link) => (link.a === x && link.b === y) || (link.a === y && link.b === x));

// A story long enough to trace, in four paragraphs.
const STORY = [
  "Flooding in the northern valley killed 12 people and forced thousands from their homes on Tuesday, officials said.",
  "Rescue teams pulled survivors from collapsed houses in three villages after the river burst its banks overnight. Helicopters dropped food to families stranded on rooftops.",
  "The provincial disaster agency said 40 people were injured and 300 houses were destroyed. Roads to the area remained closed by landslides.",
  "Forecasters warned that more heavy rain was expected through the weekend across the mountain districts.",
];

const doc = (id: string, paragraphs: string[], published: string | null = null) =>
  cleanDocumentFrom(id, paragraphs.join("\n\n"), published);

describe("findLineage on small documents", () => {
  it("links a copy carrying other chrome as a duplicate", async () => {
    const copy = doc("copy", ["Share this article", ...STORY, "Copyright 2026 Daily Example. All rights reserved."]);
    const { links } = await findLineage([doc("original", STORY), copy]);
    assert.equal(links.length, 1);
    assert.equal(links[0].relation, "duplicate");
    assert.ok(links[0].similarity > 0.7);
  });

  it("links an updated version, names the newer by its larger figures and lists what changed", async () => {
    const updated = STORY.map((paragraph) => paragraph.replace("killed 12", "killed 19").replace("40 people", "55 people"));
    updated.push("The prime minister is due to visit the area on Thursday to meet survivors and officials.");
    const { links } = await findLineage([doc("first", STORY), doc("update", updated)]);
    assert.equal(links.length, 1);
    const [link] = links;
    assert.equal(link.relation, "version");
    assert.equal(link.newer, "update");
    assert.ok(link.changes.some((change) => change.before.includes("killed 12") && change.after.includes("killed 19")));
    assert.ok(link.changes.some((change) => change.before === "" && change.after.includes("prime minister")));
    assert.ok(!link.changes.some((change) => change.before.includes("Helicopters")), "unchanged sentences are not changes");
  });

  it("calls a long text with one figure changed a version, not a duplicate", async () => {
    const long = [...STORY, ...STORY.map((paragraph) => paragraph.replace("Tuesday", "Wednesday").replace("three", "four"))];
    const edited = long.map((paragraph, index) => (index === 2 ? paragraph.replace("40 people", "41 people") : paragraph));
    const { links } = await findLineage([doc("before", long), doc("after", edited)]);
    assert.equal(links[0]?.relation, "version");
    assert.equal(links[0].newer, "after");
    assert.deepEqual(links[0].changes.length, 1);
  });

  it("takes the publication date over content to name the newer", async () => {
    const shorter = STORY.slice(0, 3);
    const { links } = await findLineage([doc("later", shorter, "2026-03-02"), doc("earlier", STORY, "2026-03-01")]);
    assert.equal(links[0].newer, "later");
    assert.ok(links[0].changes.some((change) => change.after === "" && change.before.includes("Forecasters")));
  });

  it("keeps apart reports that share only a block of chrome", async () => {
    const appeal =
      "Your support helps us to tell the story. We believe quality journalism should be available to everyone. " +
      "Your donation allows us to keep sending journalists to speak to both sides of the story. Read more about how you can help.";
    const other = [
      "The central bank raised its main interest rate by half a point on Thursday to curb inflation.",
      "Economists had expected a smaller increase after prices rose more slowly in the spring.",
      "The governor said further increases could follow if wages kept climbing through the summer.",
      "Markets fell after the announcement, with bank shares leading the losses in afternoon trading.",
    ];
    const { links } = await findLineage([doc("flood", [appeal, ...STORY]), doc("bank", [appeal, ...other])]);
    assert.deepEqual(links, []);
  });

  it("calls a follow-up that repeats two paragraphs of background a rewrite at most, never a version", async () => {
    const followUp = [
      "Two days after the flood, engineers began repairing the breached embankment while schools reopened as shelters for displaced families.",
      "The army sent bulldozers to clear the landslides, and the power company restored electricity to half of the valley by Thursday evening.",
      STORY[1],
      STORY[2],
      "Aid groups appealed for clean water, blankets and tents as the nights turned cold in the mountains above the river.",
      "The provincial government promised compensation for every destroyed house and said an inquiry would examine the embankment's design.",
    ];
    const { links } = await findLineage([doc("first", STORY, "2026-03-03"), doc("follow-up", followUp, "2026-03-05")]);
    for (const link of links) assert.equal(link.relation, "rewrite");
  });

  it("does not link two syndicated columns through their distribution notice", async () => {
    const notice = "Distributed by Example Features Syndicate. Copyright 2026 Example Features. All rights reserved.";
    const garden = doc("garden", [
      "Tomatoes under glass need less water than most growers think, and far more air on warm afternoons.",
      "Open the vents by mid-morning, shade the south panes in July and feed the plants weekly once the first truss has set.",
      notice,
    ]);
    const chess = doc("chess", [
      "Correspondence chess survives in an age of instant engines because its players love the slow ritual of the postcard.",
      "A single game can last two years, and the best of them read like letters between old friends who never met.",
      notice,
    ]);
    const { links } = await findLineage([garden, chess]);
    assert.deepEqual(links, []);
  });

  it("finds nothing in unrelated, short or no documents", async () => {
    assert.deepEqual((await findLineage([])).links, []);
    const { links, messages } = await findLineage([doc("a", ["Short note."]), doc("b", ["Short note."]), doc("flood", STORY)]);
    assert.deepEqual(links, []);
    assert.equal(messages.size, 0);
  });

  it("flags a story pasted twice, with offsets in raw", async () => {
    const raw = ` date 2026-01-05 ${STORY.join("\n\n")}\n\n${STORY.slice(0, 3).join("\n\n")}`;
    const pasted = cleanDocumentFrom("pasted", raw);
    const { messages } = await findLineage([pasted]);
    const [message] = messages.get("pasted") ?? [];
    assert.equal(message?.rule, "internal-repeat");
    assert.equal(message.stage, "lineage");
    assert.equal(message.start, raw.lastIndexOf("Flooding in the northern valley"));
    assert.equal(message.end, raw.length);
  });

  it("maps a repeat through toRaw when cleaning inserted the paragraph breaks", async () => {
    const paragraphs = [...STORY, ...STORY.slice(0, 3)];
    const raw = paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join("");
    const base = doc("html", paragraphs);
    const toRaw = new Int32Array(base.text.length).fill(-1);
    let rawAt = 0;
    let textAt = 0;
    for (const paragraph of paragraphs) {
      rawAt += 3;
      for (let i = 0; i < paragraph.length; i++) toRaw[textAt + i] = rawAt + i;
      rawAt += paragraph.length + 4;
      textAt += paragraph.length + 2;
    }
    const { messages } = await findLineage([{ ...base, raw, format: "html", toRaw }]);
    const [message] = messages.get("html") ?? [];
    assert.equal(message?.start, raw.lastIndexOf("Flooding in the northern valley"));
    assert.equal(message.end, raw.length - "</p>".length);
  });

  it("gives the same answer twice", async () => {
    const docs = [doc("x", STORY), doc("y", STORY.slice(1))];
    assert.deepEqual(await findLineage(docs), await findLineage(docs));
  });
});

describe("findLineage on the founding corpus", { skip: !existsSync(FOUNDING) }, () => {
  let docs: CleanDocument[] = [];
  let links: Link[] = [];
  let messages = new Map<string, Message[]>();
  let families: Family[] = [];
  before(async () => {
    docs = readFolder(FOUNDING);
    ({ links, families, messages } = await findLineage(docs));
  });
  const id = (prefix: string): string => docs.find((d) => d.id.startsWith(prefix))?.id ?? prefix;

  it("links the earlier and the updated AP text as versions, the update newer", () => {
    const link = linkBetween(links, id("000"), id("001"));
    assert.ok(link, "000 ~ 001 linked");
    assert.ok(["version", "duplicate"].includes(link.relation));
    assert.equal(link.newer, id("001"));
    assert.ok(link.changes.some((change) => change.after.includes("killed 50 people")));
  });

  it("makes one family of the AP texts and their paraphrase, the update newest, 000 not", () => {
    assert.equal(families.length, 1);
    const [family] = families;
    assert.deepEqual(family.members, [id("000"), id("001"), id("003")]);
    assert.equal(family.id, id("000"));
    assert.ok(family.newest.includes(id("001")) && !family.newest.includes(id("000")));
    assert.deepEqual(family.versions, [[id("000"), id("001")]]);
    assert.equal(family.relations.length, links.length);
  });

  it("links the paraphrase to the AP text", () => {
    const link = linkBetween(links, id("003"), id("000")) ?? linkBetween(links, id("003"), id("001"));
    assert.ok(link && ["rewrite", "version"].includes(link.relation));
  });

  it("keeps the independent reports apart", () => {
    for (const [x, y] of [["002", "000"], ["002", "001"], ["004", "000"], ["004", "001"], ["002", "004"], ["002", "003"], ["004", "003"]]) {
      assert.equal(linkBetween(links, id(x), id(y)), undefined, `${x} ~ ${y}`);
    }
  });

  it("flags the paraphrase that tells its story twice, pointing at the second telling", () => {
    const [message] = messages.get(id("003")) ?? [];
    assert.equal(message?.rule, "internal-repeat");
    const raw = docs.find((d) => d.id === id("003"))?.raw ?? "";
    const secondTitle = raw.lastIndexOf("Pakistan Launches Massive Crackdown");
    assert.ok(secondTitle > raw.indexOf("Pakistan Launches Massive Crackdown"));
    assert.equal(message.start, secondTitle);
    for (const prefix of ["000", "001", "002"]) assert.equal(messages.get(id(prefix)), undefined, prefix);
  });
});

describe("findLineage on ecbplus-dev", { skip: !existsSync(ECBPLUS) }, () => {
  let links: Link[] = [];
  // Exact 5-shingle Jaccard of all pairs, as shared/check/near-duplicates.py computes it.
  const near: [string, string, number][] = [];
  before(async () => {
    const docs = readFolder(join(ECBPLUS, "docs"));
    ({ links } = await findLineage(docs));
    const hasher = new WordHasher(await loadHasher());
    const sets = docs.map((d) => shingleSet(Uint32Array.from(shingleWords(d.text), (w) => hasher.word(w)), 5));
    for (let i = 0; i < docs.length; i++) {
      for (let j = i + 1; j < docs.length; j++) {
        const shared = sortedIntersectionSize(sets[i], sets[j]);
        const jaccard = shared / (sets[i].length + sets[j].length - shared);
        if (jaccard >= 0.5) near.push([docs[i].id, docs[j].id, jaccard]);
      }
    }
  });

  it("links every pair at 5-shingle Jaccard >= 0.8 as duplicate or version", () => {
    for (const [a, b, jaccard] of near.filter(([, , j]) => j >= 0.8)) {
      const relation = linkBetween(links, a, b)?.relation;
      assert.ok(relation === "duplicate" || relation === "version", `${a} ~ ${b} (${jaccard.toFixed(3)}): ${relation}`);
    }
  });

  it("links at least 85% of the pairs at Jaccard >= 0.5", () => {
    const found = near.filter(([a, b]) => linkBetween(links, a, b)).length;
    assert.ok(near.length > 0 && found / near.length >= 0.85, `${found}/${near.length}`);
  });

  it("calls no pair below 5-shingle Jaccard 0.3 a version or duplicate: a version shares most of its text", () => {
    const low = links.filter((link) => link.relation !== "rewrite" && link.similarity < 0.3);
    assert.deepEqual(low.map((link) => `${link.a} ~ ${link.b} ${link.relation} ${link.similarity}`), []);
  });

  it("never links reports of different events", () => {
    const clusters = JSON.parse(readFileSync(join(ECBPLUS, "gold.json"), "utf8")).clusters as Record<string, string[]>;
    const clusterOf = new Map(Object.entries(clusters).flatMap(([name, ids]) => ids.map((i) => [i, name] as const)));
    const cross = links.filter((link) => clusterOf.get(link.a) !== clusterOf.get(link.b));
    assert.deepEqual(cross.map((link) => `${link.a} ~ ${link.b} ${link.relation}`), []);
  });
});
