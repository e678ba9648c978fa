// Words for codes, shared by every stage that writes for people. (The words for qualifiers
// are in the lexicon: src/text/lexicon/counts.ts.)

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

/** "IN" -> "India"; null for no code, the code itself when Intl does not know it. */
export function countryName(code: string | null): string | null {
  if (!code) return null;
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
