// The JSON report written piece by piece: the same text as `JSON.stringify(report, null, 2)`,
// but never held as one string (a 40k-report run's JSON is hundreds of megabytes). Each
// element of a top-level list is stringified alone and indented to its depth: JSON strings
// hold no raw line breaks, so indenting after every "\n" indents lines, never text.
import type { Report } from "../types.ts";

/** Elements joined into one chunk: few enough writes, small enough pieces. */
const ELEMENTS_PER_CHUNK = 64;

export function* jsonChunks(report: Report): Generator<string> {
  const entries = Object.entries(report).filter(([, value]) => representable(value));
  if (entries.length === 0) {
    yield "{}\n";
    return;
  }
  yield "{\n";
  for (let e = 0; e < entries.length; e++) {
    const [key, value] = entries[e];
    const comma = e < entries.length - 1 ? "," : "";
    if (!Array.isArray(value) || value.length === 0) {
      yield `  ${JSON.stringify(key)}: ${indented(JSON.stringify(value, null, 2), "  ")}${comma}\n`;
      continue;
    }
    yield `  ${JSON.stringify(key)}: [\n`;
    let chunk = "";
    for (let i = 0; i < value.length; i++) {
      const element = value[i];
      // In a list, what JSON cannot hold (undefined, a function) is written as null, as JSON.stringify does.
      const text = representable(element) ? indented(JSON.stringify(element, null, 2), "    ") : "null";
      chunk += `    ${text}${i < value.length - 1 ? "," : ""}\n`;
      if ((i + 1) % ELEMENTS_PER_CHUNK === 0) {
        yield chunk;
        chunk = "";
      }
    }
    yield `${chunk}  ]${comma}\n`;
  }
  yield "}\n";
}

/** Whether JSON.stringify writes the value at all (an object's undefined or function field is left out). */
function representable(value: unknown): boolean {
  return value !== undefined && typeof value !== "function" && typeof value !== "symbol";
}

function indented(json: string, prefix: string): string {
  return json.replaceAll("\n", `\n${prefix}`);
}
