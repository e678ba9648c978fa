// Turns the bytes of an HTML page into a string, the way a careful reader would:
// a byte-order mark wins; then bytes that are valid UTF-8 are read as UTF-8 (a page
// that declares iso-8859-1 but is really UTF-8 is common, the reverse is vanishingly
// rare); then the charset the page declares (<meta charset>, http-equiv content-type);
// then windows-1252, which never fails and is what undeclared legacy pages mostly are.

/** How many leading bytes are searched for a charset declaration (HTML's prescan uses 1024; pages with long heads need more). */
const PRESCAN_BYTES = 16384;

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", skip: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  return null;
}

/** The charset a page declares in its first bytes, as a label TextDecoder accepts, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, PRESCAN_BYTES));
  const found = META_CHARSET.exec(head);
  if (!found) return null;
  const label = found[1].toLowerCase();
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** windows-1252's characters for bytes 0x80..0x9F (where it differs from latin-1). */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** windows-1252 decoded by hand: Node's TextDecoder reads this label as plain latin-1, turning “smart quotes” into C1 controls. */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const slice = bytes.subarray(i, i + CHUNK);
    let piece = "";
    for (let k = 0; k < slice.length; k++) {
      const b = slice[k];
      piece += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    parts.push(piece);
  }
  return parts.join("");
}

function tryDecode(encoding: string, bytes: Uint8Array, fatal: boolean): string | null {
  if (encoding === "windows-1252") return decodeWindows1252(bytes);
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes an HTML page's bytes: BOM, then valid UTF-8, then the declared charset, then windows-1252. */
export function decodeHtmlBytes(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom) return tryDecode(bom.encoding, bytes.subarray(bom.skip), false) ?? "";
  const declared = declaredCharset(bytes);
  // A page declaring UTF-16 without a BOM is almost always lying (the meta tag itself was read as ASCII).
  const usable = declared && !declared.startsWith("utf-16") ? declared : null;
  const utf8 = tryDecode("utf-8", bytes, true);
  if (utf8 !== null) return utf8;
  if (usable && usable !== "utf-8") {
    const text = tryDecode(usable, bytes, false);
    if (text !== null) return text;
  }
  return tryDecode("windows-1252", bytes, false) ?? "";
}
