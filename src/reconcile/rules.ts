// The tables reconciliation reads: what a qualifier allows, whether a statement says its toll
// moved, and how specific its source is. Words are read at extraction (statement cues and
// speakers); these read the structure extraction left.
import type { Attribution, Measure, Group, Qualifier, Statement } from "../types.ts";

/** Figure order in an event: the contract's measure order, then the group order. */
export const MEASURE_ORDER: Measure[] = ["killed", "injured", "missing", "abducted", "arrested", "displaced", "attackers", "affected"];
export const GROUP_ORDER: Group[] = ["victims", "civilians", "security_forces", "militants", "all"];

export interface Interval {
  lo: number;
  hi: number;
}

/**
 * The values a statement allows. "about" and "nearly" are read loosely on purpose: two
 * reports of "about 200" and "186" do not contradict each other.
 */
export function allowedRange(value: number, qualifier: Qualifier): Interval {
  switch (qualifier) {
    case "exact":
      return { lo: value, hi: value };
    case "at_least":
      return { lo: value, hi: Infinity };
    case "more_than":
      return { lo: Number.isInteger(value) ? value + 1 : value, hi: Infinity };
    case "about":
      return { lo: Math.floor(value * 0.8), hi: Math.ceil(value * 1.2) };
    case "nearly":
      return { lo: Math.floor(value * 0.8), hi: value };
    case "at_most":
    case "up_to":
      return { lo: 0, hi: value };
  }
}

export function compatible(a: Statement, b: Statement): boolean {
  const ra = allowedRange(a.value, a.qualifier);
  const rb = allowedRange(b.value, b.qualifier);
  return ra.lo <= rb.hi && rb.lo <= ra.hi;
}

/** How exactly a qualifier pins the number: an exact count beats a bound. */
export function qualifierPrecision(qualifier: Qualifier): number {
  if (qualifier === "exact") return 3;
  if (qualifier === "about" || qualifier === "nearly") return 2;
  return 1;
}

/**
 * Extraction found words in the statement's sentence saying the toll moved ("raising the
 * toll to 177", "up from 12"): a difference with another report is then a change over
 * time, not a contradiction.
 */
export function explainsChange(statement: Statement): boolean {
  return statement.cues.change !== null;
}

/**
 * How specific a source is: 3 a named person ("Chief Minister Sarfaraz Bugti"), 2 a named
 * office or institution ("Pakistan's army", "the defence minister"), 1 a generic source
 * ("officials"), 0 none (the outlet's own voice).
 */
export function speakerSpecificity(speaker: Attribution | null): number {
  if (!speaker) return 0;
  if (speaker.kind === "unnamed") return 1;
  return speaker.name ? 3 : 2;
}
