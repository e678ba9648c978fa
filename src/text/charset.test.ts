import assert from "node:assert/strict";
import { test } from "node:test";
import { declaredCharset, decodeHtmlBytes } from "./charset.ts";

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? [...Buffer.from(part, "utf8")] : part)));

test("a UTF-8 byte-order mark wins and is not part of the text", () => {
  const decoded = decodeHtmlBytes(bytes([0xef, 0xbb, 0xbf], '<meta charset="windows-1251"><p>Café — ok</p>'));
  assert.equal(decoded, '<meta charset="windows-1251"><p>Café — ok</p>');
});

test("a UTF-16 byte-order mark is honoured", () => {
  const le = Buffer.from("\ufeff<p>Zürich</p>", "utf16le");
  assert.equal(decodeHtmlBytes(new Uint8Array(le)), "<p>Zürich</p>");
});

test("<meta charset> chooses a legacy encoding when the bytes are not UTF-8", () => {
  // "Привет" in windows-1251.
  const page = bytes('<html><head><meta charset="windows-1251"></head><body><p>', [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2], "</p></body></html>");
  assert.match(decodeHtmlBytes(page), /<p>Привет<\/p>/);
});

test("http-equiv content-type is read too", () => {
  const page = bytes('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2"><p>', [0xb3, 0xf3, 0x64, 0xbc], "</p>");
  assert.match(decodeHtmlBytes(page), /<p>łódź<\/p>/);
  assert.equal(declaredCharset(page), "iso-8859-2");
});

test("invalid UTF-8 without a declaration falls back to windows-1252: no mojibake, no replacement characters", () => {
  // “Smart quotes” — and café in windows-1252.
  const page = bytes("<p>", [0x93], "Smart quotes", [0x94], " ", [0x97], " and caf", [0xe9], "</p>");
  const decoded = decodeHtmlBytes(page);
  assert.equal(decoded, "<p>“Smart quotes” — and café</p>");
  assert.ok(!decoded.includes("\ufffd"));
});

test("valid UTF-8 is read as UTF-8 even when the page claims iso-8859-1", () => {
  const decoded = decodeHtmlBytes(bytes('<meta charset="iso-8859-1"><p>Ürümqi – São Paulo</p>'));
  assert.equal(decoded, '<meta charset="iso-8859-1"><p>Ürümqi – São Paulo</p>');
  assert.ok(!decoded.includes("Ã"));
});

test("an unknown declared charset and empty input do not throw", () => {
  assert.equal(decodeHtmlBytes(bytes('<meta charset="x-klingon">', [0xe9])), '<meta charset="x-klingon">é');
  assert.equal(decodeHtmlBytes(new Uint8Array(0)), "");
  assert.equal(declaredCharset(Uint8Array.from(ascii("<p>no declaration</p>"))), null);
});
