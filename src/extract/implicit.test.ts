import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cleanDocumentFromText } from "../../test/support/documents.ts";
import { extractDocument } from "./index.ts";

const counts = (text: string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const s of extractDocument(cleanDocumentFromText("t", text, { meta: { published: "2026-03-05" } })).statements) {
    if (s.background || s.scope !== "total") continue;
    out[s.measure] = Math.max(out[s.measure] ?? 0, s.value);
  }
  return out;
};

describe("implicit counts: victims without a number", () => {
  it("a man shot and taken to hospital is one injured", () => {
    assert.deepEqual(counts("A man was shot Tuesday night and taken to a hospital, police said."), { injured: 1 });
  });

  it("a man shot who was then pronounced dead is one killed, none injured", () => {
    assert.deepEqual(counts("A man was shot on Main Street. He was pronounced dead at the hospital."), { killed: 1 });
  });

  it("found with gunshot wounds", () => {
    assert.deepEqual(counts("Officers found a 42-year-old male with what appeared to be gunshot wounds."), { injured: 1 });
  });

  it("a police officer and a bystander were wounded", () => {
    assert.deepEqual(counts("A police officer and a bystander were wounded in the exchange of fire."), { injured: 2 });
  });

  it("the gunman, who was killed", () => {
    assert.equal(counts("Police said the gunman was killed by officers after a standoff.").killed ?? 1, 1);
  });

  it("marks the count inferred, with the words that gave it", () => {
    const doc = cleanDocumentFromText("t", "A woman was shot in the leg on Friday.", { meta: { published: "2026-03-05" } });
    const [s] = extractDocument(doc).statements;
    assert.match(s.rule, /^implicit:/);
    assert.match(s.inferred[0], /read as 1 injured/);
  });

  it("shots fired at people who were not hit give nothing", () => {
    assert.deepEqual(counts("A car was shot at on the highway; the driver was not hurt."), {});
  });

  it("a round-up of several shootings gives no count for this one", () => {
    assert.deepEqual(counts("Two men were shot in separate shootings across the city overnight."), {});
  });

  it("named victims count one each, the fate from their own verbs", () => {
    assert.deepEqual(counts("Deputies say Dale Morrow fatally shot Ana Ruiz, 18, outside a bar. Tom Ellis, 20, was grazed and survived."), { killed: 1, injured: 1 });
  });

  it("a person met again ('the victim', 'his girlfriend') is one", () => {
    assert.deepEqual(counts("The argument ended when he shot his girlfriend in the arm."), { injured: 1 });
    assert.deepEqual(counts("The victim was later pronounced dead at County General."), { killed: 1 });
  });

  it("the shooting death of a named man is one killed", () => {
    // (The two charged are the killing's attackers, as the annotations count them.)
    assert.deepEqual(counts("Two men were charged Friday in the shooting death of 24-year-old Marcus Reed."), { killed: 1, attackers: 2 });
  });

  it("one person found with a wound is one, not once per pattern", () => {
    assert.deepEqual(counts("Officers found a 50-year-old man with a gunshot wound to the abdomen."), { injured: 1 });
  });

  it("a denial in the match gives nothing; one elsewhere in the sentence does not hide a victim", () => {
    assert.deepEqual(counts("A woman was not hurt when the bullet hit her car."), {});
    assert.deepEqual(counts("A man was shot in the leg, but police do not know who fired."), { injured: 1 });
  });

  it("words that open sentences are not names", () => {
    assert.deepEqual(counts("Police were shot at but no one was hit."), { injured: 0 });
    assert.deepEqual(counts("Officers Said the store was robbed at gunpoint."), {});
  });

  it("'shot four times and the officer' is one officer, not four people", () => {
    assert.deepEqual(counts("During the scuffle a deputy shot four times and an officer was wounded in the leg."), { injured: 1 });
  });

  it("a pronoun points back: 'shot and killed ... shot himself' is one person", () => {
    assert.deepEqual(counts("A 15-year-old boy who was shot and killed on Friday apparently shot himself, deputies said."), { killed: 1 });
    assert.deepEqual(counts("The homeowner accidentally shot himself in the foot."), { injured: 1 });
  });

  it("a man shot who 'passed away' later is killed, not injured", () => {
    assert.deepEqual(counts("A man who was shot during a robbery on Monday night passed away Tuesday morning."), { killed: 1 });
  });

  it("a victim of last week is another event: no implicit count from it", () => {
    const doc = cleanDocumentFromText("t", "Neighbours said a teenager was shot and killed on the same block last week.", { meta: { published: "2026-03-05" } });
    assert.deepEqual(extractDocument(doc).statements.filter((s) => s.rule.startsWith("implicit:")), []);
  });
});


describe("implicit counts: nobody hurt is never one hurt", () => {
  const none = [
    "No one else was injured in the shooting, police said.",
    "No one besides the man was injured.",
    "None of the three officers was injured.",
    "Neither of the two women was hurt.",
  ];
  for (const text of none) {
    it(`counts no one harmed in: ${text}`, () => assert.equal((counts(text).injured ?? 0) + (counts(text).killed ?? 0), 0));
  }

  it("the one person shot still counts beside 'no one else'", () => {
    assert.deepEqual(counts("A woman was shot in the leg. No one else was hurt."), { injured: 1 });
  });
});

describe("implicit counts: parts and wholes", () => {
  it("four shot, one of them killed: one killed, three injured", () => {
    assert.deepEqual(counts("Four men were shot and one of them was killed in Brooklyn on Saturday night."), { killed: 1, injured: 3 });
  });

  it("the whole after 'one of the' is not the harmed", () => {
    assert.deepEqual(counts("One of the two women was hurt."), { injured: 1 });
  });
});

describe("implicit counts: asides, hospital condition, 'one fatally' (issue 11)", () => {
  it("reads past an aside between the people and the verb", () => {
    assert.deepEqual(counts("Three people, including a pregnant woman, were shot on the expressway early Saturday."), { injured: 3 });
    assert.deepEqual(counts("The victims, including a 9-year-old, were not hurt."), {});
  });

  it("in critical condition after being shot, or with a gunshot wound, is shot", () => {
    assert.deepEqual(counts("A man was in critical condition after being shot several times Wednesday."), { injured: 1 });
    assert.deepEqual(counts("A woman was in stable condition with a gunshot wound to the leg."), { injured: 1 });
    assert.deepEqual(counts("A man was in critical condition after a crash on the highway."), {});
  });

  it("'five people were shot, one fatally' is one killed and four injured", () => {
    assert.deepEqual(counts("Five people were shot, one fatally, on Sunday."), { killed: 1, injured: 4 });
    assert.deepEqual(counts("Three men were shot Sunday night, two of them fatally, police said."), { killed: 2, injured: 1 });
    assert.deepEqual(counts("Four people were wounded, one critically."), { injured: 4 });
  });

  it("a woman found suffering from a gunshot wound, many words after her, is shot", () => {
    assert.deepEqual(counts("A woman was taken to a local hospital Tuesday after she was found suffering from a gunshot wound, police said."), { injured: 1 });
  });

  it("one man told twice across a time's abbreviation is one person", () => {
    assert.deepEqual(counts("A man was shot in the arm on Oak Street around 2 a.m. In that case, a 30-year-old man was shot by a stranger."), { injured: 1 });
    assert.deepEqual(counts("A teen was shot near a park in Dayton.It happened as the teen walked home."), { injured: 1 });
  });

  it("a singular count word with a plural noun is no one (implicit:agreement)", () => {
    assert.deepEqual(counts("This is a crime where people are killed or injured for no reason, the mayor said."), {});
    assert.deepEqual(counts("It was a night when children were hurt, she said."), {});
    assert.deepEqual(counts("A man and a teenage girl were wounded in the shooting."), { injured: 2 });
  });

  it("a name followed by 'said' is the speaker, not a second victim (implicit:speaker-not-object)", () => {
    assert.deepEqual(counts("Dana Lee Morton, 31, was killed Marlow County Sheriff Tom Baines said Monday."), { killed: 1 });
  });

  it("a name with a suffix is one named victim", () => {
    assert.deepEqual(counts("Officers found Calvin Drew Jr., 24, who was shot in the hip, and Omar Pike, 30, who was shot in the arm."), { injured: 2 });
  });

  it("an earlier killing, weeks ago, is not this event's", () => {
    assert.deepEqual(counts("Three weeks ago, a 19-year-old man was shot and killed at the same corner."), {});
  });
});

describe("implicit counts: the people a clause of how they died says were shot (implicit:among-the-dead)", () => {
  it("'two people died when a man shot a woman and then himself' is two killed, none injured", () => {
    assert.deepEqual(counts("Two people died Monday in the 400 block of Elm Street when a man shot a woman and then himself, police said."), { killed: 2 });
  });
  it("someone shot in a clause of its own is still one more person", () => {
    assert.deepEqual(counts("Two men were killed on Friday, and a woman was shot in the leg, police said."), { killed: 2, injured: 1 });
  });
});

describe("implicit counts: a pronoun object of 'shot' or 'wounded'", () => {
  it("'a suspect shot her and sped away' is one injured", () => {
    assert.deepEqual(counts("A woman said she was loading her car when a suspect shot her and sped away in the car."), { injured: 1 });
  });
  it("'shot him' and then 'he died' is one killed", () => {
    assert.deepEqual(counts("The man pulled out a gun and shot him. He died at the hospital."), { killed: 1 });
  });
  it("'shot at him' is no one hit", () => {
    assert.deepEqual(counts("The gunman fired several rounds and shot at him, but missed."), {});
  });
});

describe("implicit counts: 'another' with its noun left out (implicit:another-elided)", () => {
  for (const text of [
    "The confrontation left one man dead and another wounded early Sunday, police said.",
    "One man was killed and another taken to a hospital after a shooting on Oak Street.",
    "The shooting killed one person and seriously injured another, police said.",
  ]) {
    it(`one killed and one injured in: ${text}`, () => assert.deepEqual(counts(text), { killed: 1, injured: 1 }));
  }
  it("'another shooting' or 'another man' is not an elided person", () => {
    assert.deepEqual(counts("A man was shot and killed on Friday, hours after another shooting wounded nobody."), { killed: 1 });
  });
});

describe("implicit counts: one person said to die, none said to be shot in words read (implicit:one-died)", () => {
  it("'was transported to a hospital where he died' is one killed", () => {
    assert.deepEqual(counts("The 42 year-old male subject was transported to the medical center where he died from his injuries."), { killed: 1 });
  });
  it("a death in a sentence about an earlier year gives nothing", () => {
    assert.deepEqual(counts("His brother was taken to a hospital in 2015, where he died."), {});
  });
});

describe("implicit counts: murder-suicide (issue 11, round 9)", () => {
  it("'killed himself after murdering his ex-wife and her sister' is three killed", () => {
    assert.deepEqual(counts("A Dayton man killed himself Tuesday after murdering his ex-wife and her sister, police said."), { killed: 3 });
  });

  it("'fatally shot herself after killing her husband' is two killed", () => {
    assert.deepEqual(counts("Deputies said the woman fatally shot herself shortly after killing her husband in the 300 block of Oak Lane."), { killed: 2 });
  });

  it("'killed himself after shooting his wife' counts him; she is not said to die", () => {
    assert.deepEqual(counts("A man killed himself after shooting his wife at their home on Elm Street."), { killed: 1 });
  });

  it("'shot himself' with no killing before it stays one person", () => {
    assert.deepEqual(counts("The homeowner accidentally shot himself in the foot."), { injured: 1 });
  });
});

describe("counts of animals are not counts of people (issue 11, round 9)", () => {
  it("'shot and killed two family pets' and 'three dogs were killed' count no one", () => {
    assert.deepEqual(counts("A reward is offered to find the person who shot and killed two family pets on Friday."), {});
    assert.deepEqual(counts("Three dogs were killed and two horses injured when a man opened fire on a farm."), {});
  });

  it("people beside animals still count: 'killed two men and their dogs'", () => {
    assert.deepEqual(counts("The gunman killed two men and their dogs outside a barn."), { killed: 2 });
  });
});
