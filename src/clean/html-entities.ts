// Character references. The named ones are those news pages actually use (the full
// HTML table has 2,231; the rest are mathematical and survive as written).

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ensp: "\u2002", emsp: "\u2003", thinsp: "\u2009",
  zwnj: "\u200c", zwj: "\u200d", lrm: "\u200e", rlm: "\u200f", shy: "\u00ad",
  ndash: "\u2013", mdash: "\u2014", lsquo: "\u2018", rsquo: "\u2019", sbquo: "\u201a", ldquo: "\u201c", rdquo: "\u201d",
  bdquo: "\u201e", laquo: "\u00ab", raquo: "\u00bb", lsaquo: "\u2039", rsaquo: "\u203a", hellip: "\u2026", bull: "\u2022",
  middot: "\u00b7", prime: "\u2032", Prime: "\u2033", dagger: "\u2020", Dagger: "\u2021", permil: "\u2030", trade: "\u2122",
  copy: "\u00a9", reg: "\u00ae", deg: "\u00b0", plusmn: "\u00b1", times: "\u00d7", divide: "\u00f7", frac12: "\u00bd",
  frac14: "\u00bc", frac34: "\u00be", sup1: "\u00b9", sup2: "\u00b2", sup3: "\u00b3", micro: "\u00b5", para: "\u00b6",
  sect: "\u00a7", cent: "\u00a2", pound: "\u00a3", yen: "\u00a5", euro: "\u20ac", curren: "\u00a4", iexcl: "\u00a1",
  iquest: "\u00bf", ordf: "\u00aa", ordm: "\u00ba", not: "\u00ac", macr: "\u00af", acute: "\u00b4", cedil: "\u00b8",
  uml: "\u00a8", brvbar: "\u00a6", larr: "\u2190", rarr: "\u2192", uarr: "\u2191", darr: "\u2193", harr: "\u2194",
  minus: "\u2212", le: "\u2264", ge: "\u2265", ne: "\u2260", asymp: "\u2248", infin: "\u221e", hearts: "\u2665",
  Agrave: "À", Aacute: "Á", Acirc: "Â", Atilde: "Ã", Auml: "Ä", Aring: "Å", AElig: "Æ", Ccedil: "Ç", Egrave: "È",
  Eacute: "É", Ecirc: "Ê", Euml: "Ë", Igrave: "Ì", Iacute: "Í", Icirc: "Î", Iuml: "Ï", ETH: "Ð", Ntilde: "Ñ",
  Ograve: "Ò", Oacute: "Ó", Ocirc: "Ô", Otilde: "Õ", Ouml: "Ö", Oslash: "Ø", Ugrave: "Ù", Uacute: "Ú", Ucirc: "Û",
  Uuml: "Ü", Yacute: "Ý", THORN: "Þ", szlig: "ß", agrave: "à", aacute: "á", acirc: "â", atilde: "ã", auml: "ä",
  aring: "å", aelig: "æ", ccedil: "ç", egrave: "è", eacute: "é", ecirc: "ê", euml: "ë", igrave: "ì", iacute: "í",
  icirc: "î", iuml: "ï", eth: "ð", ntilde: "ñ", ograve: "ò", oacute: "ó", ocirc: "ô", otilde: "õ", ouml: "ö",
  oslash: "ø", ugrave: "ù", uacute: "ú", ucirc: "û", uuml: "ü", yacute: "ý", thorn: "þ", yuml: "ÿ", OElig: "Œ",
  oelig: "œ", Scaron: "Š", scaron: "š", Yuml: "Ÿ", fnof: "ƒ", circ: "ˆ", tilde: "˜", Alpha: "Α", Beta: "Β",
  Gamma: "Γ", Delta: "Δ", Omega: "Ω", alpha: "α", beta: "β", gamma: "γ", delta: "δ", pi: "π", mu: "μ", sigma: "σ",
  omega: "ω", lambda: "λ", theta: "θ", star: "☆", check: "✓", Ccaron: "Č", ccaron: "č", Zcaron: "Ž", zcaron: "ž",
  Scedil: "Ş", scedil: "ş", gbreve: "ğ", Gbreve: "Ğ", inodot: "ı", Idot: "İ", lstrok: "ł", Lstrok: "Ł",
};

/** Named references that browsers also accept without the semicolon (the common legacy ones). */
const LEGACY = new Set(["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]);

/** windows-1252 meanings of numeric references 128..159, as browsers apply them. */
const C1 = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

export interface DecodedReference {
  text: string;
  /** Offset just past the reference. */
  end: number;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Decodes the character reference starting at `raw[at] === "&"`, or null when there is none. */
export function decodeReference(raw: string, at: number, limit: number): DecodedReference | null {
  if (raw.charCodeAt(at + 1) === 35) {
    const hex = (raw.charCodeAt(at + 2) | 32) === 120;
    let i = at + (hex ? 3 : 2);
    const digitsStart = i;
    while (i < limit && i - digitsStart < 8) {
      const c = raw.charCodeAt(i);
      const digit = (c >= 48 && c <= 57) || (hex && ((c | 32) >= 97 && (c | 32) <= 102));
      if (!digit) break;
      i++;
    }
    if (i === digitsStart) return null;
    let code = parseInt(raw.slice(digitsStart, i), hex ? 16 : 10);
    if (raw.charCodeAt(i) === 59) i++;
    if (code >= 128 && code <= 159) return { text: C1[code - 128], end: i };
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) code = 0xfffd;
    return { text: String.fromCodePoint(code), end: i };
  }
  let i = at + 1;
  while (i < limit && i - at <= 10 && isAlnum(raw.charCodeAt(i))) i++;
  if (i === at + 1) return null;
  const name = raw.slice(at + 1, i);
  const value = NAMED[name];
  if (value === undefined) return null;
  if (raw.charCodeAt(i) === 59) return { text: value, end: i + 1 };
  return LEGACY.has(name) ? { text: value, end: i } : null;
}
