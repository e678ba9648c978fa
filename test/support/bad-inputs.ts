// One folder holding one good report beside every kind of bad input issue 16 found: for the
// done-when test (test/bad-inputs.test.ts) and the bench line that times it (bench/load.ts).
// Each bad input says what it must yield: a problem naming it (the input is refused), or a
// message on its document (it is read, and the reader told what was wrong).
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { oneParagraph } from "./large-input.ts";

export interface BadInput {
  /** The file (or link) in the folder. */
  name: string;
  /** What must come of it: a problem whose reason matches, or a message rule on a document read from it. */
  expect: { problem: RegExp } | { message: string } | { read: true };
}

export const GOOD_REPORT = [
  "QUETTA — Gunmen killed 12 people at a market in Quetta on Monday, police said.",
  "The attack began at noon when four men opened fire on shoppers near the main gate.",
  "Officials said the gunmen fled on motorcycles towards the hills east of the city.",
].join(" ");

const FRENCH = "QUETTA — Des hommes armés ont tué douze personnes sur un marché de Quetta lundi, selon la police. L'attaque a commencé à midi, lorsque quatre hommes ont ouvert le feu sur les passants près de la porte principale. Les assaillants ont pris la fuite à moto vers les collines à l'est de la ville, ont indiqué les autorités.";

/** Writes the folder; returns the inputs and what each must yield. */
export function writeBadInputsFolder(dir: string): BadInput[] {
  mkdirSync(dir, { recursive: true });
  const inputs: BadInput[] = [];
  const file = (name: string, content: string | Uint8Array, expect: BadInput["expect"]) => {
    writeFileSync(join(dir, name), content);
    inputs.push({ name, expect });
  };
  file("good.txt", GOOD_REPORT, { read: true });
  // 9.7 MB of one paragraph: the POST that took the server down, here as a file.
  file("huge-paragraph.txt", oneParagraph(9.7e6 / 70).slice(0, 9_700_000), { problem: /^document too large/ });
  // A 20 MB JSONL line: the CLI hung on one.
  file("huge-line.jsonl", JSON.stringify({ id: "huge", text: oneParagraph(20e6 / 70).slice(0, 20_000_000) }), { problem: /^document too large/ });
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Floods killed 9 people in Sindh on Tuesday, officials said.", "utf16le")]);
  file("utf16-bom.txt", utf16, { read: true });
  file("cut.rss", `<?xml version="1.0"?><rss version="2.0"><channel><item><guid>one</guid><description>Floods killed 9 people in Sindh on Tuesday.</description></item><item><guid>two</guid><description>A second sto`, { problem: /^feed is truncated/ });
  file("old-date.atom", `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>old</id><updated>-0001-01-01T00:00:00Z</updated><content>A bus crash injured 30 people near Lahore.</content></entry></feed>`, { message: "bad-feed-date" });
  file("bad-date.jsonl", JSON.stringify({ id: "feb30", published: "2026-02-30", text: "A fire killed 4 people in Karachi, officials said." }), { message: "record-field" });
  file("broken-line.jsonl", "{not json\n", { problem: /not valid JSON/ });
  file("bidi\u202Etxt.exe.txt", "A storm killed 3 people in Gwadar on Sunday.", { read: true });
  file("new\nline.txt", "A landslide killed 5 people in Swat on Friday.", { read: true });
  file("french.txt", FRENCH, { message: "language-without-figures" });
  file("corrupt.txt.gz", Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]), { problem: /not a readable gzip file/ });
  file("binary.dat", Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x80, 0x00, 0x00, 0x7f]), { problem: /^binary file/ });
  file("empty.txt", "", { problem: /^empty file/ });
  // A linked file is read like any other (it was dropped in silence).
  symlinkSync(join(dir, "good.txt"), join(dir, "linked.txt"));
  inputs.push({ name: "linked.txt", expect: { read: true } });
  symlinkSync(join(dir, "missing-target.txt"), join(dir, "broken-link.txt"));
  inputs.push({ name: "broken-link.txt", expect: { problem: /^broken symbolic link/ } });
  mkdirSync(join(dir, "loop"));
  symlinkSync(dir, join(dir, "loop", "back"));
  inputs.push({ name: "loop/back", expect: { problem: /^symbolic link loop/ } });
  return inputs;
}
