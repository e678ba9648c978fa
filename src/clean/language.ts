// The language of a document, read from its text with franc-min (trigram profiles of 82
// languages), so that a page declaring `lang="en"` in a template but written in Spanish is
// Spanish. Below 200 characters franc guesses wrong between close languages, so a short text
// is read by its script and a function-word vote with a margin (src/text/language.ts), and a
// declaration decides where that vote cannot, or agrees on the script; a short text that says
// too little is "und", never a confident wrong label. Codes are ISO 639-1 where one exists,
// else franc's ISO 639-3.
import { franc } from "franc-min";
import { dominantScript, guessLanguage, scriptOfLanguage } from "../text/language.ts";

/** Below this many characters franc's guesses between close languages are unreliable. */
const MIN_TEXT = 200;
/** franc reads at most this much: the head of a long article says its language. */
const SAMPLE = 4000;

const ISO_639_1: Record<string, string> = {
  eng: "en", spa: "es", por: "pt", fra: "fr", deu: "de", ita: "it", nld: "nl", rus: "ru", ukr: "uk", bel: "be", bul: "bg",
  pol: "pl", ces: "cs", ron: "ro", hun: "hu", swe: "sv", tur: "tr", ind: "id", zlm: "ms", jav: "jv", sun: "su", vie: "vi",
  tgl: "tl", swh: "sw", hau: "ha", yor: "yo", ibo: "ig", zul: "zu", som: "so", kin: "rw", run: "rn", nya: "ny", lin: "ln",
  plt: "mg", bos: "bs", hrv: "hr", srp: "sr", ckb: "ku", uzn: "uz", azj: "az", kaz: "kk", arb: "ar", urd: "ur", pes: "fa",
  pbu: "ps", hin: "hi", mar: "mr", npi: "ne", cmn: "zh", jpn: "ja", kor: "ko", tha: "th", ell: "el", heb: "he", kat: "ka",
  hye: "hy", ben: "bn", tam: "ta", tel: "te", kan: "kn", mal: "ml", guj: "gu", pan: "pa", amh: "am", khm: "km", lao: "lo",
  mya: "my", sin: "si", ori: "or", fin: "fi", dan: "da", nob: "nb", slk: "sk", slv: "sl", lit: "lt", lav: "lv", est: "et",
};

/**
 * The document's language: franc on its text when there is enough of it; else the short-text
 * guess, overruled by the declaration when both are of one script (the page's author knows
 * Portuguese from Spanish better than ten words do); a declaration the text's script
 * contradicts (a template's `lang="en"` on a Chinese page) is not taken.
 */
export function detectLanguage(text: string, declared?: string | null): string {
  if (text.length >= MIN_TEXT) {
    const code = franc(text.slice(0, SAMPLE), { minLength: MIN_TEXT });
    if (code !== "und") return ISO_639_1[code] ?? code;
  }
  const guess = guessLanguage(text);
  if (!declared) return guess;
  const script = guess === "und" ? dominantScript(text) : scriptOfLanguage(guess);
  return script === null || script === scriptOfLanguage(declared) ? declared : guess;
}
