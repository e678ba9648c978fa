// The output formats by name, apart from their renderers: the CLI lists them for `--format`
// without loading any renderer until one is used.
/** Every format, in the order `--format` lists them. */
export const FORMATS = ["json", "md", "html", "csv", "statements", "ucdp", "acled", "geojson"] as const;
export type Format = (typeof FORMATS)[number];

/** The media type of each format, for the API's exports. */
export const MEDIA_TYPES: Record<Format, string> = {
  json: "application/json",
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  statements: "text/csv; charset=utf-8",
  ucdp: "text/csv; charset=utf-8",
  acled: "text/csv; charset=utf-8",
  geojson: "application/geo+json",
};
