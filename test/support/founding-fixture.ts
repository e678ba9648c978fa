// The founding corpus (examples/balochistan-2026-02) as extraction should read it: every
// statement of a number of people, built by hand from the reports' own sentences.
import type { ActorKind, AssertionMention, ClaimEvidence, BackgroundMention, CleanDocument, DateMention, Extraction, Link, Statement } from "../../src/types.ts";
import { cleanDocument, corpusRaw, corpusStatement as st, link } from "./reconcile.ts";
import { findEventKinds } from "../../src/extract/event-kinds.ts";

export const D0 = "000_b9f804cec24d2e21"; // The Independent, the earlier AP version, 2026-02-02
export const D1 = "001_f3904f487e54e178"; // AP, the updated version, 2026-02-02
export const D2 = "002_9f626bbe260c2a28"; // The Independent, the chief minister's figures, 2026-02-01
export const D3 = "003_2f94e5660727e969"; // Tatkaal Khabar, a rewrite of the earlier AP version, 2026-02-02
export const D4 = "004_0eefc35202e5fb1d"; // an unnamed site, the chief minister's figures, 2026-02-02

export const PUBLISHED: Record<string, string> = { [D0]: "2026-02-02", [D1]: "2026-02-02", [D2]: "2026-02-01", [D3]: "2026-02-02", [D4]: "2026-02-02" };

export const foundingLinks: Link[] = [link(D0, D1, "version", D1), link(D3, D0, "rewrite", null)];

const MON = "2026-02-02";
const SUN = "2026-02-01";

const LEAD_AP =
  "Pakistani security forces killed about two dozen militants overnight in multiple raids in the insurgency-hit southwest bordering Afghanistan, raising the militant death toll to 177 in the past 48 hours, officials said Monday";
const RAIDS = "after nearly 200 militants in small groups carried out simultaneous suicide bombings";
const NAQVI = "On Monday, Interior Minister Mohsin Naqvi in a statement praised the security forces for killing an additional 22 insurgents.";
const JAFFAR = "In March, at least 31 people were killed when BLA militants attacked the Jaffar express train carrying hundreds of people in Balochistan, taking passengers hostage before security forces launched a rescue operation.";
const JAFFAR_ASSAILANTS = "All 33 assailants were killed, and the passengers were freed.";

function apFamily(document: string): Statement[] {
  return [
    st(document, LEAD_AP, "about two dozen", { measure: "killed", group: "militants", value: 24, qualifier: "about", scope: "partial", scopeText: "overnight", attribution: "officials", reported: MON }),
    st(document, LEAD_AP, "177", { measure: "killed", group: "militants", value: 177, scopeText: "in the past 48 hours", attribution: "officials", reported: MON }),
    st(document, RAIDS, "nearly 200", { measure: "attackers", group: "militants", value: 200, qualifier: "nearly", reported: MON }),
    st(document, NAQVI, "an additional 22", { measure: "killed", group: "militants", value: 22, scope: "partial", scopeText: "an additional", attribution: "Interior Minister Mohsin Naqvi", reported: MON }),
    st(document, JAFFAR, "at least 31", { measure: "killed", group: "victims", value: 31, qualifier: "at_least", reported: null, background: "jaffar express" }),
    st(document, JAFFAR_ASSAILANTS, "33", { measure: "killed", group: "militants", value: 33, reported: null, background: "jaffar express" }),
  ];
}

export function foundingStatements(): Statement[] {
  const d0Tail = "following a wave of coordinated insurgent attacks that killed at least 33 people, mostly civilian.";
  const d0Weekend = "The weekend attacks claimed by BLA killed at least 18 civilians and 15 members of the security forces";
  const d1Follows = "The announcement follows a wave of coordinated insurgent attacks that killed 50 people, mostly civilians, including women and children.";
  const d1Asif = "On Monday, Defense Minister Khawaja Mohammad Asif said the weekend attacks claimed by BLA killed 33 civilians and 17 security forces.";
  const d2Lead = "At least 31 civilians are among almost 200 dead following coordinated insurgent attacks across a southern province in Pakistan";
  const d2Said = "Balochistan’s chief minister said on Sunday that 31 civilians, 17 members of the security forces and 145 militants had died in raids and attacks on Friday and Saturday.";
  const d2Army = "Nearly 100 militants were killed on that day alone, Pakistan’s army said.";
  const d2Quote = "“145 terrorists have been killed, and their bodies are in the custody of authorities,” chief minister Sarfaraz Bugti said";
  const d3Lead = "killing 177 Baloch militants within just 48 hours in the troubled Balochistan region";
  const d3Weekend = "The weekend attacks, claimed by the BLA, killed at least 18 civilians and 15 security personnel";
  const d3Dead = "after a wave of coordinated attacks across the province that left at least 33 people dead, most of them civilians";
  const d4Lead = "Pakistan’s security forces have killed at least 145 militants during extensive combing and counterterrorism operations";
  const d4Officials = "Officials confirmed that at least 17 law enforcement personnel and 31 civilians lost their lives in the attacks";
  const bugti = "Chief Minister Sarfaraz Bugti";
  return [
    // 000: The Independent carrying the earlier AP version.
    ...apFamily(D0),
    st(D0, d0Tail, "at least 33", { measure: "killed", group: "victims", value: 33, qualifier: "at_least", reported: MON }),
    st(D0, d0Weekend, "at least 18", { measure: "killed", group: "civilians", value: 18, qualifier: "at_least", reported: MON }),
    st(D0, d0Weekend, "15", { measure: "killed", group: "security_forces", value: 15, qualifier: "at_least", reported: MON }),
    // 001: the updated AP story.
    ...apFamily(D1),
    st(D1, d1Follows, "50", { measure: "killed", group: "victims", value: 50, reported: MON }),
    st(D1, d1Asif, "33", { measure: "killed", group: "civilians", value: 33, attribution: "Defense Minister Khawaja Mohammad Asif", reported: MON }),
    st(D1, d1Asif, "17", { measure: "killed", group: "security_forces", value: 17, attribution: "Defense Minister Khawaja Mohammad Asif", reported: MON }),
    // 002: the chief minister's press conference, a day earlier.
    st(D2, d2Lead, "At least 31", { measure: "killed", group: "civilians", value: 31, qualifier: "at_least", reported: SUN }),
    st(D2, d2Lead, "almost 200", { measure: "killed", group: "all", value: 200, qualifier: "nearly", reported: SUN }),
    st(D2, d2Said, "31", { measure: "killed", group: "civilians", value: 31, attribution: "Balochistan’s chief minister", reported: SUN }),
    st(D2, d2Said, "17", { measure: "killed", group: "security_forces", value: 17, attribution: "Balochistan’s chief minister", reported: SUN }),
    st(D2, d2Said, "145", { measure: "killed", group: "militants", value: 145, attribution: "Balochistan’s chief minister", reported: SUN }),
    st(D2, d2Army, "Nearly 100", { measure: "killed", group: "militants", value: 100, qualifier: "nearly", scope: "partial", scopeText: "on that day alone", attribution: "Pakistan’s army", reported: SUN }),
    st(D2, d2Quote, "145", { measure: "killed", group: "militants", value: 145, attribution: "chief minister Sarfaraz Bugti", reported: SUN }),
    // 003: a rewrite of the earlier AP version.
    st(D3, d3Lead, "177", { measure: "killed", group: "militants", value: 177, scopeText: "within just 48 hours", reported: MON }),
    st(D3, "Officials said around two dozen militants were killed in fresh overnight raids", "around two dozen", { measure: "killed", group: "militants", value: 24, qualifier: "about", scope: "partial", scopeText: "in fresh overnight raids", attribution: "Officials", reported: MON }),
    st(D3, d3Dead, "at least 33", { measure: "killed", group: "victims", value: 33, qualifier: "at_least", reported: MON }),
    st(D3, "According to officials, nearly 200 militants, operating in small groups, carried out simultaneous suicide bombings", "nearly 200", { measure: "attackers", group: "militants", value: 200, qualifier: "nearly", attribution: "officials", reported: MON }),
    st(D3, d3Weekend, "at least 18", { measure: "killed", group: "civilians", value: 18, qualifier: "at_least", reported: MON }),
    st(D3, d3Weekend, "15", { measure: "killed", group: "security_forces", value: 15, qualifier: "at_least", reported: MON }),
    st(D3, "praised the security forces for killing an additional 22 insurgents", "an additional 22", { measure: "killed", group: "militants", value: 22, scope: "partial", scopeText: "an additional", attribution: "Interior Minister Mohsin Naqvi", reported: MON }),
    // 004: the chief minister's figures, published a day later.
    st(D4, d4Lead, "at least 145", { measure: "killed", group: "militants", value: 145, qualifier: "at_least", attribution: bugti, reported: MON }),
    st(D4, d4Officials, "at least 17", { measure: "killed", group: "security_forces", value: 17, qualifier: "at_least", attribution: "Officials", reported: MON }),
    st(D4, d4Officials, "31", { measure: "killed", group: "civilians", value: 31, attribution: "Officials", reported: MON }),
  ];
}

const span = (document: string, text: string): { start: number; end: number } => {
  const start = corpusRaw(document).indexOf(text);
  if (start < 0) throw new Error(`"${text}" not in ${document}`);
  return { start, end: start + text.length };
};

const PLACES: Record<string, { country: string; lat: number; lon: number; kind: string }> = {
  Quetta: { country: "PK", lat: 30.19, lon: 67.01, kind: "city" },
  Gwadar: { country: "PK", lat: 25.12, lon: 62.33, kind: "city" },
  Mastung: { country: "PK", lat: 29.8, lon: 66.85, kind: "city" },
  Noshki: { country: "PK", lat: 29.55, lon: 66.02, kind: "city" },
  Nushki: { country: "PK", lat: 29.552, lon: 66.021, kind: "city" },
  Balochistan: { country: "PK", lat: 28.5, lon: 65.5, kind: "province" },
  Pakistan: { country: "PK", lat: 30, lon: 70, kind: "country" },
};

/** What extraction should read from each founding report, beyond the statements. */
export function foundingExtractions(): Extraction[] {
  const statements = foundingStatements();
  const docs = [D0, D1, D2, D3, D4];
  return docs.map((document) => {
    const raw = corpusRaw(document);
    const places = Object.entries(PLACES).flatMap(([name, p]) =>
      [...raw.matchAll(new RegExp(`\\b${name}\\b`, "g"))].map((m) => ({ name, ...p, start: m.index!, end: m.index! + name.length })),
    );
    const actors = [...raw.matchAll(/\b(?:Baloch Liberation Army|Balochistan Liberation Army|BLA)\b/g)].map((m) => ({
      name: "Baloch Liberation Army",
      surface: m[0],
      kind: "armed_group" as ActorKind,
      role: "attacker",
      start: m.index!,
      end: m.index! + m[0].length,
    }));
    for (const m of raw.matchAll(/\b(?:Sarfaraz Bugti|Khawaja Mohammad Asif|Mohsin Naqvi)\b/g)) {
      actors.push({ name: m[0], surface: m[0], kind: "person", role: "official", start: m.index!, end: m.index! + m[0].length });
    }
    const dates: DateMention[] = [];
    if (raw.includes("on Friday and Saturday")) dates.push({ date: "2026-01-30", until: "2026-01-31", text: "on Friday and Saturday", ...span(document, "on Friday and Saturday"), background: false });
    if (raw.includes("since early Saturday")) dates.push({ date: "2026-01-31", until: null, text: "since early Saturday", ...span(document, "since early Saturday"), background: false });
    if (raw.includes("On Monday")) dates.push({ date: "2026-02-02", until: null, text: "On Monday", ...span(document, "On Monday"), background: false });
    if (raw.includes("In March")) dates.push({ date: "2025-03-11", until: null, text: "In March", ...span(document, "In March"), background: true });
    const assertions: AssertionMention[] = [];
    // Claims as extraction records them: one mention per claim, the evidence sentence by sentence.
    const evidence = (stance: ClaimEvidence["stance"], who: string, words: string, reported = MON): ClaimEvidence =>
      ({ document, stance, who, quote: words, ...span(document, words), reported, place: null });
    const backing = (items: ClaimEvidence[]): AssertionMention => ({
      claim: "The attacks were backed by India", kind: "backing", subject: "IN", document, ...span(document, items[0].quote), evidence: items,
      by: items.filter((e) => e.stance === "asserts").map((e) => e.who!), disputedBy: items.filter((e) => e.stance === "denies").map((e) => e.who!),
    });
    if (document === D2) {
      assertions.push(backing([
        evidence("asserts", "Pakistan's military", "Indian-sponsored", "2026-01-31"),
        evidence("denies", "New Delhi", "India denied the accusation", SUN),
        evidence("denies", "Randhir Jaiswal", "We categorically reject the baseless allegations", SUN),
      ]));
    }
    if (document === D4) {
      assertions.push(backing([
        evidence("asserts", "Pakistan's military", "backed by India"),
        evidence("asserts", "Pakistan's defence minister", "The accusation was reiterated"),
        evidence("denies", "India", "India firmly rejected the allegations"),
      ]));
    }
    const background: BackgroundMention[] = raw.includes("Jaffar")
      ? [{ key: "jaffar express", title: "Attack on the Jaffar Express train", when: "2025-03", document, ...span(document, "Jaffar") }]
      : [];
    // The kinds of event are read as extraction reads them: they are word counts, not judgements.
    const eventKinds = findEventKinds(cleanDocument(document, raw));
    return { document, statements: statements.filter((s) => s.document === document), places, actors, dates, assertions, background, eventKinds };
  });
}

export function foundingDocuments(): CleanDocument[] {
  const outlets: Record<string, string | null> = { [D0]: "The Independent", [D1]: null, [D2]: "The Independent", [D3]: "Tatkaal Khabar", [D4]: null };
  return [D0, D1, D2, D3, D4].map((id) =>
    cleanDocument(id, corpusRaw(id), { published: PUBLISHED[id], outlet: outlets[id], wire: id === D1 || id === D0 ? "AP" : null }),
  );
}
