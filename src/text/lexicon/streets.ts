// Street types: a lone one ("Street", "Avenue") is the end of an address the name split off,
// never a name of an event.
export const STREET_TYPE_WORDS: ReadonlySet<string> = new Set(["street", "st", "avenue", "ave", "road", "rd", "drive", "boulevard", "blvd", "lane", "highway", "parkway"]);
