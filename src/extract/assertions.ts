// Contested and notable claims: foreign backing ("Indian-backed terrorists", "backed by India"),
// responsibility ("the BLA claimed responsibility"), and the denials that answer them ("India
// denied the accusation", "We categorically reject the baseless allegations").
import { countryOf } from "../text/gazetteer.ts";
import { countryName } from "../text/names.ts";
import { CAPITAL_METONYMS } from "./lexicon.ts";

export interface ClaimHit {
  kind: "backing" | "responsibility";
  /** The party the claim is about: a country code for backing, a group name for responsibility. */
  subject: string;
  claim: string;
  by: string | null;
  start: number;
  end: number;
}

export interface DenialHit {
  by: string[];
  /** Country codes the denier speaks for, to link the denial to a backing claim about them. */
  countries: string[];
  start: number;
  end: number;
}

const BACKING_ADJECTIVE = /\b(\p{Lu}[\p{L}]+)[-\s](backed|sponsored|funded|supported|financed|armed)\b/gu;
const BACKED_BY = /\b(?:backed|sponsored|funded|supported|financed|armed|orchestrated|directed)\s+by\s+(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)/gu;
const RESPONSIBILITY = /\b((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4}(?:\s+\([A-Z]{2,6}\))?)\s+(?:has\s+|had\s+)?claimed\s+responsibility\b/gu;
const DENIAL = /\b(denied|denies|deny|rejected|rejects|reject|dismissed|dismisses|refuted|refutes)\b[^.]{0,80}?\b(accusations?|allegations?|claims?|charges?|involvement|assertions?)\b|\b(baseless|unfounded|false)\s+(allegations?|accusations?|claims?)/i;


/** A country, a demonym or a capital standing for its state, as an ISO code. */
export function stateCode(word: string): string | null {
  return countryOf(CAPITAL_METONYMS[word] ?? word);
}

export function findClaims(sentence: string, speaker: string | null): ClaimHit[] {
  const out: ClaimHit[] = [];
  for (const pattern of [BACKING_ADJECTIVE, BACKED_BY]) {
    for (const m of sentence.matchAll(pattern)) {
      const code = stateCode(m[1]);
      if (!code) continue;
      const country = countryName(code) ?? m[1];
      out.push({ kind: "backing", subject: code, claim: `The attacks were backed by ${country}`, by: speaker, start: m.index!, end: m.index! + m[0].length });
    }
  }
  for (const m of sentence.matchAll(RESPONSIBILITY)) {
    const group = m[1].replace(/^the\s+/i, "");
    if (/^(No|Nobody|None)$/i.test(group)) continue;
    out.push({ kind: "responsibility", subject: group, claim: `${group} carried out the attacks`, by: group, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

export function findDenial(sentence: string, speaker: string | null): DenialHit | null {
  const m = DENIAL.exec(sentence);
  if (!m) return null;
  const by: string[] = [];
  const subject = /^(?:\W*)((?:\p{Lu}[\p{L}'’-]*\s*)+)(?:['’]s\s+[\p{Ll} ]+?)?\s+(?:\p{Ll}+ly\s+)?(?:denied|denies|rejected|rejects|dismissed|refuted)\b/u.exec(sentence);
  if (subject) by.push(subject[1].trim());
  if (speaker && !by.includes(speaker)) by.push(speaker);
  const countries = new Set<string>();
  for (const party of [...by, sentence]) {
    for (const w of party.match(/\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?/gu) ?? []) {
      const code = stateCode(w);
      if (code && by.some((b) => b.includes(w))) countries.add(code);
    }
  }
  // "India's foreign ministry spokesperson X said": the speaker speaks for India.
  for (const o of sentence.matchAll(/\b(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)['’]s\s+(?:[\p{Ll}]+\s+){0,3}(ministry|government|embassy|office|spokes(?:person|man|woman)|foreign|military|army)\b/gu)) {
    const code = stateCode(o[1]);
    if (code) countries.add(code);
  }
  if (!by.length) return null;
  return { by, countries: [...countries], start: m.index, end: m.index + m[0].length };
}
