// Turns the bytes of an HTML page into a string, the way a careful reader would:
// a byte-order mark wins; then bytes that are valid UTF-8 are read as UTF-8 (a page
// that declares iso-8859-1 but is really UTF-8 is common, the reverse is vanishingly
// rare); then the charset the page declares (<meta charset>, http-equiv content-type);
// then windows-1252, which never fails and is what undeclared legacy pages mostly are.

/** How many leading bytes are searched for a charset declaration (HTML's prescan uses 1024; pages with long heads need more). */
const PRESCAN_BYTES = 4096;

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

function tryDecode(encoding: string, bytes: Uint8Array, fatal: boolean): string | null {
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
