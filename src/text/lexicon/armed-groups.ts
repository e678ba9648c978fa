// Armed groups and organisations by the words their names are made of. The lists follow
// the names in conflict reporting (ACLED's actor list, the UN and US designation lists):
// groups known by one word, the acronyms that stand alone in copy, and the words that make a
// capitalised name a group's. Case as written: these are proper names.

/** Groups that news names by one word ("the Taliban denied", "Hamas said"). */
export const ONE_WORD_ARMED_GROUPS = ["Taliban", "Hamas", "Hezbollah", "Hizbullah", "al-Shabaab", "Shabaab", "Houthis", "Houthi", "Daesh", "Wagner"];

/** Acronyms of armed groups that copy uses alone, without spelling them out first. */
export const ARMED_GROUP_ACRONYMS = ["BLA", "TTP", "ISIS", "ISIL", "IS", "LTTE", "PKK", "FARC", "ETA", "IRA", "ISWAP", "JNIM", "RSF", "TLP", "BLF", "BRA"];

/** Words that make a name an armed group's ("Baloch Liberation Army", "Lashkar-e-Taiba"). */
export const ARMED_NAME_WORDS = [
  "Liberation", "Army", "Front", "Taliban", "Brigades?", "Militia", "Jihad", "Qaeda", "Shabaab", "Haram", "Hamas", "Hezbollah", "Hizbullah",
  "Mujahideen", "Tigers", "Islamic State", "Lashkar", "Jaish", "Tehrik",
];

/** Words that make a name any organisation's, armed or not ("National Party", "Islamic Council"). */
export const ORGANISATION_NAME_WORDS = ["Movement", "Organi[sz]ation", "Party", "Council", "Corps", "Force", "Forces", "Group", "Network", "Cartel", "Guard"];
