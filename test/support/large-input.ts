// Synthetic oversized inputs for the bounded-work tests and bench/large-input.ts: one
// paragraph of many sentences over a small vocabulary, so that every stem recurs in
// thousands of sentences, the shape that made sentence matching quadratic.
const WORDS = (
  "militants attacked police station district officials said killed wounded civilians province " +
  "security forces gunmen convoy border village hospital spokesman government army soldiers bomb " +
  "market checkpoint injured residents claimed responsibility operation region capital night"
).split(" ");

/** `count` sentences in one paragraph, the same for the same seed. */
export function oneParagraph(count: number, seed = 7): string {
  let state = seed >>> 0;
  const next = (n: number): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = 8 + next(10);
    const words = Array.from({ length }, () => WORDS[next(WORDS.length)]);
    if (next(4) === 0) words.splice(next(length), 0, String(1 + next(90)));
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    sentences.push(`${words.join(" ")}.`);
  }
  return sentences.join(" ");
}
