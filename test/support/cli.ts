// A fake terminal for the CLI's tests: what the command wrote, and a fixed clock.
import type { Io } from "../../src/cli/index.ts";

export function fakeIo(now = new Date("2026-02-03T00:00:00Z")): Io & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    now: () => now,
  };
  return io;
}
