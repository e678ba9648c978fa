// The write token outlives a restart: made and kept in the store at the first start, the same
// one at the next (printed only when made), and --token / CROSSCHECK_TOKEN win over it.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { openStore } from "../store/index.ts";
import { writeTokenFor } from "./index.ts";

describe("the write token", () => {
  test("is made at the first start, kept in the store, used again at the next; a given one wins", async () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-token-"));
    const file = join(dir, "store.sqlite");
    try {
      const first = await openStore(file);
      const made = await writeTokenFor(first, undefined);
      assert.equal(made.made, true);
      assert.match(made.token, /^[0-9a-f]{32}$/);
      await first.close();

      const second = await openStore(file);
      assert.deepEqual(await writeTokenFor(second, undefined), { token: made.token, made: false }, "the same token after a restart, not printed again");
      assert.deepEqual(await writeTokenFor(second, "given-token"), { token: "given-token", made: false });
      assert.deepEqual(await writeTokenFor(second, undefined), { token: made.token, made: false }, "a given token does not replace the kept one");
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("two servers starting at once on one store agree on one token", async () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-token-"));
    try {
      const store = await openStore(join(dir, "store.sqlite"));
      const [a, b] = await Promise.all([writeTokenFor(store, undefined), writeTokenFor(store, undefined)]);
      assert.equal(a.token, b.token);
      assert.equal([a.made, b.made].filter(Boolean).length, 1, "made (and printed) once");
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
