import assert from "node:assert/strict";
import { test } from "node:test";
import { phraseReason } from "./html-boilerplate.ts";

test("a newsletter prompt naming an outlet goes; a sentence saying 'get more alerts' stays", () => {
  assert.equal(phraseReason("Get Axios Markets in your inbox every morning."), "newsletter");
  assert.equal(phraseReason("Sign up for Morning Brief emails and alerts"), "newsletter");
  assert.equal(phraseReason("Get our daily newsletter"), "newsletter");
  // Under the i flag \p{Lu} matched any letter, so any "get <word> ... alerts" read as a prompt.
  assert.equal(phraseReason("If we decrease the value of the threshold from 3 to 1, we should get more alerts. With a lower threshold, more values count as anomalies:"), null);
  assert.equal(phraseReason("Residents get regular email updates about the works and alerts when a road closes."), null);
});

test("a footer's 'Terms of Service' goes; a story's sentence about someone's terms of service stays", () => {
  assert.equal(phraseReason("Terms of Service | Privacy Policy"), "cookie");
  assert.equal(phraseReason("By using this site you agree to our Terms of Use and Privacy Policy."), "cookie");
  assert.equal(phraseReason("Are those of us who have explicitly avoided agreeing to the network's terms of service simply fair game for an industry-wide surveillance and targeting network?"), null);
});
