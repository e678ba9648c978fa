// Change words belong to the count of their own clause (sentences written in news style).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { changeWordsAt } from "./cues.ts";
import { extractDocument } from "./index.ts";
import { cleanDocumentFromText } from "../../test/support/documents.ts";

/** The change words of the count written `number` in `sentence` (its first occurrence). */
const changeOf = (sentence: string, number: string): string | null => {
  const start = sentence.indexOf(number);
  assert.ok(start >= 0, `"${number}" is not in "${sentence}"`);
  return changeWordsAt(sentence, { start, end: start + number.length });
};

describe("change words attach to the count of their own clause", () => {
  it("gives 'rose' to the count it moved, not to another measure's count after a comma", () => {
    const s = "The death toll from the flood rose to 57 on Monday, the agency said, with 210 people hurt, 40 of them seriously.";
    assert.equal(changeOf(s, "57"), "rose");
    assert.equal(changeOf(s, "210"), null);
    assert.equal(changeOf(s, "40"), null);
  });

  it("keeps one clause's counts together: 'rose to 12 dead and 30 injured' moves both", () => {
    const s = "The toll rose to 12 dead and 30 injured overnight.";
    assert.equal(changeOf(s, "12"), "rose");
    assert.equal(changeOf(s, "30"), "rose");
  });

  it("reads a change word of a clause with no number of its own into the next clause's count", () => {
    assert.equal(changeOf("The number of dead climbed overnight, to 52, officials said.", "52"), "climbed");
  });

  it("gives 'up from' to the count before it as well as the older count it names", () => {
    const s = "Officials said 61 people had died, up from 48 on Sunday.";
    assert.equal(changeOf(s, "61"), "up from");
    assert.equal(changeOf(s, "48"), "up from");
  });

  it("does not carry a change word across a 'while' clause", () => {
    const s = "The toll of the bombing rose to 19 while 7 people died in a separate crash.";
    assert.equal(changeOf(s, "19"), "rose");
    assert.equal(changeOf(s, "7"), null);
  });

  it("does not split a number's thousands comma", () => {
    assert.equal(changeOf("The toll has climbed to 2,300, the ministry said.", "2,300"), "climbed");
  });

  it("finds nothing where no count moved", () => {
    assert.equal(changeOf("A gas blast killed 14 people, police said, and 20 were hurt.", "20"), null);
    assert.equal(changeOf("A gas blast killed 14 people, police said, and 20 were hurt.", "14"), null);
  });

  it("reads 'rises' in a headline", () => {
    assert.equal(changeOf("Flood death toll rises above 300", "300"), "rises");
  });

  it("extraction gives each statement the change words of its own clause", () => {
    const text = "The death toll from the storm rose to 31 on Tuesday, officials said, with 112 people injured.\n";
    const x = extractDocument(cleanDocumentFromText("d", text, { meta: { published: "2025-04-08" } }));
    const cue = (value: number) => x.statements.find((s) => s.value === value)?.cues.change;
    assert.equal(cue(31), "rose");
    assert.equal(cue(112), null);
  });
});
