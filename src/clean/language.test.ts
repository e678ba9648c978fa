import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { guessLanguage } from "../text/language.ts";
import { detectLanguage } from "./language.ts";

// Short texts (under franc's 200 characters): each must come out right or "und", never wrong.
const SHORT: [string, string][] = [
  ["en", "Police said three people were killed in a crash on the highway on Friday."],
  ["en", "A man was arrested after a fire at a school in the city."],
  ["de", "Die Polizei sagte, drei Menschen seien am Freitag bei einem Unfall getötet worden."],
  ["fr", "La police a déclaré que trois personnes ont été tuées vendredi dans un accident."],
  ["es", "La policía dijo que tres personas murieron el viernes en un accidente de tráfico."],
  ["pt", "A polícia disse que três pessoas morreram na sexta-feira num acidente na estrada."],
  ["ru", "Полиция сообщила, что в пятницу были убиты три человека."],
  ["zh", "警方说，星期五有三人在高速公路上的车祸中死亡。"],
  ["ja", "警察によると、金曜日に高速道路で事故があり、三人が死亡した。"],
];

describe("short-text language", () => {
  for (const [language, text] of SHORT) {
    it(`reads a short ${language} sentence as ${language}`, () => {
      assert.ok(text.length < 200);
      assert.equal(guessLanguage(text), language);
      assert.equal(detectLanguage(text), language);
    });
  }

  it("says und rather than guess on too few words", () => {
    for (const text of ["Breaking news", "a o e", "Lyon, samedi", "12:30", ""]) assert.equal(guessLanguage(text), "und", text);
  });

  it("a short English text is never labelled Portuguese by 'a', 'o' and 'e'", () => {
    assert.notEqual(guessLanguage("A car hit a wall and a man was hurt."), "pt");
  });

  it("a declaration decides within its script, and a script overrules a declaration it contradicts", () => {
    assert.equal(detectLanguage("Trois blessés à Lyon samedi soir.", "fr"), "fr");
    assert.equal(detectLanguage("Breaking news", "en"), "en");
    assert.equal(detectLanguage("警方说，星期五有三人死亡。", "en"), "zh");
    assert.equal(detectLanguage("警察は三人が死亡したと発表した。", "en"), "ja");
    assert.equal(detectLanguage("Полиция сообщила о трёх погибших.", "en"), "ru");
  });
});
