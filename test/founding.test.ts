// The founding corpus, end to end: the report of the bundled example passes the shared
// checker (../shared/check/check-report.mjs) when it is beside the repository, and always
// validates against the contract's schema.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import Ajv2020 from "ajv/dist/2020.js";
import { main, type Io } from "../src/cli/index.ts";
import { checker, corpus } from "./support/shared.ts";

const CHECKER = checker("check-report.mjs");
const CORPUS = corpus("balochistan-2026-02");

async function reportOf(path: string): Promise<string> {
  let out = "";
  const io: Io = { stdout: (t) => void (out += t), stderr: () => {}, now: () => new Date("2026-02-03T00:00:00Z") };
  await main(["report", "--json", "--quiet", path], io);
  return out;
}

describe("founding corpus", () => {
  it("the report validates against contract/report.schema.json", async () => {
    const schema = JSON.parse(readFileSync("contract/report.schema.json", "utf8"));
    const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(schema);
    const report = JSON.parse(await reportOf("examples/balochistan-2026-02"));
    assert.ok(validate(report), JSON.stringify(validate.errors?.slice(0, 3)));
  });

  it("passes every check of the shared checker", { skip: existsSync(CHECKER) ? false : "no ../shared beside the repository" }, async () => {
    const file = join(mkdtempSync(join(tmpdir(), "crosscheck-founding-")), "report.json");
    writeFileSync(file, await reportOf(CORPUS));
    let output = "";
    try {
      output = execFileSync("node", [CHECKER, `${CORPUS}/gold.json`, file], { encoding: "utf8" });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    const failures = output.split("\n").filter((line) => line.startsWith("FAIL"));
    assert.deepEqual(failures, [], output.split("\n").at(-2));
  });
});
