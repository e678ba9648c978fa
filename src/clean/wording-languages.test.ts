// No English wording rule decides alone on a page in another language (issue 13): a short
// block whose words an English rule would take for chrome stays on a French, German, Spanish,
// Russian, Chinese or Japanese page, while chrome in the page's own language, and chrome told
// by structure or by language-neutral signs (©, an agency's credit), still goes.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { SourceDocument } from "../types.ts";
import { extractHtml } from "./html.ts";
import { cleanText } from "./text.ts";

const page = (lang: string, body: string) => `<html lang="${lang}"><body><article>${body}</article></body></html>`;
const kept = (html: string) => extractHtml(html).paragraphs.map((p) => p.text);
const textDoc = (raw: string): SourceDocument => ({ id: "t", source: "t.txt", raw, format: "text", given: {}, bodyStart: 0, messages: [] });

const FRENCH = [
  "Les pompiers sont intervenus samedi soir dans un immeuble du centre de Lyon, où un incendie s'est déclaré vers vingt heures.",
  "Trois personnes ont été blessées, dont une grièvement, selon la préfecture, qui a ouvert une enquête sur l'origine du feu.",
];
const SPANISH = [
  "Un terremoto de magnitud 6,1 sacudió el lunes la costa sur del país y dejó al menos doce muertos, según las autoridades.",
  "Los equipos de rescate trabajaron durante toda la noche para sacar a los supervivientes de los edificios derrumbados.",
];
const RUSSIAN = [
  "В понедельник в центре города произошёл пожар в жилом доме, в результате которого пострадали три человека.",
  "По словам представителей МЧС, возгорание удалось ликвидировать через два часа после начала пожара.",
];
const CHINESE = ["星期一，该国南部沿海发生六点一级地震，造成至少十二人死亡，数十人受伤，当局表示救援工作仍在进行。", "救援人员彻夜工作，从倒塌的建筑物中救出幸存者，医院已经接收了大量伤员。"];
const JAPANESE = ["月曜日、南部の沿岸で地震が発生し、少なくとも十二人が死亡したと当局が発表した。救助活動は夜通し続いた。", "救助隊は倒壊した建物から生存者を救出するため、夜を徹して作業を続けたという。"];

describe("English wording never decides alone on another language's page", () => {
  it("French: 'Comment …' is a question, not a comments link; 'Lire aussi' still goes", () => {
    const question = "Comment expliquer un tel bilan ?";
    const out = kept(page("fr", `<p>${FRENCH[0]}</p><p>${question}</p><p>${FRENCH[1]}</p><p>Lire aussi : Les incendies de l'été</p>`));
    assert.deepEqual(out, [FRENCH[0], question, FRENCH[1]]);
  });

  it("Spanish: 'Save the Children …' is an organisation, not a save button; the © footer still goes", () => {
    const ngo = "Save the Children pide ayuda urgente.";
    const out = kept(page("es", `<p>${SPANISH[0]}</p><p>${ngo}</p><p>${SPANISH[1]}</p><p>© 2026 Diario del Sur</p>`));
    assert.deepEqual(out, [SPANISH[0], ngo, SPANISH[1]]);
  });

  it("German plain text: 'Home-Office …' is a subheading, not a menu", () => {
    const heading = "Home-Office bleibt für viele die Regel";
    const raw = [
      "Die Regierung hat am Montag neue Regeln für die Arbeit in den Behörden beschlossen, die ab dem kommenden Jahr gelten sollen.",
      heading,
      "Nach Angaben des Ministeriums sollen die Beschäftigten künftig selbst entscheiden, an wie vielen Tagen sie im Büro arbeiten.",
    ].join("\n\n");
    const cleaned = cleanText(textDoc(raw));
    assert.ok(cleaned.text.includes(heading));
    assert.equal(cleaned.meta.language, "de");
  });

  it("Russian: 'Читайте также' goes by its own words; the article stays whole", () => {
    const out = kept(page("ru", `<p>${RUSSIAN[0]}</p><p>${RUSSIAN[1]}</p><p>Читайте также: Пожары в регионе</p>`));
    assert.deepEqual(out, RUSSIAN);
  });

  it("Chinese and Japanese: the lone advertisement label goes; every paragraph stays", () => {
    assert.deepEqual(kept(page("zh", `<p>${CHINESE[0]}</p><p>广告</p><p>${CHINESE[1]}</p>`)), CHINESE);
    assert.deepEqual(kept(page("ja", `<p>${JAPANESE[0]}</p><p>広告</p><p>${JAPANESE[1]}</p>`)), JAPANESE);
  });

  it("the same English rules still fire on an English page", () => {
    const english = [
      "Firefighters were called to a block of flats in the city centre on Saturday evening after a fire broke out on the third floor.",
      "Three people were hurt, one seriously, the prefecture said, and an inquiry into the cause of the fire has been opened.",
    ];
    const out = kept(page("en", `<p>${english[0]}</p><p>Comments (12)</p><p>${english[1]}</p><p>Sign up for our daily newsletter</p>`));
    assert.deepEqual(out, english);
  });
});
