// Places the offline gazetteer does not have: shown by name, without a point (sentences
// written in news style; the area names are invented or second-level areas the gazetteer lacks).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findPlaces, findUngeocodedAreas, mainCountry } from "./entities.ts";
import { extractDocument } from "./index.ts";
import { cleanDocumentFromText } from "../../test/support/documents.ts";

const areas = (text: string) => {
  const country = mainCountry(text);
  const found = findPlaces(text, country);
  return findUngeocodedAreas(text, found, country).map((p) => ({ name: p.name, country: p.country, lat: p.lat, near: p.near ?? null }));
};

describe("areas the gazetteer does not have", () => {
  it("keeps a named province with no coordinates, placed by the nearest geocoded place named", () => {
    const text = "Floods swept through Upper Varosh province on Monday, killing 12 people. Rescue teams set out from Lahore.";
    assert.deepEqual(areas(text), [{ name: "Upper Varosh province", country: "PK", lat: null, near: "Lahore" }]);
  });

  it("reads 'the district of X' and a capitalised area word", () => {
    assert.deepEqual(areas("Fighting raged in the district of Tarsh Khel near Peshawar.").map((p) => p.name), ["Tarsh Khel"]);
    assert.deepEqual(areas("Three villages in Kolvari District were cut off, officials in Nairobi said.").map((p) => [p.name, p.near]), [["Kolvari District", "Nairobi"]]);
  });

  it("reads 'the village of X' as a place by its name, and gives an area no town's point", () => {
    assert.deepEqual(areas("The shell hit a school in the village of Beit Warro, residents said.").map((p) => [p.name, p.lat]), [["Beit Warro", null]]);
    // Aleppo is a city in the gazetteer; "Aleppo province" is the province, kept by name with no point.
    const text = "The strike hit a market in Aleppo province, witnesses said.";
    assert.deepEqual(findPlaces(text, "SY").map((p) => [p.name, p.kind, p.lat]), [["Aleppo province", "area", null]]);
    assert.deepEqual(findPlaces("The strike hit a market in Aleppo, witnesses said.", "SY").map((p) => [p.name, p.kind]), [["Aleppo", "city"]]);
    assert.deepEqual(areas("He moved to the town after the war."), []);
  });

  it("names no area without a place word before it, for an office or a constituency, or where the gazetteer has the place", () => {
    assert.deepEqual(areas("Kolvari District officials said the road was open."), []);
    assert.deepEqual(areas("He was elected in the 12th Congressional District and spoke to officers of the Police District."), []);
    // Sindh is in the gazetteer (a first-level region): found as a place, not repeated as an area.
    assert.deepEqual(areas("Floods hit Sindh province."), []);
  });

  it("takes no point from its neighbour and keeps no nearest place when the text names none", () => {
    const [only] = areas("Heavy rain fell across Qarun Tal province overnight.");
    assert.equal(only.lat, null);
    assert.equal(only.near, null);
  });

  it("extraction keeps an area named in the event's own sentences, not in a background one", () => {
    const text = [
      "An earthquake struck Morocco on Friday, killing 40 people, most of them in Ait Warzaz province near Marrakech.",
      "In 2004, an earthquake in Tafrant Ouzoud province killed more than 600 people.",
    ].join("\n");
    const x = extractDocument(cleanDocumentFromText("q", text, { meta: { published: "2023-09-09" } }));
    const unfound = x.places.filter((p) => p.lat === null);
    assert.deepEqual(unfound.map((p) => [p.name, p.near, p.country]), [["Ait Warzaz province", "Marrakech", "MA"]]);
    // Alone, the background sentence's area is found: extraction leaves it out for being background.
    assert.equal(areas("In 2004, an earthquake in Tafrant Ouzoud province killed more than 600 people.").length, 1);
  });
});
