// Writes a rendering piece by piece, to a file or standard output, so that a large report
// is never held as one string (src/report/json-chunks.ts).
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Io } from "./io.ts";

export async function writeOutput(chunks: Iterable<string>, file: string | undefined, io: Io): Promise<void> {
  if (!file) {
    for (const chunk of chunks) io.stdout(chunk);
    return;
  }
  const stream = createWriteStream(file);
  const failed = once(stream, "error").then(([error]) => Promise.reject(error as Error));
  failed.catch(() => {});
  try {
    for (const chunk of chunks) if (!stream.write(chunk)) await Promise.race([once(stream, "drain"), failed]);
    stream.end();
    await Promise.race([once(stream, "finish"), failed]);
  } finally {
    stream.destroy();
  }
}
