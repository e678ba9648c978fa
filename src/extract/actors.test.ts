import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ActorMention, Extraction } from "../types.ts";
import { unifyActors } from "./actors.ts";

const group = (name: string): ActorMention => ({ name, surface: name, kind: "armed_group", role: null, start: 0, end: name.length });
const extraction = (actors: ActorMention[]): Extraction => ({ document: "d", statements: [], places: [], actors, dates: [], assertions: [], background: [], eventKinds: [] });

describe("one name per actor", () => {
  it("merges a bare acronym into the full name whose initials it is", () => {
    const [x] = unifyActors([extraction([group("Baloch Liberation Army"), group("BLA")])]);
    assert.deepEqual(x.actors.map((a) => a.name), ["Baloch Liberation Army", "Baloch Liberation Army"]);
  });

  // Regression: a real article crashed extraction with "Cannot read properties of undefined
  // (reading 'toUpperCase')": a name ending in a hyphen split into an empty word.
  it("does not throw on names that begin or end with a hyphen", () => {
    const [x] = unifyActors([extraction([group("Liberation Army"), group("Army-"), group("-Front"), group("- -")])]);
    assert.equal(x.actors.length, 4);
  });
});
