// Judges the blocks inside the chosen article container: page chrome that lives next
// to the story (share bars, captions, bylines, related lists, appeals, prompts) is
// removed with a reason. Three kinds of evidence, in order: the element the block
// sits in (tag, role, class/id words), the block's links, and its wording. Wording
// rules only fire on short blocks that are the prompt itself, so an article sentence
// that quotes "sign up" or reports on donations stays.

import type { Block } from "./html-blocks.ts";
import type { HtmlElement } from "./html-dom.ts";
import { hintString, hintWords } from "./html-hints.ts";
import type { RemovalReason } from "../types.ts";
import { MONTH_PREFIXES, MONTHS_AS_NAMES, WEEKDAYS_AS_NAMES } from "../text/lexicon/calendar.ts";

/** Elements that never hold article prose, by tag. */
const TAG_REASON: Record<string, RemovalReason> = {
  nav: "navigation", aside: "related", footer: "footer", figcaption: "caption", form: "newsletter", menu: "navigation",
  header: "metadata", time: "metadata", address: "byline", caption: "caption", label: "boilerplate",
};
const ROLE_REASON: Record<string, RemovalReason> = {
  navigation: "navigation", complementary: "related", contentinfo: "footer", banner: "navigation", dialog: "boilerplate",
  alertdialog: "boilerplate", menu: "navigation", menubar: "navigation", toolbar: "navigation", search: "navigation",
};
/** Class/id words and the kind of chrome they name. */
const WORD_REASON: Record<string, RemovalReason> = {
  share: "navigation", sharing: "navigation", social: "navigation", sharebar: "navigation", toolbar: "navigation", tools: "navigation",
  breadcrumb: "navigation", breadcrumbs: "navigation", nav: "navigation", navigation: "navigation", menu: "navigation", pagination: "navigation",
  related: "related", recommended: "related", recommendations: "related", trending: "related", popular: "related", outbrain: "related",
  taboola: "related", recirculation: "related", sidebar: "related", widget: "related", teaser: "related", tags: "related", topics: "related",
  newsletter: "newsletter", subscribe: "newsletter", subscription: "newsletter", signup: "newsletter", donate: "appeal",
  donation: "appeal", membership: "appeal", promo: "appeal", promotion: "appeal", cta: "appeal",
  caption: "caption", figcaption: "caption", credit: "caption", credits: "caption", photo: "caption", gallery: "caption",
  byline: "byline", author: "byline", authors: "byline", contributor: "byline", bio: "byline", dateline: "metadata",
  meta: "metadata", timestamp: "metadata", date: "metadata", published: "metadata", updated: "metadata", kicker: "metadata", eyebrow: "metadata",
  comment: "boilerplate", comments: "boilerplate", cmt: "boilerplate", disqus: "boilerplate", footer: "footer", copyright: "footer", disclaimer: "footer",
  cookie: "cookie", cookies: "cookie", consent: "cookie", gdpr: "cookie",
  ad: "boilerplate", ads: "boilerplate", advert: "boilerplate", advertisement: "boilerplate", adslot: "boilerplate", sponsor: "boilerplate",
  sponsored: "boilerplate", popup: "boilerplate", modal: "boilerplate", print: "boilerplate", counter: "counter", views: "counter", rating: "counter",
};
/** Class names that say the element is the article itself: such an element is never dropped for a chrome word. */
const ARTICLE_HINT = /(^|-)(article|story|entry|post)-?(body|text|content)(-|$)|(^|-)articlebody(-|$)/;
/** Embedded posts (tweets, Instagram) are part of the story, even inside a "social" wrapper. */
const EMBED_WORDS = new Set(["embed", "embedded", "tweet", "instagram", "tiktok", "oembed"]);
/** Distinctive chrome words also found inside run-together class names ("relatedpoststitle", "socialShareBar"). */
const CHROME_STEMS: [string, RemovalReason][] = [
  ["related", "related"], ["newsletter", "newsletter"], ["breadcrumb", "navigation"], ["recommend", "related"], ["sidebar", "related"],
  ["subscribe", "newsletter"], ["advert", "boilerplate"], ["sponsor", "boilerplate"], ["outbrain", "related"], ["taboola", "related"],
  ["cookie", "cookie"], ["caption", "caption"], ["byline", "byline"], ["socialshare", "navigation"], ["sharebar", "navigation"],
  ["sharetools", "navigation"], ["keypoints", "related"],
];
const MULTIWORD = /read-more|more-(stories|news|from|articles|on)|see-also|also-read|most-(read|popular|viewed)|sr-only|visually-hidden|screen-reader|further-reading|you-may-like|next-article|up-next|skip-link|hidden-xs|visuallyhidden|print-only|related-|key-points/;

export function elementReason(el: HtmlElement): RemovalReason | null {
  const byTag = TAG_REASON[el.tag];
  if (byTag) return byTag;
  const byRole = ROLE_REASON[el.attr("role")];
  if (byRole) return byRole;
  const words = hintWords(el);
  if (words.length === 0) return null;
  const joined = hintString(el);
  if (ARTICLE_HINT.test(joined)) return null;
  if (MULTIWORD.test(joined)) return "related";
  let reason: RemovalReason | null = null;
  let embed = false;
  for (const word of words) {
    reason ??= WORD_REASON[word] ?? null;
    embed ||= EMBED_WORDS.has(word);
    if (!reason && word.length > 6) for (const [stem, why] of CHROME_STEMS) if (word.includes(stem)) reason = why;
  }
  return embed && (reason === "navigation" || reason === "related") ? null : reason;
}

/** Words after "By" that start a phrase of time or manner ("By Monday", "By contrast"), not a name. */
const WHEN = `(?!(${WEEKDAYS_AS_NAMES}|${MONTHS_AS_NAMES}|Then|Now|Far|Contrast|Comparison|Law|Noon|Midnight|Early|Late|Mid|Next|Last|This|The)\\b)`;
/** "By Justine Coleman - 11/18/19", "Von Anna Schmidt", "BY JOHN DOE, Associated Press". */
const BYLINE = new RegExp(
  `^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Aa]f)\\s+${WHEN}(?:admin\\b|staff\\b|[\\p{Lu}\\p{Lo}][\\p{L}.'’-]*)(\\s+(\\p{Lu}[\\p{L}.'’-]*|and|und|et|y|e|&|,|de|van|von|der|da|al|el|bin))*\\s*(,|\\||—|–|-|$)`,
  "u",
);

interface Phrase {
  pattern: RegExp;
  reason: RemovalReason;
  /** Longest block (in characters) the pattern is trusted on. */
  maxLength: number;
  /** English words only: trusted on a page read as English (or of unknown language), never elsewhere. */
  english?: true;
}

/** Openings of a related-stories line, in English and in other languages. */
const RELATED_ENGLISH =
  "related|read more|more|see also|read also|also read|also on|more on|more from|recommended|most read|most popular|trending|watch|listen|read next|up next|" +
  "what to read next|further reading|you may also like|you might also like|you may like|more stories|related (stories|articles|posts|coverage|news)";
const RELATED_OTHER =
  "você (pode|também pode) gostar|veja também|leia também|leia mais|читайте также|смотрите также|похожие (статьи|новости|записи)|самые популярные|" +
  "te puede interesar|también te puede interesar|vous aimerez aussi|das könnte sie auch interessieren|potrebbe interessarti|lire aussi|à lire aussi|" +
  "leer más|lee también|mehr zum thema|auch interessant|leggi anche|読む";

/**
 * Wording of chrome. Anchored at the block's start unless noted, and trusted only on short
 * blocks. Each pattern is language-neutral (symbols, addresses, agency names, a whole block
 * that is one word), or holds the words of several languages, or is marked `english`: an
 * English word never decides alone on a page in another language ("Comment ça marche ?" is
 * French for "how it works", not a comments link).
 */
const PHRASES: Phrase[] = [
  { pattern: /^(ad|advert|anzeige|werbung|pub|iklan|reklama|реклама|publicidade|publicidad|annonce|pubblicità|广告|広告|광고|إعلان)\s*$/iu, reason: "placeholder", maxLength: 14 },
  { pattern: /^(anzeige|publicité|publicidad|pubblicità|reklama)\b/i, reason: "placeholder", maxLength: 60 },
  { pattern: /^(advertisement|advertising|sponsored( content)?|paid content|story continues below( advertisement)?|continue reading( below)?|article continues below)\b/i, reason: "placeholder", maxLength: 60, english: true },
  { pattern: /^((sign up|subscribe)(?![\w-])|get (our|the) .{0,40}newsletter|join our .{0,30}(newsletter|mailing list)|enter your email|want (more|the latest)\b|don'?t miss\b|newsletter\b)/i, reason: "newsletter", maxLength: 220, english: true },
  { pattern: /\b(sign up for|subscribe to|get) (our|the) .{0,60}(newsletters?|emails?|alerts|briefing|digest)\b|\b(in|to) your inbox\b/i, reason: "newsletter", maxLength: 200, english: true },
  // An outlet's name ("Get Axios AM in your inbox"): case-sensitive, as under /i \p{Lu} matches any letter ("get more alerts").
  { pattern: /\b([Ss]ign up for|[Ss]ubscribe to|[Gg]et) \p{Lu}[\p{L}.’']+ .{0,60}(newsletters?|emails?|alerts|briefing|digest)\b/u, reason: "newsletter", maxLength: 200, english: true },
  { pattern: /^(have|got) a (news )?tip\b|^(contact|reach|email) (the )?(author|reporter|writer|us)\b|\bmay be reached at\b|\bcan be reached (at|by)\b|^follow (him|her|them|us|@)|^follow\b.{0,60}\bon (twitter|facebook|instagram|x)\b/i, reason: "byline", maxLength: 250, english: true },
  { pattern: /\b(support|donate to|contribute to|become a (member|subscriber|supporter) of) (our|independent|the) .{0,80}(journalism|reporting|newsroom)|\bdonate (now|today)\b|\bmake a (donation|contribution)\b|\bsubscribe (now|today)\b|\bsubscribers? only\b|\balready a subscriber\b/i, reason: "appeal", maxLength: 400, english: true },
  { pattern: /\(c\) \d{4}/i, reason: "cookie", maxLength: 300 },
  { pattern: /\b(we use cookies|this (web)?site uses cookies|accept (all )?cookies|cookie (policy|settings)|by (continuing|using) (to use )?(this|our) (web)?site|(our|these|the site's|agree to the) (terms of (use|service)|privacy (policy|notice))|all rights reserved|copyright \d{4})/i, reason: "cookie", maxLength: 300, english: true },
  // Bare "Terms of Service" / "Privacy Policy": a footer link line, not a sentence of a story about someone's terms.
  { pattern: /\b(terms of (use|service)|privacy (policy|notice))\b/i, reason: "cookie", maxLength: 80, english: true },
  { pattern: /\b(photo|image|picture|foto|bild|video)s?\b.{0,40}©|©\s*\p{L}.{0,60}$/iu, reason: "caption", maxLength: 160 },
  { pattern: /\b(photo|image|picture|video)s?\b.{0,40}\b(credit|courtesy)\b/i, reason: "caption", maxLength: 160, english: true },
  { pattern: /©|\bcopyright\b/i, reason: "footer", maxLength: 120 },
  { pattern: /^(join (our|the) .{0,40}(forums?|community|conversation|discussion)|let us know (at|in|via)|\bnews tip\b.{0,40}\blet us know)|\bhave a (news )?tip\b.{0,60}\b(email|contact|let us know)/i, reason: "appeal", maxLength: 250, english: true },
  { pattern: /^(email|e-mail|contact|follow) \p{Lu}[\p{L}.'’-]+( \p{Lu}[\p{L}.'’-]+)* (at|on|via|@)\b|[\w.+-]+@[\w-]+\.[\w.]+.{0,80}\bfollow\b|\bfollow (him|her|them|us) (on|@)/iu, reason: "byline", maxLength: 250, english: true },
  { pattern: /\((photo|image|picture|video|foto|bild)?:?\s*[^()]{0,60}(getty images|afp|reuters|ap photo|associated press|shutterstock|epa|istock|alamy|via [^()]+)\)\s*$|^(photo|image|picture|foto|bild|credit|photograph)s?( credit)?\s*:|\b(getty images|shutterstock|istockphoto)\s*$/i, reason: "caption", maxLength: 300 },
  { pattern: /^open image in gallery|^(click|tap) (here )?to (enlarge|expand|see|view)|^(file )?photo\b.{0,10}$/i, reason: "caption", maxLength: 300, english: true },
  { pattern: /^(share|share (this|on|via)|tweet|email|print|comments?|\d+ comments?|view comments|leave a comment|reply|like|follow( us)?( on)?|copy link|link copied|save|bookmark)\b.{0,40}$/i, reason: "navigation", maxLength: 60, english: true },
  { pattern: /^[\d.,\s]*[km]?\s*(views?|comments?|shares?|likes?|reads?|visualizzazioni|vues|aufrufe)\s*$|^(views?|comments?|shares?)\s*:?\s*[\d.,]+[km]?\s*$/i, reason: "counter", maxLength: 40 },
  { pattern: new RegExp(`^(${RELATED_OTHER})\\b( [\\p{L}]+)?\\s*(:|»|›|>|\\||\\s*$|—|-|\\.\\.\\.|…)`, "iu"), reason: "related", maxLength: 200 },
  { pattern: new RegExp(`^(${RELATED_ENGLISH})\\b( [\\p{L}]+)?\\s*(:|»|›|>|\\||\\s*$|—|-|\\.\\.\\.|…)`, "iu"), reason: "related", maxLength: 200, english: true },
  { pattern: BYLINE, reason: "byline", maxLength: 120 },
  { pattern: /^\S{0,20}\s*[-|–]?\s*(published|posted|written|publicado|publicada|publié|veröffentlicht|pubblicato) (by|por|par|von|da)\b|^(tags?|etiquetas|schlagworte|mots-clés)\s*:/i, reason: "metadata", maxLength: 200 },
  { pattern: /^(published|updated|posted|last updated|first published|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato)\b.{0,60}\d/i, reason: "metadata", maxLength: 100 },
  { pattern: /^(text|texto|texte|текст|автор|author|autor|auteur|autore|fotos?|photos?|bilder?|foto e texto|reportagem|redação|redacción|redaktion)\s*:/iu, reason: "byline", maxLength: 150 },
  { pattern: /\b(comment(s|aires|arios|ários)?|kommentare?|коммент\p{L}*)\b.{0,120}\b(moderat\p{L}*|approv\p{L}*|aprovad\p{L}*|respeito|respect|policy|guidelines|richtlinien)/iu, reason: "boilerplate", maxLength: 260 },
  { pattern: /\b(we'?d|we would) (like|love) to hear\b|\bletters? to the editor\b.{0,80}\b(submit|send|email|tips)\b/i, reason: "appeal", maxLength: 400 , english: true },
  { pattern: /\bcontributed (reporting|to (this|the) (report|story|article))\b|^\(?(additional )?reporting by\b/i, reason: "byline", maxLength: 300 , english: true },
  { pattern: /^[\w.+-]+@[\w-]+(\.[\w-]+)+$|^(https?:\/\/)?(www\.)?(twitter|x|facebook|instagram|linkedin)\.com\/\S+$|^@\w+$/i, reason: "byline", maxLength: 80 },
  { pattern: /\b(may contain|uses?|contains?) (income earning |auto )*(affiliate|referral)( and\/or referral)? links\b|\bmay (receive|earn) (a )?(small )?commission\b|\bwe may earn\b/i, reason: "boilerplate", maxLength: 250 , english: true },
  { pattern: /\b(successfully subscribed|problem subscribing|thanks? (you )?for (signing up|subscribing))\b|\bmoderat\p{L}* (all )?comments\b/iu, reason: "newsletter", maxLength: 250 , english: true },
  { pattern: /^(reading time|read time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|tempo di lettura|время чтения)\s*:?\s*\d+|^\d+\s*(min|mins|minutes?|minutos?)\.? (read|de leitura|de lectura|de lecture|lesezeit)$/i, reason: "metadata", maxLength: 50 },
  { pattern: /^(topics|tags|categories|filed under|themen|sujets|temas|tópicos|argomenti|темы|теги)\s*:?$/iu, reason: "related", maxLength: 20 },
  { pattern: /^more\b.{0,40}:\s*https?:\/\//i, reason: "related", maxLength: 200 , english: true },
  { pattern: /[.!?]\s?(Reuters|AP|AFP|Getty Images|Getty|Shutterstock|EPA|Bloomberg|iStock)$|\/\s?(Getty Images|Getty|Reuters|AFP|AP|Shutterstock|EPA|Bloomberg|iStock)\s*$|\([^()]{2,60}\/[^()]{2,60}\)\s*$|^©\s*\p{L}/u, reason: "caption", maxLength: 300 },
  { pattern: /^(reporting by|additional reporting by|editing by|writing by|compiled by|contact the (author|reporter)|(this|the) (article|story) (was|has been) (updated|corrected|amended))/i, reason: "byline", maxLength: 300 , english: true },
  { pattern: /^\[\/?[a-z_-]+( [^\]]*)?\]/i, reason: "placeholder", maxLength: 200 },
  { pattern: /^(this (slideshow|gallery|video|content|page) requires javascript|(please )?enable javascript)|\bclick here (for|to)\b/i, reason: "placeholder", maxLength: 200, english: true },
  { pattern: /^(we('| a)re sorry|this (content|video|feature) (is not|isn't) available|your browser does not support|please enable javascript|javascript is (required|disabled)|loading\.{0,3}$|image \d+ (of|\/) \d+)/i, reason: "placeholder", maxLength: 200 , english: true },
];

/** The reason a block's wording marks it as chrome, or null; English-only wording only when `english` (the page reads as English or unknown). */
export function phraseReason(text: string, english = true): RemovalReason | null {
  for (const phrase of PHRASES) {
    if ((phrase.english && !english) || text.length > phrase.maxLength || !phrase.pattern.test(text)) continue;
    // "By Tuesday, the toll had risen to 40." is a sentence, not a byline.
    if (phrase.pattern === BYLINE && /[.!?]["”’]?$/.test(text) && text.split(" ").length >= 8) continue;
    return phrase.reason;
  }
  return null;
}

/** Headings that open a list of other stories: the rest of their section is that list. */
const RELATED_HEADING_ENGLISH = /^(related|more( [\p{L}']+){0,3} (stories|news|articles|reads|coverage)|more (from|on|to read)|read (more|next|also)|also read|see also|you (may|might) (also )?like|recommended|most (read|popular|viewed)|trending|further reading|what to read next)(?![\p{L}])/iu;
const RELATED_HEADING_OTHER = /^(lire aussi|à lire aussi|lee también|te puede interesar|mehr zum thema|leggi anche|você (também )?pode gostar|veja também|leia também|читайте также|смотрите также|похожие (статьи|новости|записи)|самые популярные)(?![\p{L}])/iu;

/** Whether a short heading opens a related list (its English wording only on an English page). */
export function isRelatedHeading(text: string, english = true): boolean {
  return text.length < 40 && (RELATED_HEADING_OTHER.test(text) || (english && RELATED_HEADING_ENGLISH.test(text)));
}

/** A lone date or time ("Nov. 20, 2019 5:01 p.m. ET", "20.11.2019 14:03"). */
/** Month names (English, Portuguese, Spanish, French, German, Italian, Dutch, Russian genitive), abbreviated or not. */
const MONTH =
  "(" + MONTH_PREFIXES + "|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|" +
  "enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|" +
  "novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|" +
  "januari|februari|maart|mei|augustus|" +
  "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\\p{L}*\\.?";
const DATE_ONLY = new RegExp(
  `^([\\p{L}-]+,?\\s+)?(${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\.?\\s+(de\\s+)?${MONTH},?\\s+(de\\s+)?\\d{4}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4})([\\s,|/-]+(at\\s+|às\\s+|um\\s+|à\\s+|alle\\s+|a las\\s+)?\\d{1,2}[:.h]\\d{2}(\\s*[ap]\\.?m\\.?)?(\\s+\\p{Lu}{2,4})?)?\\s*$`,
  "iu",
);
const DATE_IN_LINE = new RegExp(`(?<![\\p{L}\\d])(${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\.?\\s+(de\\s+)?${MONTH},?\\s+(de\\s+)?\\d{4}|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})(?![\\p{L}\\d])`, "iu");
const TIME_IN_LINE = /\b\d{1,2}[:.]\d{2}([:.]\d{2})?\s*([ap]\.?m\.?)?(\s+\p{Lu}{2,4}\b)?/giu;

/** A date line: a lone date or time ("Nov. 20, 2019 5:01 p.m. ET"), or a date with a name or two ("November 20, 2019 Emiliano Bellini"). */
export function isDateOnly(text: string): boolean {
  if (text.length >= 90) return false;
  if (text.length < 70 && DATE_ONLY.test(text)) return true;
  const date = DATE_IN_LINE.exec(text);
  if (!date) return false;
  const rest = text.replace(date[0], " ").replace(TIME_IN_LINE, " ").replace(/[|•·,–—-]/g, " ").trim();
  if (/[.!?]$/.test(rest)) return false;
  const words = rest.split(/\s+/).filter(Boolean);
  if (words.length <= 2) return true;
  return words.length <= 5 && words.every((w) => /^([\p{Lu}\p{Lo}][\p{L}.'’-]*|by|von|par|por|de|di|and|updated|published|posted|on|at|às|um)$/u.test(w));
}
