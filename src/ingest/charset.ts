// Bytes to text: one decoder for every input (src/text/charset.ts: BOM, valid UTF-8, the
// declared charset, then windows-1252), and the test for bytes that are not text at all.
export { decodeHtmlBytes as decodeBytes } from "../text/charset.ts";

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
