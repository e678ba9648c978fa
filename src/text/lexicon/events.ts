// Nouns (and a few verbs) that name a kind of event, by kind. The kinds are those a casualty
// report is about: the hazards of humanitarian reporting (EM-DAT's disaster types: quake,
// flood, storm, fire, landslide) and the violence types of conflict data (ACLED's battles,
// explosions, attacks, protests), with the headline word each kind is titled by. The words
// are regular-expression fragments matched on word boundaries, case-insensitively.

export type EventKind =
  | "earthquake" | "tsunami" | "floods" | "landslide" | "wildfire" | "storm" | "strikes" | "shooting"
  | "bombing" | "hijacking" | "attack" | "clashes" | "protests" | "crash" | "fire";

/** `single`: the title when a report names only one ("An airstrike hit ..."), for kinds titled in the plural. */
export const EVENT_WORDS: Record<EventKind, { words: string[]; title: string; single?: string }> = {
  earthquake: { words: ["earthquakes?", "quakes?", "tremors?"], title: "Earthquake" },
  tsunami: { words: ["tsunamis?"], title: "Tsunami" },
  floods: { words: ["floods?", "flooding", "flash floods?"], title: "Floods" },
  landslide: { words: ["landslides?", "mudslides?"], title: "Landslide" },
  wildfire: { words: ["wildfires?", "bushfires?", "forest fires?"], title: "Wildfire" },
  storm: { words: ["hurricanes?", "typhoons?", "cyclones?", "storms?"], title: "Storm" },
  strikes: { words: ["air ?strikes?", "shelling", "missile strikes?", "drone strikes?"], title: "Strikes", single: "Strike" },
  shooting: { words: ["shootings?", "gunfire", "massacres?", "gunman", "gunmen", "opened fire"], title: "Shooting" },
  bombing: { words: ["bombs?", "bombings?", "explosions?", "blasts?", "suicide bombers?"], title: "Bombing" },
  hijacking: { words: ["hijack", "hijacking", "hijacked", "hostage"], title: "Hijacking" },
  attack: { words: ["attacks?", "attacked", "assaults?", "ambush(?:es)?", "raids?", "offensive"], title: "Attacks", single: "Attack" },
  clashes: { words: ["clashes", "fighting", "battles?"], title: "Clashes" },
  protests: { words: ["protests?", "demonstrations?", "riots?"], title: "Protests", single: "Protest" },
  crash: { words: ["crash(?:es)?", "collisions?", "derail\\w*", "collapsed?"], title: "Disaster" },
  fire: { words: ["fires?", "blaze"], title: "Fire" },
};

/** A pattern for the words of one kind: `\b(?:...)\b`, case-insensitive, `g` when asked. */
export function eventPattern(kind: EventKind, flags = "i"): RegExp {
  return new RegExp(`\\b(?:${EVENT_WORDS[kind].words.join("|")})\\b`, flags);
}
