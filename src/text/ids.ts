// Document ids: safe to print in Markdown, HTML and a terminal, and told apart when two
// unrelated inputs bring the same name. The raw name always stays in the document's `source`.
import { createHash } from "node:crypto";

/**
 * Characters an id may not carry: controls (a newline breaks a Markdown table), format and
 * bidirectional controls (U+202E turns "txt.exe" around on screen), and separators.
 */
const UNSAFE_IN_ID = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u2028\u2029]/gu;

/** The id with every unsafe character replaced by "_", and surrounding space trimmed. */
export function sanitiseId(id: string): string {
  return id.replace(UNSAFE_IN_ID, "_").trim();
}

/** 8 hex digits naming a source (a path, URL or `file#id`): the same source, the same tag. */
export function sourceTag(source: string): string {
  return createHash("sha1").update(source).digest("hex").slice(0, 8);
}

/** The id a document gets when its own is taken by another source. */
export function idForSource(id: string, source: string): string {
  return `${id}-${sourceTag(source)}`;
}
