// Bytes to text without mojibake: a byte-order mark wins, then a declared charset (HTML
// <meta charset>, http-equiv, XML prolog), then UTF-8 when the bytes are valid UTF-8, and
// windows-1252 last, since that is what undeclared legacy Western pages are in practice.

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xff, 0xfe], "utf-16le"],
  [[0xfe, 0xff], "utf-16be"],
];

/** windows-1252's 0x80-0x9F, which Node 20's TextDecoder decodes as latin-1 control codes. */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeCp1252(bytes: Uint8Array): string {
  return new TextDecoder("latin1").decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

function decodeAs(label: string, bytes: Uint8Array): string {
  return label === "windows-1252" ? decodeCp1252(bytes) : new TextDecoder(label).decode(bytes);
}

export interface Decoded {
  text: string;
  charset: string;
  /** How the charset was chosen: "bom", "declared", "valid-utf8" or "fallback". */
  by: "bom" | "declared" | "valid-utf8" | "fallback";
}

/** The charset a page declares in its first 2 KiB, if any, as a TextDecoder label. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  if (!match) return null;
  const label = match[1].toLowerCase();
  try {
    new TextDecoder(label);
  } catch {
    return null;
  }
  // Pages that declare latin-1 are almost always windows-1252 (the WHATWG rule).
  return ["iso-8859-1", "latin1", "us-ascii", "windows-1252", "cp1252", "ascii"].includes(label) ? "windows-1252" : label;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  for (const [bom, charset] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      return { text: new TextDecoder(charset).decode(bytes.subarray(bom.length)), charset, by: "bom" };
    }
  }
  const declared = declaredCharset(bytes);
  if (declared && declared !== "utf-8" && declared !== "utf8") {
    return { text: decodeAs(declared, bytes), charset: declared, by: "declared" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), charset: "utf-8", by: declared ? "declared" : "valid-utf8" };
  } catch {
    return { text: decodeCp1252(bytes), charset: "windows-1252", by: "fallback" };
  }
}

/** True when bytes are not text: NUL bytes or many control characters in the first 8 KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}
