// Where a citation points: the sentence at a paragraph and sentence of a document's cleaned
// text, counted as a reader counts them (and as the document page shows them).
import { splitSentences } from "../../src/text/sentences.ts";
import type { TextPlace } from "../../src/types.ts";

export const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

/** The sentence at a place, as a reader counts paragraphs and sentences in the cleaned text. */
export function sentenceAt(doc: { text: string }, place: TextPlace): string | null {
  const paragraphs = doc.text.split(/\n\s*\n/);
  let from = 0;
  for (let i = 0; i < place.paragraph - 1; i++) {
    const at = doc.text.indexOf(paragraphs[i], from) + paragraphs[i].length;
    from = at + (/^\n\s*\n/.exec(doc.text.slice(at))?.[0].length ?? 0);
  }
  const text = paragraphs[place.paragraph - 1];
  if (text === undefined) return null;
  const span = splitSentences(doc.text, from, from + text.length)[place.sentence - 1];
  return span ? doc.text.slice(span.start, span.end) : null;
}

