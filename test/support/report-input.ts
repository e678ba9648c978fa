// Hand-made inputs for the report tests: three short news reports of a market shelling
// (one a copy of another), with a disputed toll, a rising toll, a claim and its denial, a
// background event, and article text that tries to inject HTML.
import type { CleanDocument, Event, Figure, Link, Statement } from "../../src/types.ts";
import { familiesOf } from "../../src/lineage/families.ts";
import { placeOf } from "../../src/extract/cues.ts";
import { cleanDocumentFromText, handMadeStatement, type StatementFields } from "./documents.ts";
import type { BuildReportInput } from "../../src/report/index.ts";

function doc(id: string, raw: string, meta: Partial<CleanDocument["meta"]>): CleanDocument {
  return cleanDocumentFromText(id, raw, {
    meta,
    source: `inputs/${id}.txt`,
    paragraphs: "whole",
    removed: [{ text: "Subscribe now", reason: "appeal", start: 0, end: 0 }],
  });
}

const A =
  "KHARKIV, Ukraine (Reuters) — Twelve people were killed when shells hit a market on Tuesday, regional governor Oleh Synehubov said.\n\n" +
  "Twenty people were wounded. <script>window.__pwned = 1</script>\n\n" +
  "Moscow said the market was used by soldiers, which Kyiv denied.";
const B =
  "Twelve people were killed when shells hit a market on Tuesday, regional governor Oleh Synehubov said.\n\n" +
  "Twenty people were wounded. <script>window.__pwned = 1</script>";
const C =
  '"Nobody was hurt," he said, a Russian defence ministry spokesman, on Tuesday. The ministry said no one was killed at the market "><img src=x onerror="window.__pwned=2">.\n\n' +
  "By Wednesday, 35 people had been treated for wounds, the hospital said, raising the count.\n\n" +
  "In 2022 a strike on the same market killed 4 people.";

function st(document: string, text: string, quote: string, fields: StatementFields): Statement {
  const at = Math.max(text.indexOf(quote), 0);
  return handMadeStatement(document, quote, at, at + quote.length, { reported: "2024-05-14", place: placeOf(text, quote), ...fields });
}

export function handMadeReportInput(): BuildReportInput {
  const documents = [
    doc("a_reuters", A, { title: "Shelling kills 12 at Kharkiv market", outlet: "Reuters", wire: "Reuters", dateline: "KHARKIV, Ukraine", published: "2024-05-14" }),
    doc("b_copy", B, { title: "Twelve killed at market", outlet: "Daily <b>Mirror</b> & Co", wire: "Reuters", published: "2024-05-14" }),
    doc("c_ministry", C, { title: 'Ministry: "no one killed"', outlet: "State TV", published: "2024-05-15" }),
  ];
  const killedA = st("a_reuters", A, "Twelve people were killed when shells hit a market on Tuesday, regional governor Oleh Synehubov said.", { measure: "killed", group: "civilians", value: 12, attribution: "regional governor Oleh Synehubov" });
  const killedB = { ...killedA, document: "b_copy" };
  const killedC = st("c_ministry", C, 'The ministry said no one was killed at the market "><img src=x onerror="window.__pwned=2">.', { measure: "killed", group: "civilians", value: 0, attribution: "the Russian defence ministry" });
  const killed: Figure = {
    measure: "killed",
    group: "civilians",
    best: 12,
    low: 0,
    high: 12,
    asOf: "2024-05-14",
    status: "disputed",
    rules: ["disputed: 12 (a_reuters) against 0 (c_ministry)", "best: 12, one side of the dispute, not an average: its source is more specific"],
    sources: 2,
    statements: [killedA, killedB, killedC],
  };
  const injured: Figure = {
    measure: "injured",
    group: "victims",
    best: 35,
    low: 20,
    high: 35,
    asOf: "2024-05-15",
    status: "updated",
    rules: ["updated: 20 (2024-05-14) → 35 (2024-05-15)"],
    sources: 2,
    statements: [
      st("a_reuters", A, "Twenty people were wounded. <script>window.__pwned = 1</script>", { measure: "injured", group: "victims", value: 20 }),
      st("c_ministry", C, "By Wednesday, 35 people had been treated for wounds, the hospital said, raising the count.", { measure: "injured", group: "victims", value: 35, attribution: "the hospital", reported: "2024-05-15" }),
    ],
  };
  const background = st("c_ministry", C, "In 2022 a strike on the same market killed 4 people.", { measure: "killed", group: "victims", value: 4, reported: null, background: "2022 strike" });
  const event: Event = {
    id: "kharkiv-market",
    title: "Shelling of Kharkiv market, Ukraine",
    documents: ["a_reuters", "b_copy", "c_ministry"],
    start: "2024-05-14",
    end: "2024-05-14",
    places: [
      { name: "Kharkiv", country: "UA", lat: 49.99, lon: 36.23, mentions: 3 },
      { name: "Ukraine", country: "UA", lat: 49, lon: 32, mentions: 1 },
    ],
    actors: [{ name: "Russian Armed Forces", aliases: ["Moscow", "Russian forces"], kind: "state" }],
    figures: [killed, injured],
    assertions: [{
      claim: 'The market was used by soldiers <i>"really"</i>', kind: "other", by: ["Moscow"], disputedBy: ["Kyiv"], documents: ["a_reuters"],
      evidence: [
        { document: "a_reuters", stance: "asserts", who: "Moscow", quote: "Moscow said the market was used by soldiers.", start: 0, end: 10, reported: "2024-05-14", place: { paragraph: 1, sentence: 2 } },
        { document: "a_reuters", stance: "denies", who: "Kyiv", quote: "Kyiv denied the claim.", start: 11, end: 20, reported: "2024-05-14", place: { paragraph: 1, sentence: 3 } },
      ],
    }],
    related: [
      {
        title: "2022 strike on the market",
        when: "2022",
        documents: ["c_ministry"],
        figures: [{ measure: "killed", group: "victims", best: 4, low: 4, high: 4, asOf: null, status: "agreed", rules: [], sources: 1, statements: [background] }],
      },
    ],
    evidence: ["shared place: Kharkiv"],
  };
  const links: Link[] = [{ a: "a_reuters", b: "b_copy", relation: "duplicate", similarity: 0.97, newer: null, changes: [] }];
  return {
    documents,
    links,
    families: familiesOf(links),
    events: [event],
    problems: [{ stage: "ingest", rule: "bad-gzip", source: "inputs/broken.html.gz", reason: "not gzip: <unreadable>", fatal: true }],
    generatedAt: "2024-05-16T08:00:00Z",
  };
}
