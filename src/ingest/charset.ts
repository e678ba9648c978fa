// Bytes to text without mojibake: a byte-order mark wins, then a declared charset (HTML
// <meta charset>, http-equiv, XML prolog), then UTF-8 when the bytes are valid UTF-8, and
// windows-1252 last, since that is what undeclared legacy Western pages are in practice.

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xff, 0xfe], "utf-16le"],
  [[0xfe, 0xff], "utf-16be"],
];

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
  return label === "iso-8859-1" || label === "latin1" || label === "us-ascii" ? "windows-1252" : label;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  for (const [bom, charset] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      return { text: new TextDecoder(charset).decode(bytes.subarray(bom.length)), charset, by: "bom" };
    }
  }
  const declared = declaredCharset(bytes);
  if (declared && declared !== "utf-8" && declared !== "utf8") {
    return { text: new TextDecoder(declared).decode(bytes), charset: declared, by: "declared" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), charset: "utf-8", by: declared ? "declared" : "valid-utf8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), charset: "windows-1252", by: "fallback" };
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
