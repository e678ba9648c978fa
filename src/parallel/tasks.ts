// The per-document tasks a worker can run, by name. Each reads one item (and the context
// shared by the whole call, sent to a worker once) and returns what the stage gives for it,
// with no state kept between items: that is what makes a worker's result the one a single
// thread would give. The only file of this folder that knows the stages, as the pipeline does.
import { cleanDocument } from "../clean/index.ts";
import { extractDocument } from "../extract/index.ts";
import { deriveDocument, type DerivedDocument } from "../engine/derived.ts";
import type { CleanDocument, Extraction, SourceDocument } from "../types.ts";

export interface Tasks {
  /**
   * Cleans one document with the chrome the whole set taught (learned beforehand, in one
   * place). The result's `raw` is left empty: the caller holds the original, and sending it
   * back would copy every input once more.
   */
  clean: { item: SourceDocument; context: string[]; result: CleanDocument };
  /** Reads one cleaned document's statements, places, actors and dates (cross-document steps stay with the caller). */
  extract: { item: CleanDocument; context: null; result: Extraction };
  /**
   * What one document gives on its own, for the engine (src/engine/derived.ts): cleaned with
   * the set's chrome, then read. The source's and the cleaned document's `raw` come back
   * empty, for the same reason as `clean`'s.
   */
  derive: { item: { source: SourceDocument; version: number }; context: string[]; result: DerivedDocument };
}

export type TaskName = keyof Tasks;

/** A task's function with its context already prepared (a Set made once, not per item). */
export type PreparedTask<T extends TaskName> = (item: Tasks[T]["item"]) => Tasks[T]["result"];

export function prepareTask<T extends TaskName>(name: T, context: Tasks[T]["context"]): PreparedTask<T> {
  const prepared: { [K in TaskName]: (context: Tasks[K]["context"]) => PreparedTask<K> } = {
    clean: (chrome) => {
      const set = new Set(chrome);
      return (doc) => ({ ...cleanDocument(doc, set), raw: "" });
    },
    extract: () => (doc) => extractDocument(doc),
    derive: (chrome) => {
      const set = new Set(chrome);
      return ({ source, version }) => {
        const derived = deriveDocument(source, version, set);
        return { ...derived, source: { ...source, raw: "" }, cleaned: derived.cleaned && { ...derived.cleaned, raw: "" } };
      };
    },
  };
  return (prepared[name] as (context: Tasks[T]["context"]) => PreparedTask<T>)(context);
}
