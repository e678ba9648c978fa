// Credits and page furniture: the names a page prints around a story rather than in it. A
// byline ("By Alex Zdan"), a photo credit ("Joseph Kaczmarek / Getty Images"), an outlet or a
// station ("Philadelphia Daily News", "WTHR"), a widget ("View Larger Map", "Javascript") or a
// time stamp ("Published Monday") recurs on every story of its beat or site: it never says
// that two reports are of one event.

/** Where a name in these is the page's credit (a role alone before a name is not: "actress and reporter Tara Reid"), not the story's: the name is group 1. */
export const CREDIT_PATTERNS: RegExp[] = [
  /\b(?:By|BY|Contact)\s+(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})/gu,
  /\b(?:Photo(?:graph)?s?|Reporting|Written|Edited|Story|Video)\b[^.]{0,60}?\bby\s+(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})/gu,
  /\b(?:[Ss]taff|[Ss]enior|[Cc]rime|[Pp]olice|[Ff]reelance) (?:reporter|writer|correspondent|photographer|editor|producer|anchor) (\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})/gu,
  /(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})(?:, (?:an? |the )?| is an? )(?:staff |senior |crime |police )?(?:reporter|writer|correspondent|photographer|editor|producer|anchor)\b/gu,
  /(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}) (?:contributed to|reported from|can be reached|may be reached)\b/gu,
  /(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}) (?:reports?|has the story|has more)(?=\s*[.(])/gu,
  /\b(?:Photo|Credit|Image|Video)s?:\s*(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})/gu,
  /\((\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})\s*\/\s*\p{Lu}/gu,
  /\((\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}), [^()\n,]{1,40}?\s\/\s*\p{Lu}/gu,
  /(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})\s*[/|]\s*(?:Getty|AP|AFP|Reuters|Staff|Special)\b/gu,
];

/** A word of an outlet's or a picture agency's name: "Daily News", "Getty Images", "Cox Media Group". */
export const MEDIA_NAME_WORDS = new Set([
  "news", "newschannel", "images", "media", "press", "times", "daily", "inquirer", "herald", "tribune", "gazette",
  "journal", "channel", "radio", "television", "tv", "broadcasting", "newspaper", "newsroom", "photo", "photos",
  "reporting", "wire", "getty",
]);

/** A word of the page's furniture: widgets and stamps ("View Larger Map", "Published Monday"). */
export const PAGE_WORDS = new Set([
  "javascript", "click", "subscribe", "newsletter", "advertisement", "share", "comments", "published", "updated",
  "posted", "view", "larger", "map", "sign", "login", "print", "email", "copyright", "caption",
]);

/** A broadcaster's call letters or network ("WTHR", "KTRK", "NBC10", "CBS"): an outlet, not a party to the story. */
export const CALL_SIGN = /^(?:[KW][A-Z]{3}(?:-?TV)?|(?:ABC|NBC|CBS|FOX|CNN|PBS|NPR)\d*)$/;
