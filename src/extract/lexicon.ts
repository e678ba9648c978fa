// The words of extraction, in one table: the people a figure counts, what happened to them,
// the words that make a count partial, and the units that make a number anything but a count
// of people. Number words and qualifiers, which the report writes back, are in the shared
// lexicon (src/text/lexicon/counts.ts).
import type { Group, Measure } from "../types.ts";

/** Nouns for the people a figure counts. Multi-word keys are matched first. */
export const GROUP_NOUNS: Record<string, Group> = {
  // civilians
  civilian: "civilians", civilians: "civilians", resident: "civilians", residents: "civilians", villager: "civilians",
  villagers: "civilians", passenger: "civilians", passengers: "civilians", pedestrian: "civilians", pedestrians: "civilians",
  worshipper: "civilians", worshippers: "civilians", worshiper: "civilians", worshipers: "civilians", student: "civilians",
  students: "civilians", pupils: "civilians", child: "civilians", children: "civilians", kids: "civilians",
  woman: "civilians", women: "civilians", girl: "civilians", girls: "civilians", boy: "civilians", boys: "civilians",
  worker: "civilians", workers: "civilians", labourers: "civilians", laborers: "civilians", tourists: "civilians",
  tourist: "civilians", pilgrims: "civilians", shoppers: "civilians", bystanders: "civilians", spectators: "civilians",
  patients: "civilians", teachers: "civilians", journalists: "civilians", journalist: "civilians", farmers: "civilians",
  miners: "civilians", customers: "civilians", guests: "civilians", hostages: "civilians", infants: "civilians", babies: "civilians",
  employees: "civilians", employee: "civilians", "co-workers": "civilians", coworkers: "civilians", colleagues: "civilians",
  teens: "civilians", teenagers: "civilians", climbers: "civilians", climber: "civilians", hikers: "civilians", managers: "civilians",
  mother: "civilians", mothers: "civilians", mom: "civilians", moms: "civilians", father: "civilians", driver: "civilians",
  drivers: "civilians", receptionist: "civilians", gentleman: "civilians", crew: "civilians", crewmen: "civilians", fans: "civilians",
  "civilian population": "civilians", motorists: "civilians", cyclists: "civilians", mountaineers: "civilians", teenager: "civilians", teen: "civilians",
  // the singulars of SINGULAR_PEOPLE, so that "a hiker has fallen to his death" has its head noun
  baby: "civilians", infant: "civilians", "co-worker": "civilians", coworker: "civilians", colleague: "civilians",
  hiker: "civilians", motorist: "civilians", cyclist: "civilians", mountaineer: "civilians", skier: "civilians",
  diver: "civilians", manager: "civilians", bystander: "civilians", pilgrim: "civilians", patient: "civilians",
  teacher: "civilians", farmer: "civilians", miner: "civilians", fan: "civilians",
  // security forces
  police: "security_forces", policemen: "security_forces", policeman: "security_forces", policewoman: "security_forces",
  "police officers": "security_forces", "police officer": "security_forces", officers: "security_forces", officer: "security_forces",
  soldiers: "security_forces", soldier: "security_forces", troops: "security_forces", troopers: "security_forces",
  personnel: "security_forces", "security personnel": "security_forces", "security forces": "security_forces",
  "security force": "security_forces", "security officials": "security_forces", servicemen: "security_forces",
  guards: "security_forces", guard: "security_forces", paramilitaries: "security_forces", paramilitary: "security_forces",
  "law enforcement personnel": "security_forces", "law enforcement officers": "security_forces", "law enforcers": "security_forces",
  constables: "security_forces", cops: "security_forces", deputies: "security_forces", marines: "security_forces",
  sailors: "security_forces", commandos: "security_forces", rangers: "security_forces", firefighters: "security_forces",
  deputy: "security_forces", trooper: "security_forces", firefighter: "security_forces", "sheriff's deputy": "security_forces",
  "sheriff's deputies": "security_forces",
  // militants
  militants: "militants", militant: "militants", insurgents: "militants", insurgent: "militants", attackers: "militants",
  attacker: "militants", gunmen: "militants", gunman: "militants", terrorists: "militants", terrorist: "militants",
  rebels: "militants", rebel: "militants", fighters: "militants", assailants: "militants", assailant: "militants",
  bombers: "militants", "suicide bombers": "militants", separatists: "militants", jihadists: "militants",
  extremists: "militants", hijackers: "militants", kidnappers: "militants", suspects: "militants", suspect: "militants",
  shooters: "militants", shooter: "militants", robbers: "militants", "gang members": "militants", gangbangers: "militants",
  youths: "civilians",
  // victims, when not split
  people: "victims", persons: "victims", person: "victims", individuals: "victims", victims: "victims", victim: "victims",
  lives: "victims", others: "victims", men: "victims", man: "victims", casualties: "victims", bodies: "victims",
  deaths: "victims", death: "victims", dead: "victims", wounded: "victims", injured: "victims", survivors: "victims",
};

/**
 * Nouns for people a text does not itself call civilians: they count as civilians only when
 * the sentence sets them against security forces or militants, else as victims.
 */
export const CIVILIAN_LIKE = new Set([
  "resident", "residents", "villager", "villagers", "passenger", "passengers", "pedestrian", "pedestrians", "worshipper",
  "worshippers", "worshiper", "worshipers", "student", "students", "pupils", "child", "children", "kids", "woman", "women",
  "girl", "girls", "boy", "boys", "worker", "workers", "labourers", "laborers", "tourists", "tourist", "pilgrims", "shoppers",
  "bystanders", "spectators", "patients", "teachers", "journalists", "journalist", "farmers", "miners", "customers", "guests",
  "hostages", "infants", "babies", "employees", "employee", "co-workers", "coworkers", "colleagues", "teens", "teenagers",
  "climbers", "climber", "hikers", "managers", "mother", "mothers", "mom", "moms", "father", "fathers", "driver", "drivers",
  "receptionist", "gentleman", "crew", "crewmen", "fans", "motorists", "cyclists", "swimmers", "divers", "skiers", "mountaineers",
  "baby", "infant", "co-worker", "coworker", "colleague", "hiker", "motorist", "cyclist", "mountaineer", "skier", "diver", "manager",
  "bystander", "pilgrim", "patient", "teacher", "farmer", "miner", "fan", "youths", "teenager", "teen",
]);

/** Singular nouns for one person: "a woman was killed" counts 1. */
export const SINGULAR_PEOPLE = new Set([
  "person", "man", "woman", "girl", "boy", "child", "baby", "infant", "teenager", "teen", "resident", "villager", "passenger",
  "pedestrian", "student", "worker", "employee", "co-worker", "coworker", "colleague", "climber", "hiker", "mother", "mom",
  "father", "driver", "receptionist", "gentleman", "tourist", "officer", "policeman", "policewoman", "soldier", "deputy",
  "trooper", "guard", "firefighter", "civilian", "journalist", "motorist", "cyclist", "mountaineer", "skier", "diver",
  "manager", "victim", "bystander", "worshipper", "pilgrim", "patient", "teacher", "farmer", "miner", "fan",
]);

/** Nouns that name a part of a group, resolved through "of (the) X": "members of the security forces". */
export const PART_NOUNS = new Set(["members", "member", "personnel", "staff"]);

/** What happened to the people counted, by the words that say it (passive or adjectival). */
export const MEASURE_WORDS: Record<string, Measure> = {
  killed: "killed", dead: "killed", died: "killed", die: "killed", slain: "killed", perished: "killed",
  murdered: "killed", executed: "killed", massacred: "killed", drowned: "killed", deaths: "killed", fatalities: "killed",
  injured: "injured", wounded: "injured", hurt: "injured", injuries: "injured", hospitalised: "injured", hospitalized: "injured",
  dies: "killed", death: "killed",
  missing: "missing", unaccounted: "missing",
  abducted: "abducted", kidnapped: "abducted", "taken hostage": "abducted", hostage: "abducted",
  arrested: "arrested", detained: "arrested", apprehended: "arrested", "taken into custody": "arrested", captured: "arrested",
  displaced: "displaced", evacuated: "displaced", homeless: "displaced", fled: "displaced", uprooted: "displaced",
  affected: "affected",
};

/** Verbs whose object is the counted people: "killed 33 civilians", "injuring 12". */
export const ACTIVE_MEASURE_VERBS: Record<string, Measure> = {
  killed: "killed", killing: "killed", kill: "killed", kills: "killed", "the killing of": "killed", "the deaths of": "killed",
  "shot dead": "killed", "shot to death": "killed", "gunned down": "killed", "stabbed to death": "killed", "beat to death": "killed",
  "beaten to death": "killed", "murder of": "killed", "murders of": "killed", "deaths of": "killed", "killing of": "killed",
  "shooting deaths of": "killed", "fatal shooting of": "killed", "fatally shot": "killed", "fatally stabbed": "killed",
  "the bodies of": "killed", "bodies of": "killed", "shooting death of": "killed", "death of": "killed", "claiming the lives of": "killed",
  injures: "injured", wounds: "injured",
  // "fatally injuring a woman" is a death: the adverb outranks the verb.
  "fatally injuring": "killed", "fatally injured": "killed", "fatally wounding": "killed", "fatally wounded": "killed",
  "fatally shooting": "killed", "fatally stabbing": "killed", murdering: "killed", "the injury of": "injured", "the wounding of": "injured",
  "the injuries of": "injured", "the body of": "killed", "body of": "killed", "recovered the bodies of": "killed",
  "the death of": "killed", "claimed the lives of": "killed", murdered: "killed", executed: "killed",
  injured: "injured", injuring: "injured", wounded: "injured", wounding: "injured", injure: "injured",
  arrested: "arrested", arresting: "arrested", detained: "arrested", detaining: "arrested", "the arrest of": "arrested",
  abducted: "abducted", abducting: "abducted", kidnapped: "abducted", kidnapping: "abducted",
  "the abduction of": "abducted", displaced: "displaced", displacing: "displaced", evacuated: "displaced",
  affecting: "affected", affected: "affected",
};

/** Phrases after a count that say the people died: "lost their lives". */
export const MEASURE_PHRASES: [string[], Measure][] = [
  [["lost", "their", "lives"], "killed"],
  // "was fatally wounded", "were fatally injured": the adverb makes the harm a death.
  [["fatally", "wounded"], "killed"],
  [["fatally", "injured"], "killed"],
  [["fatally", "shot"], "killed"],
  [["fatally", "stabbed"], "killed"],
  [["gunned", "down"], "killed"],
  [["shot", "to", "death"], "killed"],
  [["stabbed", "to", "death"], "killed"],
  [["beaten", "to", "death"], "killed"],
  [["lost", "his", "life"], "killed"],
  [["lost", "her", "life"], "killed"],
  [["were", "left", "homeless"], "displaced"],
  [["taken", "hostage"], "abducted"],
  [["taken", "into", "custody"], "arrested"],
  [["remain", "missing"], "missing"],
  [["under", "arrest"], "arrested"],
  [["to", "his", "death"], "killed"],
  [["to", "her", "death"], "killed"],
  [["to", "their", "deaths"], "killed"],
  [["in", "custody"], "arrested"],
  [["are", "missing"], "missing"],
];

/** Verbs that make armed people the attackers: "200 militants carried out attacks". */
export const ATTACK_VERBS = new Set([
  "carried", "attacked", "stormed", "launched", "raided", "ambushed", "opened", "besieged", "struck", "assaulted", "attacking", "storming",
]);

/** Words that make a count a part of the toll, not the total. */
export const PARTIAL_CUES = /\b(overnight|alone|additional|another|further|fresh|latest|more(?! than)|separately|including|of them|among them|in (?:a|one|the) (?:single|separate) (?:attack|incident|raid)|in (?:\w+ )?district)\b/i;

/** A sentence that places part of the toll somewhere: "Most of the deaths were in Al Haouz province". */
export const PARTIAL_SENTENCE = /\b(most|many|some|half|the majority) of the (deaths|dead|victims|casualties|injured|wounded)\b/i;

/**
 * Units after a number that mean it counts something other than people; animals too ("shot
 * and killed two family pets", "three dogs were killed"), with one word between at most.
 */
export const NON_PEOPLE_AFTER = /^\s*-?\s*(?:year|years|yr|month|months|week|weeks|day|days|hour|hours|minute|minutes|second|seconds|percent|per ?cent|%|km|kilometres|kilometers|miles|mile|metres|meters|feet|ft|kg|tons|tonnes|magnitude|points?|a\.m\.|p\.m\.|am|pm|times|dollars|rupees|euros|pounds|houses|homes|buildings|vehicles|cars|locations|districts|villages|cities|provinces|attacks|incidents|schools|shops|aircraft|(?:[a-z-]+\s+)?(?:dogs|puppies|pups|cats|kittens|pets|horses|cows|cattle|sheep|goats|pigs|deer|elk|wolves|bears|animals|birds|chickens|livestock))\b/i;

/** Tokens before a number that mean it is money, a rank or an identifier. */
export const NON_PEOPLE_BEFORE = /(?:[$£€¥]|\b(?:rs|usd|no|number|page|flight|route|highway|article|section|chapter|room|apartment|gate|platform|level|category|magnitude)\.?)\s*$/i;

/** Zero statements: "no one was killed", "no casualties". */
/**
 * Words right before a count or a person that say none of them came to harm, or do not say
 * any did: "none of the 12 passengers", "neither of the two men", "not one of the 40
 * students", "whether any of the six suspects", "no one, including the one driver",
 * "no one besides the man". What follows is never a count of the harmed.
 */
export const NONE_OF = /(?:(?:^|\s)(?:none|neither|not one|not any|any|nor any)\s+of(?:\s+(?:the|these|those|their|its|his|her))?|\b(?:no one|no-one|nobody|none)(?:\s+else)?\s*,?\s*(?:besides|but|except|other than|including|not even)(?:\s+(?:the|his|her))?)\s*$/i;

export const ZERO_PATTERNS: [RegExp, Measure][] = [
  [/\b(no one(?: else)?|nobody(?: else)?|no-one|none|no people|no (?:civilians|soldiers|police(?:men| officers)?|troops|residents|passengers|children))\b(?=[^.;]{0,30}\b(killed|died|dead)\b)/i, "killed"],
  // "no deaths", "there were no reports of fatalities", "no other deaths were reported"
  [/\b(no (?:other |further |additional |immediate |reported )?(?:deaths|fatalities|casualties|loss of life)|no (?:immediate |other )?reports? of (?:any )?(?:\w+ (?:or|and) )?(?:deaths|fatalities|casualties))\b/i, "killed"],
  [/\b(no one(?: else)?|nobody(?: else)?|no-one|none|no (?:civilians|soldiers|police(?:men| officers)?|troops|residents|passengers|children))\b(?=[^.;]{0,30}\b(injured|hurt|wounded|hit)\b)/i, "injured"],
  // "no injuries", "there were no reports of injuries", "no reports of damage or injuries", "no reported injuries"
  [/\b(no (?:other |further |additional |immediate |serious |reported )?(?:injuries|injured|casualties)|no (?:immediate |other )?reports? of (?:any )?(?:\w+ (?:or|and) )?(?:injuries|injury|casualties))\b/i, "injured"],
];

/** Words that open a clause another subject governs: a scan for the measure stops there. */
export const CLAUSE_BREAKS = new Set([
  "said", "says", "told", "according", "when", "after", "before", "while", "because", "since", "but", "although", "though",
  "which", "following", "amid", "whereas", "if", "unless", "until", "where", "whom", "whose",
]);

/** Capitals that news uses for their states ("New Delhi denied", "Washington said"). */
export const CAPITAL_METONYMS: Record<string, string> = {
  "New Delhi": "India", Delhi: "India", Islamabad: "Pakistan", Washington: "United States", Kabul: "Afghanistan",
  Tehran: "Iran", Beijing: "China", Moscow: "Russia", Kremlin: "Russia", Kyiv: "Ukraine", Kiev: "Ukraine",
  Ankara: "Turkey", Riyadh: "Saudi Arabia", Damascus: "Syria", Baghdad: "Iraq", Dhaka: "Bangladesh",
  London: "United Kingdom", Paris: "France", Berlin: "Germany", Tokyo: "Japan", Seoul: "South Korea", Pyongyang: "North Korea",
  Jerusalem: "Israel", Cairo: "Egypt", Caracas: "Venezuela", Havana: "Cuba", Minsk: "Belarus",
};

/**
 * Words that make a name an administrative area ("Al Haouz province", "the district of
 * Kech"): what a report names as where something happened even when the offline gazetteer,
 * which has towns and first-level regions only, does not know it. Lowercase or capitalised.
 */
export const AREA_WORDS = ["province", "district", "region", "county", "governorate", "prefecture", "municipality", "oblast"];

/** Words for a settlement that name a place only as "the village of X", "the town of X" (the gazetteer lacks most villages). */
export const SETTLEMENT_WORDS = ["village", "town", "city", "hamlet"];

/** Words in a name before an area word that make it an office or a constituency, not a place ("Police District", "Congressional District"). */
export const NOT_AREA_NAME = /\b(?:Police|Congressional|Legislative|Electoral|School|Fire|Sheriff|Court|Judicial|Health|Water|Sewer|Military|Federal|Business|Historic|Special|Assembly|Senate|House|Park|Hospital|Library|Transit)\b|\d/;
