import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { samplePath } from "./matching-support";

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run(process.execPath, ["--import", "tsx", "--conditions=react-server", "lib/cli/match.ts", ...args], { cwd: process.cwd(), maxBuffer: 10 * 1024 * 1024 });

type Output = { matches: Record<string, { ref: string; score: number; reasons: string[] }[]> };

describe("npm run match", () => {
  it("prints every company of the file with at most K partners of the other kind, the same on every run", async () => {
    const first = await cli("--input", samplePath, "--top", "3");
    const second = await cli("--input", samplePath, "--top", "3");
    expect(second.stdout).toBe(first.stdout);
    const out = JSON.parse(first.stdout) as Output;
    const doc = JSON.parse(readFileSync(samplePath, "utf8")) as { companies: { ref: string; kind: string }[] };
    expect(Object.keys(out.matches).sort()).toEqual(doc.companies.map((c) => c.ref).sort());
    const kind = new Map(doc.companies.map((c) => [c.ref, c.kind]));
    for (const [ref, list] of Object.entries(out.matches)) {
      expect(list.length).toBeLessThanOrEqual(3);
      for (const item of list) {
        expect(kind.get(item.ref)).not.toBe(kind.get(ref));
        expect(item.score).toBeGreaterThanOrEqual(0);
        expect(item.score).toBeLessThanOrEqual(1);
        expect(item.reasons.every((r) => typeof r === "string" && r.length > 0)).toBe(true);
      }
      expect(list.map((i) => i.score)).toEqual([...list.map((i) => i.score)].sort((a, b) => b - a));
    }
    expect(out.matches["sabae-frames"]![0]!.ref).toBe("gz-optical");
  }, 120_000);

  it("exits non-zero with the errors on stderr for a file that does not validate", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "match-cli-"));
    const file = path.join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ format: "kakehashi-exchange/1", companies: [{ ref: "x", kind: "sme" }] }));
    const failure = await cli("--input", file).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).not.toBe(0);
    expect(failure?.stdout).toBe("");
    expect(failure?.stderr).toContain("companies[0]");
  }, 60_000);
});
