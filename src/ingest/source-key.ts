// What makes two inputs one source: the same URL, the same JSONL record or feed item of one
// file, the same file however its path was typed. `./a.txt`, `a.txt` and `/abs/a.txt` (or
// `../x/a.txt` from another folder) are one file: compared by the resolved path, while the
// document's `source` keeps the path as typed, for display.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { isUrl } from "./remote.ts";

/** The source as compared: a file's resolved path (and the `#record` after it), else the source as it is. */
export function sourceKey(source: string, cwd: string = process.cwd()): string {
  if (source === "-" || isUrl(source) || source.startsWith("api#")) return source;
  if (existsSync(resolve(cwd, source))) return resolve(cwd, source);
  // `file.jsonl#id`, `feed.xml#item`: the file is the part before a `#` that names one.
  for (let at = source.indexOf("#"); at > 0; at = source.indexOf("#", at + 1)) {
    const file = source.slice(0, at);
    if (existsSync(resolve(cwd, file))) return `${resolve(cwd, file)}${source.slice(at)}`;
  }
  return source;
}
