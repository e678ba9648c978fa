// Absolute calendar dates as news pages print them, to "YYYY-MM-DD".
// Numeric day-month order: a part over 12 settles it; otherwise day first (the order of most
// of the world's outlets), unless `monthFirst` is asked for.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";

const FORMS: { pattern: RegExp; read: (m: RegExpExecArray) => [number, number, number] }[] = [
  { pattern: /\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]|\b)/, read: (m) => [+m[1], +m[2], +m[3]] },
  { pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(\\d{4})\\b`, "i"), read: (m) => [+m[3], MONTHS[m[1].toLowerCase()], +m[2]] },
  { pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, "i"), read: (m) => [+m[3], MONTHS[m[2].toLowerCase()], +m[1]] },
  { pattern: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/, read: (m) => [+m[1], +m[2], +m[3]] },
];

const NUMERIC = /\b(\d{1,2})\s?[-/.]\s?(\d{1,2})\s?[-/.]\s?(\d{4})\b/;

export function parseDateString(text: string, options: { monthFirst?: boolean } = {}): string | null {
  for (const { pattern, read } of FORMS) {
    const m = pattern.exec(text);
    if (m) {
      const date = isoDate(...read(m));
      if (date) return date;
    }
  }
  const m = NUMERIC.exec(text);
  if (!m) return null;
  let [a, b] = [+m[1], +m[2]];
  const year = +m[3];
  if (a > 12) return isoDate(year, b, a);
  if (b > 12) return isoDate(year, a, b);
  if (options.monthFirst) [a, b] = [b, a];
  return isoDate(year, b, a);
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (!year || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return d.toISOString().slice(0, 10);
}

/** Days from a to b (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
}
