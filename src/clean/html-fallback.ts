// When the chosen container holds little of the page's prose, other readings of the page are
// tried and the best kept by one score (`proseScore`). A second method, Readability.js over
// linkedom, reads the page its own way; its text is aligned back onto our blocks, so every
// kept character still maps to raw. Readability is only run when the container reading looks
// short, which keeps the common page fast.

import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Block } from "./html-blocks.ts";

/** Scripts without spaces between words: length, not word count, says a block is prose. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const SENTENCE_END = /[.!?。！？…"”’»:;)]\s*$/;

/**
 * The prose characters of a block: its text outside links, when it reads as running text
 * (eight words or more, or 40 characters of an unspaced script, ending like a sentence or long).
 * Menus, headings, buttons and link lists count nothing.
 */
export function proseChars(block: Block): number {
  const plain = block.len - block.linkLen;
  if (plain < block.len * 0.5) return 0;
  const words = UNSPACED.test(block.text) ? block.len / 3 : block.text.split(" ").length;
  if (words < 8) return 0;
  return SENTENCE_END.test(block.text) || block.len >= 120 ? plain : 0;
}

/** The prose of the whole page, counting the blocks in `open` only. */
export function pageProse(blocks: readonly Block[], open: ReadonlySet<Block>): number {
  let total = 0;
  for (const block of blocks) if (open.has(block)) total += proseChars(block);
  return total;
}

/**
 * The score by which readings of one page are compared: prose characters kept, less half the
 * link characters kept (a reading that gains prose by taking a link farm gains little). Prose
 * outside `open` (under elements marked as chrome: comments, sidebars) counts nothing.
 */
export function proseScore(kept: readonly Block[], open: ReadonlySet<Block>): number {
  let score = 0;
  for (const block of kept) score += (open.has(block) ? proseChars(block) : 0) - block.linkLen * 0.5;
  return score;
}

const comparable = (text: string): string => text.replace(/\s+/g, "").toLowerCase();

/**
 * The blocks Readability.js keeps as the article, found in order in its text. Null when it
 * finds nothing or fails (it is a second opinion: its failure is no failure of cleaning).
 */
export function readabilityBlocks(raw: string, blocks: readonly Block[]): Set<Block> | null {
  let text: string;
  try {
    const { document } = parseHTML(raw);
    text = new Readability(document as unknown as Document).parse()?.textContent ?? "";
  } catch {
    return null;
  }
  const target = comparable(text);
  if (target.length === 0) return null;
  const kept = new Set<Block>();
  let cursor = 0;
  for (const block of blocks) {
    const needle = comparable(block.text);
    if (needle.length === 0) continue;
    const at = target.indexOf(needle, cursor);
    if (at < 0) continue;
    // A short block may occur anywhere by chance: only taken where the aligned text is.
    if (needle.length < 20 && at - cursor > 40) continue;
    kept.add(block);
    cursor = at + needle.length;
  }
  return kept.size > 0 ? kept : null;
}
