import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ActorMention, Extraction } from "../types.ts";
import { findTargets, unifyActors } from "./actors.ts";

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

it("targets: what an attack sentence says was attacked, each item of a list", () => {
  const names = (s: string): string[] => findTargets(s).map((t) => t.name);
  assert.deepEqual(names("Militants carried out gun attacks on police stations, civilian homes, and security facilities across the province."), ["police stations", "civilian homes", "security facilities"]);
  assert.deepEqual(names("Gunmen opened fire on a bus carrying pilgrims near Quetta, killing 12."), ["bus carrying pilgrims"]);
  assert.deepEqual(names("Militants targeted a police station in Gwadar on Friday."), ["police station"]);
  assert.deepEqual(names("It launched an operation dubbed \"Black Storm\" targeting security forces."), ["security forces"]);
  assert.deepEqual(names("The group claimed attacks on security installations, including a Counter Terrorism Department facility and a Frontier Corps post."), ["security installations", "Counter Terrorism Department facility", "Frontier Corps post"]);
  const sentence = "Gunmen opened fire on a bus carrying pilgrims.";
  const [bus] = findTargets(sentence);
  assert.equal(sentence.slice(bus.start, bus.end), "bus carrying pilgrims");
});

it("targets: no habit, no time, no non-target after an attack verb", () => {
  for (const s of [
    "While insurgents have routinely targeted security forces in the province, coordinated attacks on this scale have been rare.",
    "The BLA has carried out numerous attacks in recent years, frequently targeting security forces and infrastructure projects.",
    "He was attacked on Friday.",
    "The bill targeted tax cuts for families.",
    "Prosecutors said the attacks on March 3 were planned.",
  ]) assert.deepEqual(findTargets(s), [], s);
});
