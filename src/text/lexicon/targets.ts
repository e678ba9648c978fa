// What an attack is made on: the head words of a target ("attacks on police stations",
// "targeted a bus carrying pilgrims", "opened fire on worshippers"). A phrase after an attack
// verb is a target only when its last word is one of these, so "attacked on Friday" or
// "targeted for years" name none. Singular forms; plurals are read by their ending.
export const TARGET_HEADS = new Set([
  // Places and buildings
  "station", "post", "checkpoint", "camp", "base", "barracks", "installation", "facility", "compound", "headquarters",
  "office", "building", "home", "house", "residence", "market", "bazaar", "mosque", "church", "temple", "shrine",
  "synagogue", "school", "college", "university", "hospital", "clinic", "hotel", "restaurant", "cafe", "bank", "embassy",
  "consulate", "prison", "jail", "residence", "court", "courthouse", "airport", "port", "bridge", "pipeline", "plant", "mine", "village",
  "town", "club", "bar", "nightclub", "mall", "store", "shop", "festival", "rally", "gathering", "wedding", "funeral",
  "parade", "concert", "stadium", "project", "infrastructure",
  // Vehicles
  "bus", "train", "convoy", "vehicle", "car", "truck", "van", "patrol", "ship", "boat", "vessel", "aircraft", "plane",
  "helicopter", "tanker",
  // People, as groups or by their work
  "force", "forces", "soldier", "troop", "officer", "policeman", "personnel", "guard", "civilian", "passenger", "worshipper",
  "pilgrim", "student", "worker", "laborer", "labourer", "inmate", "villager", "resident", "protester", "tourist", "journalist", "official", "motorist",
]);
