// A language guess from function words: enough to tell the languages news arrives in apart,
// and to say "und" rather than guess when the text gives too little to go on.

const FUNCTION_WORDS: Record<string, string[]> = {
  en: ["the", "and", "of", "to", "in", "that", "is", "was", "for", "with", "on", "said", "he", "it", "by"],
  es: ["el", "la", "de", "que", "y", "en", "los", "las", "del", "se", "por", "un", "una", "para", "con"],
  fr: ["le", "la", "les", "de", "des", "et", "est", "une", "un", "du", "que", "dans", "pour", "qui", "pas"],
  de: ["der", "die", "und", "das", "ist", "nicht", "den", "von", "mit", "sich", "auf", "ein", "eine", "zu", "dem"],
  it: ["il", "di", "che", "la", "e", "per", "un", "una", "non", "del", "della", "sono", "le", "si", "con"],
  pt: ["o", "a", "de", "que", "e", "do", "da", "em", "um", "para", "com", "não", "uma", "os", "no"],
  nl: ["de", "het", "een", "van", "en", "dat", "is", "niet", "op", "te", "met", "zijn", "voor", "die", "er"],
  ru: ["и", "в", "не", "на", "что", "с", "по", "это", "как", "он", "из", "за", "для", "от", "его"],
};

const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);
}

export function guessLanguage(text: string): string {
  const counts = new Map<string, number>();
  let total = 0;
  for (const word of text.slice(0, 20_000).toLowerCase().match(/\p{L}+/gu) ?? []) {
    total++;
    for (const lang of LOOKUP.get(word) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!best || total < 5 || best[1] / total < 0.08) {
    if (/[\u4e00-\u9fff]/.test(text)) return "zh";
    if (/[\u3040-\u30ff]/.test(text)) return "ja";
    if (/[\u0600-\u06ff]/.test(text)) return "ar";
    return "und";
  }
  return best[0];
}
