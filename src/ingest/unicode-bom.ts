// Text in UTF-16 or UTF-32 announced by a byte-order mark. Such text is full of NUL bytes,
// which the binary test would refuse; the mark says it is text, so it is decoded first.
// Node's TextDecoder has no UTF-32: it is decoded here by hand.

/** The encoding a UTF-16/32 byte-order mark announces, or null (UTF-8 marks are the charset's business). */
export function wideBom(bytes: Uint8Array): "utf-32le" | "utf-32be" | "utf-16le" | "utf-16be" | null {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0 && bytes.length % 4 === 0) return "utf-32le";
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return "utf-32be";
  if (a === 0xff && b === 0xfe) return "utf-16le";
  if (a === 0xfe && b === 0xff) return "utf-16be";
  return null;
}

/** Decodes bytes behind a UTF-16/32 mark, the mark dropped; invalid units become U+FFFD. */
export function decodeWide(bytes: Uint8Array, encoding: NonNullable<ReturnType<typeof wideBom>>): string {
  if (encoding.startsWith("utf-16")) return new TextDecoder(encoding).decode(bytes.subarray(2));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = encoding === "utf-32le";
  const out: string[] = [];
  for (let at = 4; at + 4 <= bytes.length; at += 4) {
    const point = view.getUint32(at, little);
    const valid = point <= 0x10ffff && !(point >= 0xd800 && point <= 0xdfff);
    out.push(String.fromCodePoint(valid ? point : 0xfffd));
  }
  return out.join("");
}
