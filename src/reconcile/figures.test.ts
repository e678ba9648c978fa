// One test per reconciliation rule (docs/reconciliation.md), on statements built by hand:
// founding-corpus sentences first, then sentences written in news style.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Figure, Statement } from "../types.ts";
import { D0, D1, D2, D3, D4, PUBLISHED, foundingLinks, foundingStatements } from "../../test/support/founding-fixture.ts";
import { link, reconcileOverLinks, statement } from "../../test/support/reconcile.ts";

const find = (figures: Figure[], measure: string, group: string): Figure => {
  const f = figures.find((x) => x.measure === measure && x.group === group);
  assert.ok(f, `no figure ${measure}/${group} among ${figures.map((x) => `${x.measure}/${x.group}`).join(", ")}`);
  return f;
};
const hasRule = (f: Figure, prefix: string): boolean => f.rules.some((r) => r.startsWith(prefix));
const own = (list: Statement[]) => list.filter((s) => !s.background);

test("founding corpus: the figures gold.json expects", () => {
  const figures = reconcileOverLinks(own(foundingStatements()), foundingLinks, { published: PUBLISHED });
  const militants = find(figures, "killed", "militants");
  assert.deepEqual([militants.best, militants.low, militants.high], [177, 145, 177]);
  assert.equal(militants.status, "updated");
  assert.equal(militants.asOf, "2026-02-02");
  for (const partial of [24, 22, 100]) {
    assert.ok(![militants.best, militants.low, militants.high].includes(partial), `partial ${partial} used as a total`);
  }
  const civilians = find(figures, "killed", "civilians");
  assert.deepEqual([civilians.best, civilians.low, civilians.high], [33, 18, 33]);
  assert.notEqual(civilians.status, "disputed");
  const security = find(figures, "killed", "security_forces");
  assert.deepEqual([security.best, security.low, security.high], [17, 15, 17]);
  assert.equal(find(figures, "killed", "victims").best, 50);
  const attackers = find(figures, "attackers", "militants");
  assert.equal(attackers.best, 200);
  assert.equal(attackers.status, "agreed");
  // 000, 001 and 003 are one story: three sources in all for the militant toll.
  assert.equal(militants.sources, 3);
});

test("founding corpus: the same figures when links carry no `newer` and dates are unknown", () => {
  const links = foundingLinks.map((l) => ({ ...l, newer: null }));
  const figures = reconcileOverLinks(own(foundingStatements()), links);
  assert.equal(find(figures, "killed", "militants").best, 177);
  assert.equal(find(figures, "killed", "civilians").best, 33);
  assert.equal(find(figures, "killed", "security_forces").best, 17);
  assert.equal(find(figures, "killed", "victims").best, 50);
});

test("founding corpus: a rewrite marked newer than the updated version does not bring back the first version's figures", () => {
  // As the lineage stage links them: 003 paraphrases the first AP version, written after both.
  const links = [link(D0, D1, "version", D1), link(D0, D3, "rewrite", D3), link(D1, D3, "rewrite", D3)];
  const figures = reconcileOverLinks(own(foundingStatements()), links, { published: PUBLISHED });
  assert.equal(find(figures, "killed", "civilians").best, 33);
  assert.equal(find(figures, "killed", "security_forces").best, 17);
  assert.equal(find(figures, "killed", "victims").best, 50);
  assert.equal(find(figures, "killed", "militants").best, 177);
});

test("a bound is no rival to a count it allows: 'at least 24' a day after 'nearly 200'", () => {
  const sunday = statement("s1", "At least 31 civilians are among almost 200 dead.", "almost 200", { measure: "killed", group: "all", value: 200, qualifier: "nearly", reported: "2026-02-01" });
  const monday = statement("m1", "At least 24 people were killed in the attacks.", "At least 24", { measure: "killed", group: "all", value: 24, qualifier: "at_least", reported: "2026-02-02" });
  const [f] = reconcileOverLinks([sunday, monday], []);
  assert.equal(f.best, 200);
  assert.notEqual(f.status, "disputed");
});

test("copies count once: a duplicate family is one source, its newest member speaks for it", () => {
  const figures = reconcileOverLinks(
    own(foundingStatements()).filter((s) => [D0, D1].includes(s.document) && s.measure === "killed" && s.group === "civilians"),
    foundingLinks,
    { published: PUBLISHED },
  );
  const civilians = find(figures, "killed", "civilians");
  assert.equal(civilians.sources, 1);
  assert.equal(civilians.best, 33);
  assert.equal(civilians.low, 18);
  assert.ok(hasRule(civilians, "newest-member"), civilians.rules.join("\n"));
  assert.equal(civilians.status, "updated");
});

test("newest member speaks even when the older version names its source better", () => {
  const older = statement("wire-1", "At least 9 people were killed, Mayor Ana Ruiz said.", "At least 9", { measure: "killed", group: "victims", value: 9, qualifier: "at_least", attribution: "Mayor Ana Ruiz", reported: "2025-05-03" });
  const newer = statement("wire-2", "The death toll rose to 14 on Sunday.", "14", { measure: "killed", group: "victims", value: 14, reported: "2025-05-04" });
  const [f] = reconcileOverLinks([older, newer], [link("wire-1", "wire-2", "version", "wire-2")]);
  assert.equal(f.best, 14);
  assert.equal(f.sources, 1);
});

test("qualifiers: 'at least 18' is consistent with a later 33", () => {
  const figures = reconcileOverLinks(
    own(foundingStatements()).filter((s) => [D3, D1].includes(s.document) && s.group === "civilians"),
    [],
  );
  const civilians = find(figures, "killed", "civilians");
  assert.equal(civilians.best, 33);
  assert.notEqual(civilians.status, "disputed");
  assert.ok(hasRule(civilians, "qualifier: at least 18"), civilians.rules.join("\n"));
});

test("a cumulative toll that rises over time is an update, not a dispute", () => {
  const sunday = own(foundingStatements()).filter((s) => s.document === D2 && s.group === "militants" && s.scope === "total");
  const monday = own(foundingStatements()).filter((s) => s.document === D1 && s.group === "militants" && s.scope === "total");
  const [f] = reconcileOverLinks([...sunday, ...monday], []);
  assert.equal(f.status, "updated");
  assert.equal(f.best, 177);
  assert.equal(f.asOf, "2026-02-02");
  assert.ok(hasRule(f, "updated: 145 (2026-02-01) → 177 (2026-02-02)"), f.rules.join("\n"));
});

test("a figure repeated a day later is not a contradiction of the newer figure", () => {
  // 004 repeats Sunday's 31 civilians on Monday, when 001 has 33 from the defence minister.
  const list = own(foundingStatements()).filter((s) => [D2, D4, D1].includes(s.document) && s.group === "civilians");
  const [f] = reconcileOverLinks(list, foundingLinks);
  assert.equal(f.best, 33);
  assert.notEqual(f.status, "disputed");
  assert.ok(hasRule(f, "stale-repeat"), f.rules.join("\n"));
});

test("a source restating its own figure a day later still contradicts another of that day", () => {
  const day1 = statement("police-1", "Ten people were killed, police said on Monday.", "Ten", { measure: "killed", group: "victims", value: 10, attribution: "police", reported: "2025-04-07" });
  const day2 = statement("police-2", "Police said on Tuesday the toll stood at 10.", "10", { measure: "killed", group: "victims", value: 10, attribution: "police", reported: "2025-04-08" });
  const other = statement("rights-1", "A rights group said on Tuesday that 31 people were killed.", "31", { measure: "killed", group: "victims", value: 31, attribution: "a rights group", reported: "2025-04-08" });
  const [f] = reconcileOverLinks([day1, day2, other], [link("police-1", "police-2", "version", "police-2")]);
  assert.equal(f.status, "disputed", f.rules.join("\n"));
});

test("partial-scope statements never become best, low or high", () => {
  const list = own(foundingStatements()).filter((s) => [D0, D2].includes(s.document) && s.group === "militants");
  const [f] = reconcileOverLinks(list, []);
  assert.ok(list.some((s) => s.scope === "partial"));
  for (const partial of [24, 22, 100]) assert.ok(![f.best, f.low, f.high].includes(partial));
  assert.ok(hasRule(f, "partial-excluded"), f.rules.join("\n"));
  assert.ok(f.statements.some((s) => s.value === 100), "parts stay among the statements, cited");
});

test("parts alone make no figure; parts above a total are noted as a bound", () => {
  const part = statement("n1", "Another 6 people were killed overnight, police said.", "Another 6", { measure: "killed", group: "victims", value: 6, scope: "partial", scopeText: "overnight", reported: "2025-03-02" });
  assert.deepEqual(reconcileOverLinks([part], []), []);
  const day1 = statement("n2", "Twelve people were killed on Saturday alone, officials said.", "Twelve", { measure: "killed", group: "victims", value: 12, scope: "partial", scopeText: "on Saturday alone", reported: "2025-03-02" });
  const day2 = statement("n2", "On Sunday, 9 more died, officials said.", "9 more", { measure: "killed", group: "victims", value: 9, scope: "partial", scopeText: "on Sunday", reported: "2025-03-02" });
  const total = statement("n3", "The attacks killed 15 people, the ministry said.", "15", { measure: "killed", group: "victims", value: 15, attribution: "the ministry", reported: "2025-03-02" });
  const [f] = reconcileOverLinks([day1, day2, total], []);
  assert.equal(f.best, 15);
  assert.ok(f.rules.some((r) => r.startsWith("parts-bound") && r.includes("21")), f.rules.join("\n"));
});

test("contradiction at the same time: 12 killed against no one killed is disputed, both sides cited", () => {
  const police = statement("a1", "Twelve people were killed when the market was shelled, police spokesman Omar Haddad said on Tuesday.", "Twelve", { measure: "killed", group: "civilians", value: 12, attribution: "police spokesman Omar Haddad", reported: "2025-06-10" });
  const army = statement("b1", "No one was killed in the strike on the market, the army said on Tuesday.", "No one", { measure: "killed", group: "civilians", value: 0, attribution: "the army", reported: "2025-06-10" });
  const [f] = reconcileOverLinks([police, army], []);
  assert.equal(f.status, "disputed");
  assert.equal(f.best, 12);
  assert.equal(f.low, 0);
  assert.equal(f.high, 12);
  const dispute = f.rules.find((r) => r.startsWith("disputed:"));
  assert.ok(dispute && dispute.includes("a1") && dispute.includes("b1"), f.rules.join("\n"));
  assert.ok(f.rules.some((r) => r.startsWith("side: 12 (a1) over 0") && r.includes("denial")), f.rules.join("\n"));
});

test("a denial from a more specific source does not make a reported toll zero", () => {
  const health = statement("h1", "An airstrike killed 12 civilians on Tuesday, local health officials said.", "12", { measure: "killed", group: "civilians", value: 12, attribution: "local health officials", reported: "2024-03-05" });
  const army = statement("m1", "Army spokesman Col. Karim Aziz said no civilians were killed.", "no civilians", { measure: "killed", group: "civilians", value: 0, attribution: "Army spokesman Col. Karim Aziz", reported: "2024-03-05" });
  const [f] = reconcileOverLinks([health, army], []);
  assert.equal(f.status, "disputed");
  assert.equal(f.best, 12);
  assert.equal(f.low, 0);
});

test("two independent exact totals that differ on the same day are disputed; best is a side, not an average", () => {
  const a = statement("x1", "The blast killed 40 people, officials said on Friday.", "40", { measure: "killed", group: "victims", value: 40, attribution: "officials", reported: "2025-01-10" });
  const b = statement("y1", "Health Minister Sara Okafor said on Friday that 52 people died in the blast.", "52", { measure: "killed", group: "victims", value: 52, attribution: "Health Minister Sara Okafor", reported: "2025-01-10" });
  const [f] = reconcileOverLinks([a, b], []);
  assert.equal(f.status, "disputed");
  assert.equal(f.best, 52, "the named minister's side, not 46");
});

test("disputed: best is the winning side's newest total, its own later update included", () => {
  const police1 = statement("p1", "Twelve people were killed, police chief Ana Silva said on Monday.", "Twelve", { measure: "killed", group: "civilians", value: 12, attribution: "police chief Ana Silva", reported: "2025-06-09" });
  const army = statement("b2", "No one was killed, the army said on Monday.", "No one", { measure: "killed", group: "civilians", value: 0, attribution: "the army", reported: "2025-06-09" });
  const police2 = statement("p2", "The toll rose to 15 on Tuesday, police chief Ana Silva said.", "15", { measure: "killed", group: "civilians", value: 15, attribution: "police chief Ana Silva", reported: "2025-06-10" });
  // p1 and p2 are two outlets quoting the same police chief.
  const [f] = reconcileOverLinks([police1, army, police2], []);
  assert.equal(f.status, "disputed");
  assert.equal(f.best, 15);
  assert.equal(f.asOf, "2025-06-10");
});

test("undated reports that differ cannot be ordered: a change, unless one denies any harm", () => {
  const a = statement("u1", "The fire killed 4 people.", "4", { measure: "killed", group: "victims", value: 4 });
  const b = statement("u2", "Nine people died in the fire, firefighters said.", "Nine", { measure: "killed", group: "victims", value: 9, attribution: "firefighters" });
  const [f] = reconcileOverLinks([a, b], []);
  assert.equal(f.status, "updated");
  assert.equal(f.asOf, null);
  assert.ok(hasRule(f, "undated"), f.rules.join("\n"));
  const denial = statement("u3", "No one was hurt, the owner said.", "No one", { measure: "killed", group: "victims", value: 0, attribution: "the owner" });
  const [g] = reconcileOverLinks([a, denial], []);
  assert.equal(g.status, "disputed");
});

test("a change word explains a same-day difference: 'raising the toll to' is an update", () => {
  const a = statement("x2", "The blast killed 40 people, officials said on Friday.", "40", { measure: "killed", group: "victims", value: 40, attribution: "officials", reported: "2025-01-10" });
  const b = statement("y2", "Rescuers pulled more bodies from the rubble, raising the death toll to 52, officials said Friday.", "52", { measure: "killed", group: "victims", value: 52, attribution: "officials", reported: "2025-01-10" });
  const [f] = reconcileOverLinks([a, b], []);
  assert.equal(f.status, "updated");
  assert.equal(f.best, 52);
  assert.ok(hasRule(f, "change-explained"), f.rules.join("\n"));
});

// `later-report`: two reports of one day; the one whose own toll rose past the other's is the later one.
const STORM_EARLY = "A storm killed 14 people and injured 40 on Tuesday, officials said.";
const STORM_LATE = "The death toll from the storm rose to 31 on Tuesday, officials said, with 112 people injured.";
const storm = (document: string, sentence: string, number: string, measure: "killed" | "injured", value: number) =>
  statement(document, sentence, number, { measure, group: "victims", value, attribution: "officials", reported: "2025-04-08" });

test("later-report: a report whose own death toll rose that day updates the other report's injured count", () => {
  const list = [storm("e1", STORM_EARLY, "14", "killed", 14), storm("e1", STORM_EARLY, "40", "injured", 40), storm("l1", STORM_LATE, "31", "killed", 31), storm("l1", STORM_LATE, "112", "injured", 112)];
  const injured = find(reconcileOverLinks(list, []), "injured", "victims");
  assert.equal(injured.status, "updated");
  assert.equal(injured.best, 112);
  assert.ok(hasRule(injured, "later-report: 112 (l1"), injured.rules.join("\n"));
  assert.ok(!hasRule(injured, "change-explained"), "the injured count's own sentence says nothing moved");
  // The order does not depend on which report comes first.
  assert.equal(find(reconcileOverLinks([...list].reverse(), []), "injured", "victims").best, 112);
});

test("later-report: without a change word, two same-day counts from independent reports stay disputed", () => {
  const plain = "The death toll from the storm was 31 on Tuesday, officials said, with 112 people injured.";
  const list = [storm("e1", STORM_EARLY, "14", "killed", 14), storm("e1", STORM_EARLY, "40", "injured", 40), storm("l1", plain, "31", "killed", 31), storm("l1", plain, "112", "injured", 112)];
  const injured = find(reconcileOverLinks(list, []), "injured", "victims");
  assert.equal(injured.status, "disputed");
  assert.ok(!hasRule(injured, "later-report"));
});

test("later-report: a rise that does not lead past the other's count orders nothing", () => {
  // "rose to 31" against another report's 45 killed the same day: not evidence that it is the later report.
  const other = "A storm killed 45 people and injured 40 on Tuesday, officials said.";
  const list = [storm("e1", other, "45", "killed", 45), storm("e1", other, "40", "injured", 40), storm("l1", STORM_LATE, "31", "killed", 31), storm("l1", STORM_LATE, "112", "injured", 112)];
  assert.equal(find(reconcileOverLinks(list, []), "injured", "victims").status, "disputed");
});

test("later-report: a denial is never updated away, and two reports that each rose are not ordered", () => {
  const denial = "No one was injured, officials said on Tuesday, though the death toll rose to 31.";
  const noneHurt = statement("l2", denial, "No one", { measure: "injured", group: "victims", value: 0, attribution: "officials", reported: "2025-04-08" });
  const list = [storm("e1", STORM_EARLY, "14", "killed", 14), storm("e1", STORM_EARLY, "40", "injured", 40), storm("l2", denial, "31", "killed", 31), noneHurt];
  assert.equal(find(reconcileOverLinks(list, []), "injured", "victims").status, "disputed");
  const first = "The death toll rose to 20 on Tuesday, officials said, with 60 people injured and 5 missing.";
  const second = "The number of injured climbed to 90 on Tuesday, officials said, with 16 people killed and 8 missing.";
  const missing = (document: string, sentence: string, number: string, value: number) =>
    statement(document, sentence, number, { measure: "missing", group: "victims", value, attribution: "officials", reported: "2025-04-08" });
  const both = [storm("f1", first, "20", "killed", 20), storm("f1", first, "60", "injured", 60), missing("f1", first, "5", 5), storm("g1", second, "90", "injured", 90), storm("g1", second, "16", "killed", 16), missing("g1", second, "8", 8)];
  // f1's deaths rose past g1's 16 and g1's injured past f1's 60: each says it is the later one,
  // so nothing orders their missing counts.
  const figures = reconcileOverLinks(both, []);
  assert.ok(!figures.some((f) => hasRule(f, "later-report")), figures.flatMap((f) => f.rules).join("\n"));
  assert.equal(find(figures, "missing", "victims").status, "disputed");
});

test("best is the newest total from the most specific source; asOf is its reported date", () => {
  const vague = statement("p1", "At least 20 people were wounded, officials said Monday.", "At least 20", { measure: "injured", group: "victims", value: 20, qualifier: "at_least", attribution: "officials", reported: "2025-02-03" });
  const named = statement("q1", "Governor Luis Pena said Monday that 23 people were wounded.", "23", { measure: "injured", group: "victims", value: 23, attribution: "Governor Luis Pena", reported: "2025-02-03" });
  const earlier = statement("r1", "Eight people were wounded, a witness said.", "Eight", { measure: "injured", group: "victims", value: 8, attribution: "a witness", reported: "2025-02-02" });
  const [f] = reconcileOverLinks([vague, named, earlier], []);
  assert.equal(f.best, 23);
  assert.equal(f.asOf, "2025-02-03");
  assert.deepEqual([f.low, f.high], [8, 23]);
});

test("best's line names the newest report of the chosen count, as asOf does", () => {
  // Sunday's lead gives 17; on Monday a minister gives 17 again further down, and an "at least 17".
  const sunday = statement("s1", "Seventeen members of the security forces were killed, Chief Minister Sarfaraz Bugti said.", "Seventeen", { measure: "killed", group: "security_forces", value: 17, attribution: "Chief Minister Sarfaraz Bugti", speaker: { text: "Chief Minister Sarfaraz Bugti", kind: "official", name: "Sarfaraz Bugti" }, reported: "2026-02-01" });
  const monday = { ...statement("m1", "Defense Minister Khawaja Mohammad Asif said the attacks killed 17 security forces.", "17", { measure: "killed", group: "security_forces", value: 17, attribution: "Defense Minister Khawaja Mohammad Asif", speaker: { text: "Defense Minister Khawaja Mohammad Asif", kind: "official", name: "Khawaja Mohammad Asif" }, reported: "2026-02-02" }), place: { paragraph: 5, sentence: 1 } };
  const bound = { ...statement("o1", "Officials said at least 17 security personnel died.", "at least 17", { measure: "killed", group: "security_forces", value: 17, qualifier: "at_least", attribution: "officials", reported: "2026-02-02" }), place: { paragraph: 3, sentence: 2 } };
  const [f] = reconcileOverLinks([sunday, monday, bound], []);
  assert.equal(f.best, 17);
  assert.equal(f.asOf, "2026-02-02");
  const best = f.rules.find((r) => r.startsWith("best:"));
  assert.equal(best, "best: 17, the newest total (2026-02-02) from a named person (Defense Minister Khawaja Mohammad Asif)", f.rules.join("\n"));
});

test("partial-excluded names each part with its qualifier", () => {
  const total = statement("t1", "The raids killed 177 militants, officials said.", "177", { measure: "killed", group: "militants", value: 177, attribution: "officials", reported: "2026-02-02" });
  const part = statement("t2", "Nearly 100 militants were killed on that day alone.", "Nearly 100", { measure: "killed", group: "militants", value: 100, qualifier: "nearly", scope: "partial", scopeText: "alone", reported: "2026-02-02" });
  const [f] = reconcileOverLinks([total, part], []);
  assert.ok(f.rules.includes('partial-excluded: nearly 100 ("alone") in t2: part of the toll, not totals'), f.rules.join("\n"));
});

test("agreed: independent reports of one number", () => {
  const list = own(foundingStatements()).filter((s) => s.measure === "attackers");
  const [f] = reconcileOverLinks(list, foundingLinks);
  assert.equal(f.status, "agreed");
  assert.equal(f.sources, 1);
  assert.ok([D0, D1, D3].every((d) => f.statements.some((s) => s.document === d)));
  // Three copies of one story are one source: its "agreed" is said to rest on it alone.
  assert.ok(f.rules.includes(`agreed: one source only (${[D0, D1, D3].sort().join(", ")}), nothing to check it against; every total says nearly 200`), f.rules.join("\n"));
});

test("agreed by two independent sources says no more than that every total agrees", () => {
  const a = statement("x1", "Nine people were killed, police said.", "Nine", { measure: "killed", group: "victims", value: 9, attribution: "police", reported: "2025-05-02" });
  const b = statement("y1", "Nine people died, medics said.", "Nine", { measure: "killed", group: "victims", value: 9, attribution: "medics", reported: "2025-05-02" });
  const [f] = reconcileOverLinks([a, b], []);
  assert.ok(f.rules.includes("agreed: every total says 9"), f.rules.join("\n"));
});

test("figures come in the contract's measure order, then group order", () => {
  const figures = reconcileOverLinks(own(foundingStatements()), foundingLinks);
  assert.deepEqual(
    figures.map((f) => `${f.measure}/${f.group}`),
    ["killed/victims", "killed/civilians", "killed/security_forces", "killed/militants", "killed/all", "attackers/militants"],
  );
  assert.ok(figures.every((f) => f.statements.length > 0 && f.rules.length > 0));
  void D4;
});
