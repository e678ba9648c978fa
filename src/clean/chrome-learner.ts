// Chrome learnt over a growing set of plain-text documents (the rules are chrome.ts's): the
// paragraphs' holders and each recurring paragraph's verdict are kept, and a change of the set
// judges again only the paragraphs whose evidence it can touch, so the chrome is always what
// one pass over the present set learns (`learnChrome` is one learner given the set once).
//
// What a verdict reads, and so when it is judged again:
// - the first kind of evidence reads the paragraph's first holders (in set order): judged
//   again when its holders change, and only when the first ones did;
// - the second reads the other sites' copies of each holder's story, up to the first holder
//   without them: judged again when a document arrives or leaves that is (or was) a copy of
//   one of those holders.
import type { SourceDocument } from "../types.ts";
import { copiesIn, headOf, heldOf, isCopy, judgeParagraph, storyJudge, type Held } from "./chrome.ts";

/** What changed in the chrome. */
export interface ChromeChange {
  /** Paragraphs (normalised) that are chrome now and were not. */
  added: string[];
  /** Paragraphs that were chrome and are not now. */
  removed: string[];
}

interface Verdict {
  chrome: boolean;
  e1: boolean;
  /** The first holders the first kind of evidence read. */
  head: string;
}

/** Normalised paragraphs known to be chrome, for cleanText to remove as `boilerplate`: one learner given the set once. */
export function learnChrome(docs: SourceDocument[]): Set<string> {
  const learner = new ChromeLearner();
  learner.update(docs);
  return new Set(learner.chrome);
}

export class ChromeLearner {
  /** A slot per id, kept for good: the set's order is the order ids were first placed. */
  private readonly slots = new Map<string, number>();
  private readonly held: (Held | undefined)[] = [];
  /** Paragraph -> its holders' slots, ascending. */
  private readonly holders = new Map<string, number[]>();
  private readonly verdicts = new Map<string, Verdict>();
  /** The paragraphs learnt as chrome now. */
  readonly chrome = new Set<string>();
  /** Per holder, the other sites' copies of its story, as last found, and the paragraphs whose verdict read them. */
  private readonly copies = new Map<number, { copies: number[]; readers: Set<string> }>();

  /** Gives slots to ids not placed yet, in this order (a caller whose order is not the order of updates says so first). */
  place(ids: Iterable<string>): void {
    for (const id of ids) if (!this.slots.has(id)) this.slots.set(id, this.slots.size);
  }

  /**
   * Takes documents in (one whose id is held is replaced) and others out; returns the
   * paragraphs whose verdict changed.
   */
  update(docs: SourceDocument[], removed: string[] = []): ChromeChange {
    const affected = new Set<string>();
    const leaving: number[] = [];
    for (const id of [...removed, ...docs.map((d) => d.id)]) {
      const slot = this.slots.get(id);
      if (slot !== undefined && this.held[slot]) leaving.push(slot);
    }
    for (const slot of leaving) this.release(slot, affected);
    this.place(docs.map((d) => d.id));
    const arriving: number[] = [];
    for (const doc of docs) {
      const slot = this.slots.get(doc.id)!;
      if (this.held[slot]) this.release(slot, affected);
      const held = heldOf(doc);
      this.held[slot] = held;
      arriving.push(slot);
      for (const p of new Set(held.paragraphs)) {
        const list = this.holders.get(p);
        if (!list) this.holders.set(p, [slot]);
        else insertSorted(list, slot);
        affected.add(p);
      }
    }
    // A document arriving may be a copy of a holder whose copies a verdict read.
    for (const slot of arriving) this.copyMoved(slot, affected);
    return this.judge(affected);
  }

  /** Out of the holders; the paragraphs it held, and verdicts that read it as a copy, are judged again. */
  private release(slot: number, affected: Set<string>): void {
    const held = this.held[slot]!;
    for (const p of new Set(held.paragraphs)) {
      const list = this.holders.get(p)!;
      list.splice(list.indexOf(slot), 1);
      if (list.length === 0) this.holders.delete(p);
      // Its first holders may read the same and hold other text now: the first kind is judged afresh.
      this.verdicts.delete(p);
      affected.add(p);
    }
    this.copyMoved(slot, affected);
    const own = this.copies.get(slot);
    if (own) for (const p of own.readers) affected.add(p);
    this.copies.delete(slot);
    this.held[slot] = undefined;
  }

  /** A document (held now) that is a copy of a holder whose copies were read changes those copies. */
  private copyMoved(slot: number, affected: Set<string>): void {
    const doc = this.held[slot]!;
    if (!doc.site) return;
    for (const [holder, found] of this.copies) {
      const other = this.held[holder];
      if (holder === slot || !other?.site || other.site === doc.site || !isCopy(other, doc)) continue;
      for (const p of found.readers) affected.add(p);
      this.copies.delete(holder);
    }
  }

  private judge(affected: Set<string>): ChromeChange {
    const change: ChromeChange = { added: [], removed: [] };
    const nearIdentical = storyJudge(this.held);
    const copiesOf = (reader: string) => (i: number): number[] => {
      let found = this.copies.get(i);
      if (!found) this.copies.set(i, (found = { copies: copiesIn(this.held, i), readers: new Set() }));
      found.readers.add(reader);
      return found.copies;
    };
    for (const paragraph of affected) {
      const list = this.holders.get(paragraph);
      const before = this.chrome.has(paragraph);
      let now = false;
      if (list && list.length >= 2) {
        const head = headOf(list).join(",");
        const known = this.verdicts.get(paragraph);
        const verdict = judgeParagraph(paragraph, list, this.held, copiesOf(paragraph), nearIdentical, known?.head === head ? known.e1 : undefined);
        this.verdicts.set(paragraph, { ...verdict, head });
        now = verdict.chrome;
      } else this.verdicts.delete(paragraph);
      if (now === before) continue;
      if (now) {
        this.chrome.add(paragraph);
        change.added.push(paragraph);
      } else {
        this.chrome.delete(paragraph);
        change.removed.push(paragraph);
      }
    }
    return change;
  }
}

function insertSorted(list: number[], slot: number): void {
  let at = list.length;
  while (at > 0 && list[at - 1] > slot) at--;
  if (list[at - 1] !== slot) list.splice(at, 0, slot);
}
