// Array helpers whose cost does not depend on the call stack. `target.push(...items)` and
// `Math.max(...values)` pass every element as an argument, and V8 throws "Maximum call stack
// size exceeded" past roughly 100,000 of them: a list that grows with the data (links, members
// of an event, figures of an event, files in a folder) must go through these instead.

/** Appends every item to `target` in order (what `target.push(...items)` does, at any length). */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest value (what `Math.max(...values)` gives: -Infinity for none, NaN if any is NaN). */
export function maxOf(values: Iterable<number>): number {
  let best = -Infinity;
  for (const value of values) {
    if (Number.isNaN(value)) return NaN;
    if (value > best) best = value;
  }
  return best;
}

/** The smallest value (what `Math.min(...values)` gives: Infinity for none, NaN if any is NaN). */
export function minOf(values: Iterable<number>): number {
  let best = Infinity;
  for (const value of values) {
    if (Number.isNaN(value)) return NaN;
    if (value < best) best = value;
  }
  return best;
}

/** Puts `value` into an ascending list at its place (at the end, the common case, without a search). */
export function insertSorted(list: number[], value: number): void {
  if (list.length === 0 || list[list.length - 1] < value) {
    list.push(value);
    return;
  }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, value);
}

/** |A ∩ B| of two ascending arrays of distinct numbers, in one merge pass. */
export function sortedIntersectionSize(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}
