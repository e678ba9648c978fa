import { test } from "node:test";
import assert from "node:assert/strict";
import { countryOf, lookupPlace } from "./gazetteer.ts";

function near(actual: number | undefined, expected: number, label: string): void {
  assert.ok(actual !== undefined && Math.abs(actual - expected) < 0.05, `${label}: ${actual} vs ${expected}`);
}

test("resolves Balochistan towns and their spelling variants", () => {
  const quetta = lookupPlace("Quetta");
  assert.equal(quetta?.country, "PK");
  assert.equal(quetta?.kind, "city");
  near(quetta?.lat, 30.19, "Quetta lat");
  near(quetta?.lon, 67.01, "Quetta lon");
  for (const name of ["Gwadar", "Gawadar"]) {
    const p = lookupPlace(name, "PK");
    near(p?.lat, 25.12, `${name} lat`);
    near(p?.lon, 62.33, `${name} lon`);
  }
  const mastung = lookupPlace("Mastung", "PK");
  near(mastung?.lat, 29.8, "Mastung lat");
  near(mastung?.lon, 66.85, "Mastung lon");
  for (const name of ["Noshki", "Nushki"]) {
    const p = lookupPlace(name, "PK");
    near(p?.lat, 29.55, `${name} lat`);
    near(p?.lon, 66.02, `${name} lon`);
  }
});

test("resolves provinces and countries from the tables", () => {
  for (const name of ["Balochistan", "Baluchistan"]) {
    const p = lookupPlace(name);
    assert.equal(p?.kind, "region");
    assert.equal(p?.country, "PK");
    assert.equal(p?.name, "Balochistan");
  }
  assert.equal(lookupPlace("Punjab", "IN")?.country, "IN");
  assert.equal(lookupPlace("Punjab")?.country, "PK");
  assert.equal(lookupPlace("Texas")?.kind, "region");
  assert.equal(lookupPlace("Georgia")?.country, "GE");
  assert.equal(lookupPlace("Georgia", "US")?.kind, "region");
  assert.equal(lookupPlace("Pakistan")?.kind, "country");
  assert.equal(lookupPlace("Kabul")?.country, "AF");
  assert.equal(lookupPlace("Bombay")?.name, "Mumbai");
});

test("countryOf reads country names and demonyms", () => {
  assert.equal(countryOf("Pakistan"), "PK");
  assert.equal(countryOf("Pakistani"), "PK");
  assert.equal(countryOf("U.S."), "US");
  assert.equal(countryOf("US"), "US");
  assert.equal(countryOf("American"), "US");
  assert.equal(countryOf("Iranian"), "IR");
  assert.equal(countryOf("IRAN"), "IR");
});

test("negative cases: common words, lowercase, short forms and hamlets", () => {
  for (const word of ["Police", "March", "Mobile", "Reading", "Nice", "Of", "May", "Victoria", "Lincoln"]) {
    assert.equal(lookupPlace(word), null, word);
  }
  assert.equal(lookupPlace("quetta"), null);
  assert.equal(lookupPlace("OF"), null);
  assert.equal(countryOf("us"), null);
  assert.equal(countryOf("Us"), null);
  assert.equal(countryOf("pakistani"), null);
  assert.equal(lookupPlace("Panjgur"), null, "a town of unknown size needs a country hint");
  assert.equal(lookupPlace("Panjgur", "PK")?.country, "PK");
  assert.equal(lookupPlace("Obama", "US"), null, "a surname in a US story is not a Japanese town");
  assert.equal(lookupPlace("Unheard-of Placename"), null);
});

test("common-word towns resolve with place context", () => {
  assert.equal(lookupPlace("Nice", null, { placeContext: true })?.country, "FR");
  assert.equal(lookupPlace("Mobile", "US", { placeContext: true })?.country, "US");
  assert.equal(lookupPlace("Police", null, { placeContext: true }), null, "only 34,000 people: too small without a hint");
});

test("a French-transliterated '-ech' finds the town GeoNames spells '-esh'", () => {
  for (const name of ["Marrakech", "Marrakesh"]) assert.equal(lookupPlace(name)?.name, "Marrakesh", name);
  assert.equal(lookupPlace("Marrakech", "MA")?.country, "MA");
  // A name that is no town under either spelling stays unknown.
  assert.equal(lookupPlace("Fleech"), null);
});
