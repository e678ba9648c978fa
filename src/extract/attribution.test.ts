import { test } from "node:test";
import assert from "node:assert/strict";
import { describeSpeaker } from "./attribution.ts";

test("speakers: a named person with the office they hold, an office, a state body, no one in particular", () => {
  assert.deepEqual(describeSpeaker("Chief Minister Sarfaraz Bugti"), { text: "Chief Minister Sarfaraz Bugti", kind: "person", name: "Sarfaraz Bugti", role: "chief minister" });
  assert.deepEqual(describeSpeaker("Defense Minister Khawaja Mohammad Asif"), {
    text: "Defense Minister Khawaja Mohammad Asif",
    kind: "person",
    name: "Khawaja Mohammad Asif",
    role: "defense minister",
  });
  assert.deepEqual(describeSpeaker("Randhir Jaiswal"), { text: "Randhir Jaiswal", kind: "person", name: "Randhir Jaiswal" });
  assert.deepEqual(describeSpeaker("Balochistan’s chief minister"), { text: "Balochistan’s chief minister", kind: "official", role: "chief minister" });
  assert.equal(describeSpeaker("Pakistan’s army")?.kind, "state");
  assert.equal(describeSpeaker("the Interior Ministry")?.kind, "state");
  assert.equal(describeSpeaker("state television")?.kind, "media");
  assert.deepEqual(describeSpeaker("security sources"), { text: "security sources", kind: "unnamed" });
  assert.equal(describeSpeaker(null), null);
  assert.equal(describeSpeaker("  "), null);
});

test("speakers: a surname alone names a person the run knows", () => {
  assert.deepEqual(describeSpeaker("the minister, Bugti", ["Sarfaraz Bugti"]), { text: "the minister, Bugti", kind: "person", name: "Sarfaraz Bugti", role: "minister" });
  assert.equal(describeSpeaker("the minister, Bugti")?.kind, "official");
});
