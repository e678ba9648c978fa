// The size budget of one document. Every stage is linear or n log n in a document's length,
// but a constant of a few seconds a megabyte still makes a 50 MB paste a minute of work for
// one request. A document over the budget is refused whole, with the reason, rather than cut:
// a cut article would be reported as if it said less than it does.

/** UTF-16 units of one document's raw input: 2 million, some twenty times the longest news article. */
export const MAX_DOCUMENT_CHARS = 2_000_000;

/** Why a document's raw text is over the budget, or null when it is within it. */
export function oversizeReason(raw: string): string | null {
  if (raw.length <= MAX_DOCUMENT_CHARS) return null;
  const size = (units: number): string => `${(units / 1e6).toFixed(1)} million characters`;
  return `document too large: ${size(raw.length)}, over the ${size(MAX_DOCUMENT_CHARS)} one document may have (split it, or remove what is not the article)`;
}
