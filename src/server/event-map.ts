// An offline map of an event's places: country outlines from world-atlas (Natural Earth,
// 1:50m) drawn as inline SVG with d3-geo, each place a dot sized by its mentions. No tile
// server and no script: the page's CSP allows neither, and the pages must work offline.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoBounds, geoMercator, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import type { Event } from "../types.ts";
import { countryName } from "../report/view.ts";
import { esc } from "./layout.ts";

const WIDTH = 640;
const HEIGHT = 320;
/** Degrees of margin around the places, so that one place still shows its region. */
const MARGIN = 4;

interface Country {
  name: string;
  shape: GeoJSON.Feature;
  /** [[west, south], [east, north]] */
  bounds: [[number, number], [number, number]];
}

let countries: Country[] | null = null;

/** The outlines, read once (about 0.8 MB) on the first map drawn. */
function outlines(): Country[] {
  if (countries) return countries;
  const file = createRequire(import.meta.url).resolve("world-atlas/countries-50m.json");
  const topology = JSON.parse(readFileSync(file, "utf8")) as Topology;
  const all = feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection;
  countries = all.features.map((shape) => ({ name: String(shape.properties?.name ?? ""), shape, bounds: geoBounds(shape) }));
  return countries;
}

const overlaps = (a: Country["bounds"], west: number, south: number, east: number, north: number): boolean =>
  // A country across the antimeridian has west > east: it is kept (cheap to draw, rare).
  a[0][0] > a[1][0] || (a[0][0] <= east && a[1][0] >= west && a[0][1] <= north && a[1][1] >= south);

/** Maps drawn, by the places they show: projecting the outlines costs a page tens of milliseconds, and an event's places rarely change between reports. */
const drawn = new Map<string, string>();
const MAX_DRAWN = 500;

/** The SVG map of the event's places that have coordinates, or null when none has. */
export function eventMap(event: Event): string | null {
  const located = event.places.filter((p): p is typeof p & { lat: number; lon: number } => p.lat !== null && p.lon !== null);
  if (!located.length) return null;
  const key = JSON.stringify(located.map((p) => [p.name, p.lat, p.lon, p.mentions, p.country]));
  let svg = drawn.get(key);
  if (svg === undefined) {
    svg = drawMap(located);
    if (drawn.size >= MAX_DRAWN) drawn.delete(drawn.keys().next().value!);
    drawn.set(key, svg);
  }
  return svg;
}

function drawMap(located: (Event["places"][number] & { lat: number; lon: number })[]): string {
  // The frame is the main country's places (the first place is the most mentioned): a capital
  // that spoke from across the world would otherwise shrink the event to a dot.
  const home = located[0].country;
  const framed = located.filter((p) => p.country === home);
  const lats = framed.map((p) => p.lat);
  const lons = framed.map((p) => p.lon);
  const west = Math.max(-180, Math.min(...lons) - MARGIN);
  const east = Math.min(180, Math.max(...lons) + MARGIN);
  const south = Math.max(-80, Math.min(...lats) - MARGIN);
  const north = Math.min(84, Math.max(...lats) + MARGIN);
  const frame: GeoJSON.Feature = {
    type: "Feature",
    properties: {},
    geometry: { type: "MultiPoint", coordinates: [[west, south], [east, north], [west, north], [east, south]] },
  };
  const projection = geoMercator().fitExtent([[8, 8], [WIDTH - 8, HEIGHT - 8]], frame);
  const path = geoPath(projection);
  const shown = outlines().filter((c) => overlaps(c.bounds, west - 10, south - 10, east + 10, north + 10));
  const places = located.filter((p) => p.lon >= west - 10 && p.lon <= east + 10 && p.lat >= south - 10 && p.lat <= north + 10);
  const homeName = countryName(home);
  const shapes = shown.map((c) => `<path class="${c.name === homeName ? "land home" : "land"}" d="${path(c.shape) ?? ""}"><title>${esc(c.name)}</title></path>`);
  const most = Math.max(...places.map((p) => p.mentions));
  // Labels are placed most-mentioned first; one that would print over another is left to the dot's tooltip.
  const labels: { x: number; y: number; w: number }[] = [];
  const dots = places.map((p) => {
    const [x, y] = projection([p.lon, p.lat]) ?? [0, 0];
    const r = 4 + 6 * Math.sqrt(p.mentions / most);
    const w = 7 * p.name.length + 8;
    const spot = [y - r - 4, y + r + 13].find((ly) => labels.every((l) => Math.abs(l.y - ly) > 14 || Math.abs(l.x - x) > (l.w + w) / 2));
    if (spot !== undefined) labels.push({ x, y: spot, w });
    const text = spot === undefined ? "" : `<text x="${x.toFixed(1)}" y="${spot.toFixed(1)}">${esc(p.name)}</text>`;
    return `<g class="place"><circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}"><title>${esc(`${p.name}: ${p.mentions} mention${p.mentions === 1 ? "" : "s"}`)}</title></circle>${text}</g>`;
  });
  return `<svg class="map" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${esc(`Map of ${places.map((p) => p.name).join(", ")}`)}"><rect class="sea" width="${WIDTH}" height="${HEIGHT}"/>${shapes.join("")}${dots.join("")}</svg>`;
}

export const MAP_CSS = `
svg.map{width:100%;height:auto;border:1px solid var(--line);border-radius:6px;background:#dfe9f1}
svg.map .sea{fill:#dfe9f1}svg.map .land{fill:#f4f1ea;stroke:#b9b4a8;stroke-width:.6}svg.map .land.home{fill:#ece3cf}
svg.map circle{fill:#b3261e;fill-opacity:.75;stroke:#fff;stroke-width:1.2}
svg.map text{font:600 12px system-ui,sans-serif;fill:#1d232a;text-anchor:middle;paint-order:stroke;stroke:#fff;stroke-width:3px}
`;
