// Who said it: the speaker of a sentence ("X said", "said X", "according to X", a quote
// closed by "he told reporters"), with roles resolved to the named person who holds them
// elsewhere in the document ("Balochistan's chief minister" -> "Chief Minister Sarfaraz Bugti").

const SPEECH_VERBS = "said|says|say|told|tells|stated|states|confirmed|confirms|announced|announces|reported|reports|claimed|claims|added|adds|noted|estimated|alleged|allege|alleges|insisted|declared|tweeted|wrote|warned|praised|described|explained|revealed";

/** Roles that precede a name: "Interior Minister Mohsin Naqvi", "chief minister Sarfaraz Bugti". */
const ROLE =
  "(?:(?:prime|chief|interior|defen[cs]e|foreign|home|finance|information|deputy|provincial|federal|state)\\s+)?(?:minister|president|premier|governor|mayor|senator|general|gen\\.|commander|spokesperson|spokesman|spokeswoman|secretary|ambassador|charge d['’]affaires|chief|commissioner|inspector general|inspector|constable|const\\.|sergeant|sgt\\.|lieutenant|lt\\.|captain|capt\\.|detective|director|sheriff|superintendent|officer|official|envoy|leader|chairman|police chief)";

const NAME = "(?:[A-Z][\\w'’-]+|[A-Z]\\.)(?:\\s+(?:[A-Z][\\w'’-]+|[A-Z]\\.)){0,3}";

const ROLE_NAME = new RegExp(`\\b((?:[A-Z][\\w'’]+\\s+)?${ROLE})\\s+(${NAME})`, "gi");

/** Authorities that speak without a name. */
const AUTHORITY =
  /\b(officials?|authorities|police|army|military|ministry|government|spokesperson|spokesman|spokeswoman|witnesses|residents|hospital|doctors|rescuers|agency|department|office|sources|medics|statement|minister|governor|mayor|media|television|tv|radio|news|press|newspaper|reports?|sheriff|coroner|center|centre|service|survey|organi[sz]ation|committee|commission|council|embassy|institute|spokespeople|prosecutors?|investigators?|officers?|chief|commander|inspector|detective|agencies)\b/i;

export interface RoleHolder {
  role: string;
  name: string;
  full: string;
}

/** People named with their role in a document. */
export function findRoleHolders(text: string): RoleHolder[] {
  const holders: RoleHolder[] = [];
  for (const m of text.matchAll(ROLE_NAME)) {
    const role = m[1].trim();
    // The pattern ignores case for the role; the name is only its capitalised words.
    const cleanName = m[2].trim().split(/\s+/).filter((w, i, all) => all.slice(0, i + 1).every((x) => /^[A-Z]/.test(x))).join(" ");
    if (!cleanName || /^(Said|Says|On|In|Of|And|The)$/.test(cleanName)) continue;
    holders.push({ role: role.toLowerCase().replace(/^[A-Z][\w'’]+\s+(?=(?:prime|chief|interior|defen|foreign|home|minister|president))/i, ""), name: cleanName, full: `${capitalise(role)} ${cleanName}` });
  }
  return holders;
}

function capitalise(role: string): string {
  return role.replace(/\b\p{L}/gu, (c) => c.toUpperCase()).replace(/'S\b/g, "'s").replace(/’S\b/g, "’s");
}

/** The speaker of one sentence, or null. `previous` is the last named speaker, for "he said". */
export function speakerOf(sentence: string, holders: RoleHolder[], previous: string | null): string | null {
  const s = sentence
    .replace(/^(?:On|In|Late|Early)\s+\w+(?:\s+\w+)?,\s+/, "")
    .replace(/\s+(?:on|late|early|last)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|night|week)\b/g, "")
    .replace(/\s+in an? (?:statement|interview|speech|post|press conference|news conference|briefing)(?: on \w+)?\b/g, "");
  const patterns: RegExp[] = [
    // "X was quoted as saying", "quoted X as saying"
    /\b((?:[A-Z][\w'’.-]*\s+){0,2}(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)\s+was quoted as saying\b/u,
    /\bquoted\s+((?:the\s+)?(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s+as saying\b/u,
    new RegExp(`(?:^|[,”"’]\\s*|\\band\\s+|\\bthat\\s+)((?:[\\w'’.-]+\\s+){0,6}?[\\w'’.-]+)\\s+(?:(?:also|reportedly|later|further|again|earlier|then|previously|\\w+ly)\\s+)?(?:${SPEECH_VERBS})\\b`, "u"),
    new RegExp(`\\b(?:${SPEECH_VERBS})\\s+((?:the\\s+)?(?:[A-Z][\\w'’.-]*\\s*){1,5}|(?:the\\s+)?(?:[a-z]+\\s+){0,2}(?:police|officials|authorities|witnesses|residents|rescuers|doctors|investigators|prosecutors)\\b)`, "u"),
    /\baccording to\s+((?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,6}?)(?=[,.;]|\s+(?:who|which|that|on|in)\b|$)/iu,
  ];
  for (const pattern of patterns) {
    const m = pattern.exec(s);
    if (!m) continue;
    const speaker = tidy(m[1]);
    if (!speaker) continue;
    if (/^(he|she)$/i.test(speaker)) return previous;
    if (/^(they|it|we|i|this|that|there|which|who)$/i.test(speaker)) continue;
    return resolveRole(speaker, holders);
  }
  return null;
}

/** Words that end a speaker's noun phrase when walking back from the speech verb. */
const PHRASE_STOP = /^(that|which|who|and|but|or|to|with|from|by|for|on|at|as|after|before|when|while|is|was|were|are|has|have|had|been|also|then|it|they|we|i|you|this|there|not|if|so|than|because|since|said|says|told|\w+ing|\w+ed)$/i;

function tidy(phrase: string): string | null {
  const words = phrase.trim().split(/\s+/);
  // Walk back from the verb to the start of the speaker's noun phrase.
  let start = words.length;
  while (start > 0) {
    const w = words[start - 1];
    if (PHRASE_STOP.test(w.replace(/[,.;:“”"’]+$/, "")) && !/^(the|a|an)$/i.test(w) && !(/^[A-Z]/.test(w) && !/^(It|They|We|I|This|There|That)$/.test(w))) break;
    start--;
    if (/^(the|a|an)$/i.test(w)) break;
    if (/[,;:“”"]$/.test(words[start - 1] ?? "")) break;
  }
  const kept = words.slice(start).join(" ").replace(/^(the|a|an)\s+/i, "").replace(/[,.;:”"’]+$/, "");
  if (!kept) return null;
  if (/^(he|she)$/i.test(kept)) return kept;
  if (!AUTHORITY.test(kept) && !/^[A-Z]/.test(kept)) return null;
  if (kept.split(" ").length > 8) return null;
  return kept;
}

/** "Balochistan's chief minister" -> the one named chief minister of the document, when unique. */
export function resolveRole(speaker: string, holders: RoleHolder[]): string {
  const lower = speaker.toLowerCase();
  const named = holders.find((h) => lower.includes(h.name.toLowerCase()));
  if (named) return named.full;
  const surname = holders.find((h) => {
    const last = h.name.split(/\s+/).pop()!.toLowerCase();
    return new RegExp(`(^|\\s)(mr|mrs|ms|dr)?\\.?\\s*${last}$`).test(lower);
  });
  if (surname) return surname.full;
  const byRole = holders.filter((h) => lower.endsWith(h.role) || lower.includes(`${h.role} `) || lower === h.role);
  const distinct = new Set(byRole.map((h) => h.name));
  return distinct.size === 1 ? byRole[0].full : speaker;
}
