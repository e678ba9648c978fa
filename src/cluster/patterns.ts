// The cluster stage's word lists and patterns, in one place.

/** Function words and reporting verbs that carry no event identity. */
export const STOPWORDS = new Set(
  `a about above after again against all almost also although am among an and another any are
  around as at be became because been before being below between both but by can could did do does
  doing down during each either else even ever every few for from further had has have having he her
  here hers herself him himself his how however i if in into is it its itself just least less like
  made make many may me might more most much must my near neither no nor not now of off often on once
  one only or other others our ours out over own per rather said same say says several she should
  since so some still such than that the their theirs them then there these they this those though
  through thus to too two under until up upon us very via was we were what when where whether which
  while who whom whose why will with within without would yet you your
  according added adding also told tells telling reported reports reporting report news
  mr mrs ms dr new year years time week weeks day days people percent
  http https www com html htm php asp org net co uk index article story`
    .split(/\s+/)
    .filter(Boolean),
);

/** Month and weekday names: they date an event but should not act as topic terms. */
export const MONTH_AND_DAY_WORDS = new Set(
  `january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Cues that a sentence is about an earlier event (background), not the article's own.
 * They down-weight the sentence's features; they do not remove them.
 */
export const BACKGROUND_CUES: RegExp[] = [
  /\b(last|previous|past) (year|month|decade|summer|winter|spring|autumn|fall)\b/i,
  /\b\d+ (years|months|decades) ago\b/i,
  /\b(a|one|two|three|several|many) (years|months|decades) ago\b/i,
  /\b(earlier|previous|prior|similar) (attack|attacks|quake|earthquake|incident|bombing|disaster|event)s?\b/i,
  /\bthe (deadliest|worst|biggest|largest|strongest) since\b/i,
  /\bsince (19|20)\d\d\b/i,
  /\b(anniversary|recalled|recalling|reminiscent)\b/i,
  /\b(previously|formerly)\b/i,
];
