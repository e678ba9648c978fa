// Counting words: English number words, the words that count by dozens, vague plurals, and
// the qualifiers that bound a figure ("at least 33"), both as extraction reads them and as
// the report writes them back. One table each, so the words read and the words written agree.
import type { Qualifier } from "../../types.ts";

/** Number words below a hundred: the cardinals of English spelling, units and tens. */
export const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};

export const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000 };

/** Words that count by dozens and scores: "two dozen" is 24, "a dozen" 12. */
export const MULTIPLIERS: Record<string, number> = { dozen: 12, score: 20 };

/** Words that stand for a small count before a people noun ("both women", "a couple of"). */
export const COUNT_WORDS: Record<string, number> = { both: 2, couple: 2, pair: 2, "half-dozen": 6 };

/** Vague plurals: a lower bound, flagged as inferred ("dozens" is at least 24). */
export const VAGUE: Record<string, number> = { dozens: 24, scores: 40, hundreds: 200, thousands: 2000, millions: 2_000_000 };

/** Qualifier phrases, longest first, as lower-case token sequences before the number. */
export const QUALIFIERS: [string[], Qualifier][] = [
  [["no", "fewer", "than"], "at_least"],
  [["a", "minimum", "of"], "at_least"],
  [["at", "least"], "at_least"],
  [["more", "than"], "more_than"],
  [["upwards", "of"], "more_than"],
  [["in", "excess", "of"], "more_than"],
  [["well", "over"], "more_than"],
  [["over"], "more_than"],
  [["above"], "more_than"],
  [["exceeding"], "more_than"],
  [["no", "more", "than"], "at_most"],
  [["at", "most"], "at_most"],
  [["fewer", "than"], "at_most"],
  [["less", "than"], "at_most"],
  [["up", "to"], "up_to"],
  [["as", "many", "as"], "up_to"],
  [["close", "to"], "nearly"],
  [["just", "under"], "nearly"],
  [["nearly"], "nearly"],
  [["almost"], "nearly"],
  [["an", "estimated"], "about"],
  [["estimated"], "about"],
  [["approximately"], "about"],
  [["roughly"], "about"],
  [["around"], "about"],
  [["about"], "about"],
  [["some"], "about"],
];

/** The words a qualifier puts before its number when the report writes it ("at least 33"). */
export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "",
  at_least: "at least ",
  more_than: "more than ",
  about: "about ",
  nearly: "nearly ",
  at_most: "at most ",
  up_to: "up to ",
};

/**
 * Words that name a toll as such ("the death toll rose to 12", "casualty figures"): a number
 * said in them is the event's count by the writer's own choice of words.
 */
export const TOLL_WORDS = ["death toll", "toll", "casualty figures", "casualty count", "casualties", "body count", "number of dead", "number of victims"];
