// English function words: articles, pronouns, prepositions, conjunctions, auxiliaries and
// the commonest adverbs and quantifiers (the closed classes, plus "said" and "says", which
// every news sentence has). They carry no topic: stages that compare texts by their words
// leave them out. Lower case.
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost also although am among an and another any are
  around as at be became because been before being below between both but by can could did do does
  doing down during each either else even ever every few for from further had has have having he her
  here hers herself him himself his how however i if in into is it its itself just least less like
  made make many may me might more most much must my near neither no nor not now of off often on once
  one only or other others our ours out over own per rather said same say says several she should
  since so some still such than that the their theirs them then there these they this those though
  through thus to too two under until up upon us very via was we were what when where whether which
  while who whom whose why will with within without would yet you your`
    .split(/\s+/)
    .filter(Boolean),
);
