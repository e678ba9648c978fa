// Claims and the evidence about them, one sentence at a time: foreign backing ("Indian-backed
// terrorists", "backed by India"), responsibility ("the BLA claimed responsibility", "the
// attacks, claimed by the BLA"), and how others answer them: a denial ("India denied the
// accusation"), a repetition ("the accusation was reiterated by the defence minister") or no
// answer at all ("there was no immediate response from New Delhi"). No response is not a
// denial: only a denial makes a claim disputed.
import type { ClaimKind, ClaimStance } from "../types.ts";
import { countryOf } from "../text/gazetteer.ts";
import { countryName } from "../text/names.ts";
import { CAPITAL_METONYMS } from "./lexicon.ts";

/** One piece of evidence about a claim, found in one sentence (offsets into the sentence). */
export interface ClaimHit {
  kind: ClaimKind;
  /** The party the claim is about: a country code for backing, a group name for responsibility. */
  subject: string;
  claim: string;
  stance: ClaimStance;
  /** Who asserts, denies or does not answer, as the sentence names them; null when the report says it itself. */
  who: string | null;
  start: number;
  end: number;
}

const BACKING_ADJECTIVE = /\b(\p{Lu}[\p{L}]+)[-\s](backed|sponsored|funded|supported|financed|armed)\b/gu;
const BACKED_BY = /\b(?:backed|sponsored|funded|supported|financed|armed|orchestrated|directed)\s+by\s+(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)/gu;
const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4}(?:\s+\([A-Z]{2,6}\))?`;
const RESPONSIBILITY = new RegExp(String.raw`\b((?:the\s+)?${NAME})\s+(?:has\s+|had\s+)?claimed\s+responsibility\b`, "gu");
/** "the weekend attacks claimed by BLA", "attacks, which were later claimed by the BLA". */
const CLAIMED_BY = new RegExp(String.raw`\b(?:attacks?|bombings?|blasts?|assaults?|violence|killings?|which|that)\b[^.;]{0,40}?\bclaimed\s+by\s+(?:the\s+)?(${NAME})`, "gu");
const DENIAL = /\b(denied|denies|deny|rejected|rejects|reject|dismissed|dismisses|refuted|refutes)\b[^.]{0,80}?\b(accusations?|allegations?|claims?|charges?|involvement|assertions?)\b|\b(baseless|unfounded|false)\s+(allegations?|accusations?|claims?)/i;
/** "The accusation was reiterated by Pakistan's defence minister": the claim again, by another. */
const REPEATED_BY = /\b(?:accusations?|allegations?|claims?|charges?)\s+(?:was|were|has been|had been)\s+(?:\p{Ll}+ly\s+)?(?:reiterated|repeated|echoed|renewed|made again)\s+by\s+([^,.;]+?)(?=,|\.|;|\s+who\b|$)/u;
/** "there was no immediate response from New Delhi", "India did not immediately respond". */
const NO_RESPONSE = [
  /\bno\s+(?:immediate\s+)?(?:response|reaction|comment)\s+from\s+(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)/gu,
  /\b(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)\s+(?:did\s+not|didn['’]t|has\s+not|hasn['’]t)\s+(?:immediately\s+)?(?:respond|comment|react)/gu,
];
/** The speaker of a quotation that closes before "X said": `“…,” India’s foreign ministry spokesperson Randhir Jaiswal said`. */
const QUOTE_SPEAKER = /["”’],?\s+([^,.;"“”]{3,80}?)\s+(?:said|says|added|told|stated)\b/u;

/** A country, a demonym or a capital standing for its state, as an ISO code. */
export function stateCode(word: string): string | null {
  return countryOf(CAPITAL_METONYMS[word] ?? word);
}

export const backingClaim = (code: string, fallback = code): string => `The attacks were backed by ${countryName(code) ?? fallback}`;
export const responsibilityClaim = (group: string): string => `${group} carried out the attacks`;

/**
 * Every claim a sentence makes or answers. `speaker` is who the sentence quotes, as
 * extraction resolved it; `lastBacking` the country of the last backing claim the document
 * made, which a repetition ("the accusation was reiterated") refers to.
 */
export function claimEvidenceIn(sentence: string, speaker: string | null, lastBacking: string | null = null): ClaimHit[] {
  const out: ClaimHit[] = [];
  for (const pattern of [BACKING_ADJECTIVE, BACKED_BY]) {
    for (const m of sentence.matchAll(pattern)) {
      const code = stateCode(m[1]);
      if (!code) continue;
      // Without a speaker the report states it itself.
      out.push({ kind: "backing", subject: code, claim: backingClaim(code, m[1]), stance: speaker ? "asserts" : "reports", who: speaker, start: m.index, end: m.index + m[0].length });
    }
  }
  for (const pattern of [RESPONSIBILITY, CLAIMED_BY]) {
    for (const m of sentence.matchAll(pattern)) {
      const group = m[1].replace(/^the\s+/i, "").trim();
      if (/^(No|Nobody|None|The|It|They)$/i.test(group)) continue;
      out.push({ kind: "responsibility", subject: group, claim: responsibilityClaim(group), stance: "asserts", who: group, start: m.index, end: m.index + m[0].length });
    }
  }
  const repeated = REPEATED_BY.exec(sentence);
  const repeatedCode = lastBacking ?? out.find((h) => h.kind === "backing")?.subject ?? null;
  if (repeated && repeatedCode) {
    out.push({ kind: "backing", subject: repeatedCode, claim: backingClaim(repeatedCode), stance: "asserts", who: repeated[1].trim(), start: repeated.index, end: repeated.index + repeated[0].length });
  }
  const denial = findDenial(sentence, speaker);
  if (denial) {
    for (const code of denial.countries) {
      out.push({ kind: "backing", subject: code, claim: backingClaim(code), stance: "denies", who: denial.who, start: denial.start, end: denial.end });
    }
  }
  for (const pattern of NO_RESPONSE) {
    for (const m of sentence.matchAll(pattern)) {
      const code = stateCode(m[1]);
      if (!code) continue;
      out.push({ kind: "backing", subject: code, claim: backingClaim(code), stance: "no-response", who: m[1], start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

export interface DenialHit {
  /** The denier as the sentence names them most fully: a quoted spokesperson, else the subject. */
  who: string;
  by: string[];
  /** Country codes the denier speaks for, to link the denial to a backing claim about them. */
  countries: string[];
  start: number;
  end: number;
}

export function findDenial(sentence: string, speaker: string | null): DenialHit | null {
  const m = DENIAL.exec(sentence);
  if (!m) return null;
  const by: string[] = [];
  const subject = /^(?:\W*)((?:\p{Lu}[\p{L}'’-]*\s*)+)(?:['’]s\s+[\p{Ll} ]+?)?\s+(?:\p{Ll}+ly\s+)?(?:denied|denies|rejected|rejects|dismissed|refuted)\b/u.exec(sentence);
  if (subject) by.push(subject[1].trim());
  const quoted = QUOTE_SPEAKER.exec(sentence)?.[1].trim() ?? null;
  if (quoted) by.push(quoted);
  else if (speaker && !by.includes(speaker)) by.push(speaker);
  const countries = new Set<string>();
  for (const party of by) {
    for (const w of party.match(/\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?/gu) ?? []) {
      const code = stateCode(w);
      if (code) countries.add(code);
    }
  }
  // "India's foreign ministry spokesperson X said": the speaker speaks for India.
  for (const o of sentence.matchAll(/\b(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)['’]s\s+(?:[\p{Ll}]+\s+){0,3}(ministry|government|embassy|office|spokes(?:person|man|woman)|foreign|military|army)\b/gu)) {
    const code = stateCode(o[1]);
    if (code) countries.add(code);
  }
  if (!by.length) return null;
  return { who: quoted ?? by[0], by, countries: [...countries], start: m.index, end: m.index + m[0].length };
}
