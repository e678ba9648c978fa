// One name per actor across a set of reports: "Baloch Liberation Army", "Balochistan Liberation
// Army" and "BLA" are one group. Names merge when they have the same initials and their words
// agree pairwise up to a shared stem (Baloch/Balochistan); a bare acronym joins the full name
// whose initials it is. The canonical name is the full name used most.
import type { Extraction } from "../types.ts";

function words(name: string): string[] {
  // A name may begin or end with a hyphen ("Army-" as a line break left it): no empty words.
  return name.split(/[\s-]+/).filter((w) => w !== "" && !/^(of|the|and|e|al|el)$/i.test(w));
}

function initials(name: string): string {
  return /^[A-Z]{2,7}$/.test(name) ? name : words(name).map((w) => w[0].toUpperCase()).join("");
}

function sameStem(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x === y) return true;
  const shared = [...x].findIndex((c, i) => y[i] !== c);
  return (shared === -1 ? Math.min(x.length, y.length) : shared) >= 5;
}

function sameActor(a: string, b: string): boolean {
  if (initials(a) !== initials(b)) return false;
  if (/^[A-Z]{2,7}$/.test(a) || /^[A-Z]{2,7}$/.test(b)) return true;
  const [wa, wb] = [words(a), words(b)];
  return wa.length === wb.length && wa.every((w, i) => sameStem(w, wb[i]));
}

export function unifyActors(extractions: Extraction[]): Extraction[] {
  const counts = new Map<string, number>();
  for (const e of extractions) {
    for (const a of e.actors) if (a.kind !== "person" && a.kind !== "state") counts.set(a.name, (counts.get(a.name) ?? 0) + 1);
  }
  // Longest, most used names first, so each group is named by its best full name.
  const names = [...counts.keys()].sort((a, b) => Number(/^[A-Z]+$/.test(a)) - Number(/^[A-Z]+$/.test(b)) || counts.get(b)! - counts.get(a)!);
  const canonical = new Map<string, string>();
  // The heads so far by their initials, in the order they became heads: `sameActor` needs equal
  // initials, so the first match in a name's bucket is its first match among all heads, found
  // without walking every head (which grew with the run: quadratic in distinct names).
  const headsByInitials = new Map<string, string[]>();
  for (const name of names) {
    const key = initials(name);
    const bucket = headsByInitials.get(key) ?? [];
    const head = bucket.find((c) => sameActor(c, name));
    canonical.set(name, head ?? name);
    if (head === undefined) {
      bucket.push(name);
      headsByInitials.set(key, bucket);
    }
  }
  return extractions.map((e) => ({
    ...e,
    actors: e.actors.map((a) => ({ ...a, name: canonical.get(a.name) ?? a.name })),
  }));
}
