// Rights and distribution notices: the lines an outlet or a news service prints around a
// story it sells or syndicates ("Copyright 2019 Nexstar Broadcasting, Inc. All rights
// reserved.", "Distributed by Tribune Content Agency"). They say who may print a report, never
// what it is about: lineage must not take one for shared story text, nor clustering for
// evidence that two reports are one event.

/** A sentence matching any of these is a rights or distribution notice. */
export const NOTICE_PATTERNS: RegExp[] = [
  /\ball rights reserved\b/i,
  /\b(copyright|©|\(c\))\s*(19|20)\d\d\b/i,
  /\bmay not be (re)?(published|broadcast|rewritten|redistributed|reproduced)\b/i,
  /\b(distributed|syndicated) by\b/i,
];

export function isNoticeSentence(sentence: string): boolean {
  return NOTICE_PATTERNS.some((pattern) => pattern.test(sentence));
}
