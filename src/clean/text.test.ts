import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { SourceDocument } from "../types.ts";
import { cleanDocuments } from "./index.ts";
import { oneParagraph } from "../../test/support/large-input.ts";
import { cleanText } from "./text.ts";
import { repeatedParagraphs } from "./text-repeats.ts";

function doc(raw: string, id = "d"): SourceDocument {
  return { id, source: `${id}.txt`, raw, format: "text", given: {}, bodyStart: 0, messages: [] };
}

const STORY = "Police said three people were killed when a gunman opened fire at a market in the city on Friday.";
const STORY_2 = "The mayor said the market would stay closed while investigators worked at the scene through the weekend.";

function reasons(raw: string): string[] {
  return cleanText(doc(raw)).removed.map((r) => r.reason);
}

describe("plain-text cleaning: each kind of chrome goes, with its reason", () => {
  const cases: [string, string, string][] = [
    ["appeal", "Your support helps us to tell the story. Read more. Support Now. Your donation allows us to keep sending journalists. We believe quality journalism should be available to everyone, paid for by those who can afford it.", "appeal"],
    ["placeholder", "Lorem ipsum dolor sit amet consectetur adipisicing elit. Inventore, soluta alias eaque modi ipsum sint iusto fugiat vero velit rerum.", "placeholder"],
    ["shop chrome", "Your cart empty!", "navigation"],
    ["terms prompt", "Do you agree to our terms? Sign up", "cookie"],
    ["gallery caption", "open image in gallery Security personnel inspect the blast site ( AFP via Getty Images )", "caption"],
    ["photo credit", "Rescuers search the rubble in the town centre (Photo by John Smith/Reuters)", "caption"],
    ["template byline", "By Tatkaal Khabar / 02-02-2026 03:15:20 am | 269 Views | 0 Comments", "byline"],
    ["reporting credit", "Ahmed reported from Islamabad.", "byline"],
    ["counter", "269 Views | 0 Comments", "counter"],
    ["publication stamp", "Published: Feb 02, 2026", "metadata"],
    ["newsletter prompt", "Sign up for our free daily newsletter to get the news in your inbox", "newsletter"],
    ["related list", "Related: Five things to know about the floods", "related"],
    ["footer", "© 2026 Daily Courier. All rights reserved.", "footer"],
  ];
  for (const [name, chrome, reason] of cases) {
    it(`removes a ${name}`, () => {
      const cleaned = cleanText(doc(`${STORY}\n${chrome}\n${STORY_2}`));
      assert.equal(cleaned.text, `${STORY}\n\n${STORY_2}`);
      assert.deepEqual(reasons(`${STORY}\n${chrome}\n${STORY_2}`), [reason]);
    });
  }
});

describe("plain-text cleaning keeps article paragraphs that look like chrome", () => {
  const keep = [
    "“Sign up to volunteer at the shelter,” the mayor told residents, as hundreds queued outside the town hall on Saturday.",
    "The charity said donations had doubled since the floods, and that it would support 3,000 families through the winter with the money raised.",
    "Security personnel inspect the blast site after the attack, which police said was carried out by two men on a motorbike.",
    "The newspaper’s editor said the paywall had been lifted for coverage of the disaster so that everyone could read the warnings.",
  ];
  for (const paragraph of keep) {
    it(`keeps: ${paragraph.slice(0, 50)}…`, () => {
      const cleaned = cleanText(doc(`${STORY}\n${paragraph}\n${STORY_2}`));
      assert.ok(cleaned.text.includes(paragraph));
      assert.deepEqual(cleaned.removed, []);
    });
  }
});

describe("metadata and repeats", () => {
  it("reads a headline, a wire dateline and drops a teaser that repeats the lead", () => {
    const raw = [
      "Gunmen kill three at city market",
      "CITYVILLE, Testland (AP) — Police said three people were killed when a gunman…",
      `CITYVILLE, Testland (AP) — ${STORY}`,
      STORY_2,
    ].join("\n");
    const cleaned = cleanText(doc(raw));
    assert.equal(cleaned.meta.title, "Gunmen kill three at city market");
    assert.equal(cleaned.meta.wire, "AP");
    assert.equal(cleaned.meta.dateline, "CITYVILLE, Testland");
    assert.deepEqual(cleaned.removed.map((r) => r.reason), ["metadata", "repeat"]);
    assert.equal(cleaned.paragraphs.length, 2);
  });

  it("reads a Reuters dateline with its date", () => {
    const cleaned = cleanText(doc(`PESHAWAR, Pakistan, Feb 2 (Reuters) - ${STORY}\n${STORY_2}`));
    assert.equal(cleaned.meta.wire, "Reuters");
    assert.equal(cleaned.meta.dateline, "PESHAWAR, Pakistan");
  });

  it("cuts a headline pasted again inside the body", () => {
    const raw = `Gunmen kill three at city market\n${STORY} Gunmen kill three at city market ${STORY_2}`;
    const cleaned = cleanText(doc(raw));
    assert.equal(cleaned.text.includes("Gunmen kill three"), false);
    assert.ok(cleaned.text.includes(STORY_2));
  });

  it("maps every kept character back to the raw input", () => {
    const raw = `Shopping cart\n${STORY}\nopen image in gallery A photo ( AFP via Getty Images )\n${STORY_2}`;
    const cleaned = cleanText(doc(raw));
    for (let i = 0; i < cleaned.text.length; i++) {
      if (cleaned.toRaw[i] >= 0) assert.equal(raw[cleaned.toRaw[i]], cleaned.text[i]);
    }
    for (const r of cleaned.removed) assert.equal(raw.slice(r.start, r.end), r.text);
  });

  it("learns across documents: a paragraph around two unrelated stories of one outlet is chrome; of no known site it takes three", () => {
    const shared = "Every week our reporters bring you the stories that matter most in the region and beyond it.";
    const a = doc(`${STORY}\n${shared}\n${STORY_2}`, "a");
    const b = doc(`Heavy rain flooded the valley on Monday and hundreds of homes were left without power.\n${shared}\nEngineers said repairs would take days.`, "b");
    const c = doc(`The city council voted on Tuesday to close two libraries for the summer to save money.\n${shared}\nResidents said they would protest at the next meeting.`, "c");
    // No site known: two documents are one document's say-so (a planted page could copy any paragraph).
    assert.equal(cleanDocuments([a, b])[0].text.includes(shared), true);
    const [ca, cb, cc] = cleanDocuments([a, b, c]);
    for (const cleaned of [ca, cb, cc]) assert.equal(cleaned.text.includes(shared), false, cleaned.id);
    assert.equal(ca.removed[0].reason, "boilerplate");
    // Both naming one outlet: two of its articles suffice.
    const [oa, ob] = cleanDocuments([{ ...a, given: { outlet: "courier" } }, { ...b, given: { outlet: "courier" } }]);
    assert.equal(oa.text.includes(shared), false);
    assert.equal(ob.text.includes(shared), false);
  });

  it("keeps the paragraphs two versions of one story share, even when most were edited", () => {
    const kept = "Analysts say the scale of militant deaths in the past two days is the highest in decades.";
    const v1 = doc(`Police said three people were killed at a market on Friday.\n${kept}\nThe market stays closed, the mayor said on Saturday.`, "v1");
    const v2 = doc(`Police said five people were killed at a market on Friday, raising the toll.\n${kept}\nThe market stays closed for now, the mayor said on Saturday.`, "v2");
    const [c1, c2] = cleanDocuments([v1, v2]);
    assert.ok(c1.text.includes(kept) && c2.text.includes(kept));
  });
});

describe("repeated paragraphs in bounded work", () => {
  const bruteForce = (normalised: string[]): number[] =>
    normalised.flatMap((here, i) => (here.split(" ").length >= 6 && normalised.slice(i + 1).some((later) => later.includes(here)) ? [i] : []));

  it("finds exactly what comparing every pair finds", () => {
    const paragraphs = [
      "flooding killed 12 people in the valley",
      "officials said flooding killed 12 people in the valley on tuesday",
      "rescue teams pulled survivors from houses today",
      "short line",
      "xrescue teams pulled survivors from houses todayx and more",
      "flooding killed 12 people in the valley",
    ];
    assert.deepEqual(repeatedParagraphs(paragraphs).repeated, bruteForce(paragraphs));
    assert.deepEqual(repeatedParagraphs(paragraphs).repeated, [0, 2]);
  });

  it("cleans 5,000 one-sentence paragraphs (minutes when every pair was compared) and says when the search was capped", () => {
    const raw = oneParagraph(5_000).replace(/\. /g, ".\n\n");
    const cleaned = cleanText(doc(raw, "many"));
    assert.ok(cleaned.paragraphs.length > 1_000);
    const alike = Array.from({ length: 200 }, (_, i) => `Alpha bravo charlie delta echo foxtrot, item${i}x.`).join("\n");
    assert.ok(cleanText(doc(alike, "alike")).messages.some((m) => m.rule === "repeat-search-capped"));
    assert.ok(!cleanText(doc(`${STORY}\n${STORY_2}`)).messages.some((m) => m.rule === "repeat-search-capped"));
  });
});

describe("chrome learnt across documents keeps the article", () => {
  const body = [
    "Police said three people were killed when a gunman opened fire at a crowded market in the city on Friday.",
    "The mayor said the market would stay closed while investigators worked at the scene through the weekend.",
    "Witnesses described hearing at least a dozen shots before shoppers ran for the exits, leaving their stalls behind.",
    "Hospital officials said four more people were being treated for wounds and two were in a critical condition.",
  ];
  const outlets = ["courier", "herald", "gazette", "tribune", "sentinel"];
  const header = (o: string) => `Welcome to the ${o} website, the trusted home of local news for the whole county since 1890.`;
  const footer = (o: string) => `Thank you for reading the ${o}; our newsroom depends on readers like you to keep reporting every day.`;

  it("twenty copies of one story under five outlets' chrome: every body whole, every outlet's chrome gone", () => {
    const docs: SourceDocument[] = [];
    for (const [k, o] of outlets.entries()) {
      for (let n = 0; n < 4; n++) {
        const d = doc([header(o), ...body, footer(o)].join("\n"), `${o}-${n}`);
        d.given = k % 2 ? { outlet: o } : { url: `https://www.${o}.example/story/${n}` };
        docs.push(d);
      }
    }
    for (const cleaned of cleanDocuments(docs)) {
      assert.equal(cleaned.text, body.join("\n\n"), cleaned.id);
    }
  });

  it("identical copies with no other text are never emptied", () => {
    const [a, b] = cleanDocuments([doc(body.join(" "), "a"), doc(body.join(" "), "b")]);
    assert.equal(a.text, body.join(" "));
    assert.equal(b.text, body.join(" "));
  });

  it("a wire story run by two outlets keeps its body; each outlet's chrome around its other stories goes", () => {
    const other = "Heavy rain flooded the valley on Monday and hundreds of homes were left without power for two days.";
    const docs = [
      doc([header("courier"), ...body, footer("courier")].join("\n"), "c1"),
      doc([header("courier"), other, footer("courier")].join("\n"), "c2"),
      doc([header("herald"), ...body].join("\n"), "h1"),
    ];
    docs[0].given = docs[1].given = { outlet: "courier" };
    docs[2].given = { outlet: "herald" };
    const [c1, c2, h1] = cleanDocuments(docs);
    assert.equal(c1.text, body.join("\n\n"));
    assert.equal(c2.text, other);
    // The herald's header is seen once: nothing shows it is chrome.
    assert.equal(h1.text, [header("herald"), ...body].join("\n\n"));
  });
});

describe("language from the text itself", () => {
  const spanish =
    "La policía informó el viernes que tres personas murieron cuando un hombre armado abrió fuego en un mercado de la ciudad. " +
    "El alcalde dijo que el mercado permanecería cerrado mientras los investigadores trabajaban en el lugar durante el fin de semana.";
  it("reads Spanish plain text as es", () => {
    assert.equal(cleanDocuments([doc(spanish)])[0].meta.language, "es");
  });
  it("a page declaring en but written in Spanish is es; its method is recorded", () => {
    const page: SourceDocument = { ...doc(`<html lang="en"><body><article><p>${spanish}</p></article></body></html>`), format: "html" };
    const [cleaned] = cleanDocuments([page]);
    assert.equal(cleaned.meta.language, "es");
    assert.equal(cleaned.meta.extraction, "container");
  });
  it("a short text keeps its declaration", () => {
    const page: SourceDocument = { ...doc(`<html lang="fr"><body><p>Trois blessés à Lyon samedi soir.</p></body></html>`), format: "html" };
    assert.equal(cleanDocuments([page])[0].meta.language, "fr");
  });
});

describe("the outlet named by its own appeal", () => {
  it("reads the outlet from an appeal learnt as chrome, in any outlet's wording", () => {
    const appeal = "Your support helps us. The Guardian relies on readers like you to keep our journalism free for everyone who wants it.";
    const stories = [
      "Floods hit the valley on Monday and dozens of homes were lost, officials said today.\nRepairs would take weeks, engineers said after the storm had passed.",
      "The council voted to close two libraries for the summer to save money this year.\nResidents said they would protest at the next meeting of the council.",
      "A new bridge opened across the river on Friday after three years of building work.\nDrivers said it cut their commute by twenty minutes each way.",
    ];
    const docs = stories.map((story, i) => {
      const [first, second] = story.split("\n");
      return doc(`${first}\n${appeal}\n${second}`, `s${i}`);
    });
    for (const cleaned of cleanDocuments(docs)) {
      assert.equal(cleaned.meta.outlet, "The Guardian", cleaned.id);
      assert.equal(cleaned.text.includes("relies on readers"), false, cleaned.id);
    }
  });
});

describe("chrome learnt across a stream of copies (bench:scale's mixed stream, in small)", () => {
  // Invented reports; some share a paragraph, as two stories of one event share a wire's
  // background line. Every one is given bare, then again under new ids, two in three under an
  // outlet's header and footer, some twice word for word: as feeds deliver copies.
  const background = "The province has seen a rise in attacks on highways and rail lines over the past two years.";
  const toll = "Officials said the death toll could rise as rescue teams reached the more remote villages.";
  const landslides = "Heavy rain set off landslides that buried homes in three districts overnight, the police said.";
  const reports = [
    ["A bus carrying pilgrims overturned on a mountain road on Sunday, killing at least eleven people.", background],
    ["Gunmen attacked a passenger train near the border on Monday and held dozens of people for hours.", background, toll],
    // Every paragraph of this one is shared with another report: it must still be kept whole.
    [toll, landslides],
    [landslides, "Schools in the hills were closed until the roads could be cleared of mud and rock, the district office said."],
    ["Farmers blocked the main road to the capital for a second day to protest against new water charges.", "The protest leaders said they would not move until the charges were withdrawn by the ministry."],
    // Shorter than its outlets' chrome: its copies are still different stories from the outlet's others.
    ["A fire destroyed a warehouse near the port late on Tuesday night."],
  ];
  const outlets = ["Harbour Gazette", "Midland Courier", "Valley Sentinel"].map((name) => ({
    name,
    header: `${name} | Home | World | Politics | Business | Sport | Opinion | Sign in | Subscribe`,
    footer:
      `Copyright ${name} Media Group. All rights reserved. This material may not be published, broadcast, rewritten or ` +
      `redistributed without permission. Sign up for the ${name} newsletter to get the day's top stories in your inbox every morning.`,
  }));

  function stream(passes: number): SourceDocument[] {
    const docs: SourceDocument[] = [];
    for (let pass = 0; pass < passes; pass++) {
      for (const [i, paragraphs] of reports.entries()) {
        const body = paragraphs.join("\n\n");
        if (pass === 0) {
          docs.push(doc(body, `r${i}`));
          continue;
        }
        const outlet = outlets[(i + pass) % outlets.length];
        const chromed = (i + pass) % 3 !== 0;
        const copy = doc(chromed ? `${outlet.header}\n\n${body}\n\n${outlet.footer}` : body, `r${i}-p${pass}`);
        if (chromed) copy.given = { outlet: outlet.name };
        docs.push(copy);
        if (i === 0) docs.push({ ...copy, id: `${copy.id}-again`, source: `${copy.id}-again.txt` });
      }
    }
    return docs;
  }

  it("keeps every report's body whole in every copy and removes every outlet's chrome", () => {
    for (const cleaned of cleanDocuments(stream(7))) {
      const report = reports[Number(/^r(\d+)/.exec(cleaned.id)![1])];
      assert.equal(cleaned.text, report.join("\n\n"), cleaned.id);
    }
  });
});

describe("a report never loses all its text to chrome learnt elsewhere", () => {
  it("keeps every paragraph when all of them were learnt as chrome, and says so", () => {
    const raw = `${STORY}\n\n${STORY_2}`;
    const chrome = new Set([STORY, STORY_2].map((p) => p.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()));
    const cleaned = cleanText(doc(raw), chrome);
    assert.equal(cleaned.text, raw);
    assert.ok(cleaned.messages.some((m) => m.rule === "chrome-kept"));
    // With one paragraph of its own left, the learnt chrome goes as before.
    const withOwn = cleanText(doc(`${raw}\n\nWitnesses said they heard at least a dozen shots before shoppers ran for the exits.`), chrome);
    assert.equal(withOwn.removed.filter((r) => r.reason === "boilerplate").length, 2);
  });
});

describe("plain-text cleaning: links to other stories pasted inside a paragraph", () => {
  const cleanedOf = (raw: string) => cleanText(doc(`${STORY}\n${raw}\n${STORY_2}`)).text.split("\n\n").slice(1, -1);
  it("cuts a headline that runs into the next sentence without a stop", () => {
    assert.deepEqual(
      cleanedOf("Police called it an isolated case. More: Reward offered in the death of a Greenville man This is a developing story."),
      ["Police called it an isolated case.", "This is a developing story."],
    );
    assert.deepEqual(
      cleanedOf("The man was shot in the leg. RELATED: Two killed in crash on Route 9 in Dover The victim ran from the house."),
      ["The man was shot in the leg.", "The victim ran from the house."],
    );
  });
  it("cuts a run of links and a headline closed by its own stop; the share line ends one", () => {
    assert.deepEqual(
      cleanedOf("No arrests were made. More: Man accused of forging time sheets More: Are these offenders in your town? Medical staff treated the woman."),
      ["No arrests were made.", "Medical staff treated the woman."],
    );
    assert.deepEqual(
      cleanedOf("No arrests were made. More: Man accused of forging time sheets Read or Share this story: https://example.com/story/1"),
      ["No arrests were made.", "Read or Share this story: https://example.com/story/1"],
    );
  });
  it("leaves the word in a sentence, and a headline whose end is not found", () => {
    const kept = "She wanted more: a job, a home and a family of her own, her sister said at the vigil on Friday.";
    assert.deepEqual(cleanedOf(kept), [kept]);
    const long = `Nothing more was said. More: ${"a long run of words with no end ".repeat(8)}and still going on and on`;
    assert.deepEqual(cleanedOf(long), [long]);
  });
});

describe("plain-text cleaning: a pasted headline ends where a quote opens", () => {
  it("keeps the quote the headline ran into", () => {
    const cleaned = cleanText(doc(`${STORY}\nHe worked there a year. More: District picks coach for high school job “It was another hurdle he had overcome,” his mother said.\n${STORY_2}`));
    assert.deepEqual(cleaned.text.split("\n\n").slice(1, -1), ["He worked there a year.", "“It was another hurdle he had overcome,” his mother said."]);
  });
});
