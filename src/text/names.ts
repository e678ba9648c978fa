// Words for codes, shared by every stage that writes for people.
import type { Qualifier } from "../types.ts";

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

/** The words a qualifier puts before its number ("at least 33"). */
export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "",
  at_least: "at least ",
  more_than: "more than ",
  about: "about ",
  nearly: "nearly ",
  at_most: "at most ",
  up_to: "up to ",
};
