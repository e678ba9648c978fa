// Function words of the languages news arrives in, for telling a short text's language apart
// where a trigram detector (franc) has too little to read. Each list holds closed-class words
// (articles, prepositions, conjunctions, pronouns, auxiliaries, the commonest adverbs): the
// words at the top of any frequency count of running text in that language, so a sentence of
// ten words holds several. Words two languages share ("de", "la", "a") vote for both; the
// margin of the vote (src/text/language.ts) is what tells them apart. Lower case.

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** Languages written in the Latin script, whose function words decide between them. */
export const LATIN_FUNCTION_WORDS: Record<string, string[]> = {
  en: words(`the a an and of to in that is was for with on at by from it he she they we his her its this
    be are were has have had not but or as said says will would who which their been after about`),
  es: words(`el la los las de del que y en un una por para con se su sus al es lo como más pero fue
    ha han sido este esta entre sobre también según dijo porque sin`),
  fr: words(`le la les de des du et est une un que qui dans pour pas sur au aux il elle ils par avec
    ce cette sont ont été mais plus selon a été leur entre sans`),
  de: words(`der die das und ist nicht den von mit sich auf ein eine zu dem des im für wurde wurden
    sind hat haben auch als bei nach aus es sie er wird noch einer einem einen am zum zur worden
    war waren dass wie oder aber über vor`),
  it: words(`il lo la gli le di che e è per un una non del della dei delle sono si con nel nella al
    alla ha hanno anche come più ma stato stata dopo secondo`),
  pt: words(`o a os as de do da dos das que e em um uma para com não no na nos nas por ao foi é são
    mais mas pelo pela seu sua como também foram disse segundo`),
  nl: words(`de het een van en dat is niet op te met zijn voor die er aan ook als bij door werd worden
    heeft hebben maar naar nog over uit wordt zich`),
  pl: words(`i w z na się nie do że jest to o od po przez jak dla ale został została są był była
    oraz także który która przed`),
  sv: words(`och att det som en på är av för med till den har de inte om ett var men jag sig från
    vid efter också under kan`),
};

/** Languages written in Cyrillic, told apart by their function words (and Ukrainian's letters). */
export const CYRILLIC_FUNCTION_WORDS: Record<string, string[]> = {
  ru: words(`и в не на что с по это как он из за для от его она они был была были также к о но
    который которые при после только уже`),
  uk: words(`і в не на що з та у до це як він із за для від його вона вони був була були також але
    який які після вже ще`),
  bg: words(`и в не на че с се от за да е са това като той тя те по към беше бяха но който които
    след още`),
};
