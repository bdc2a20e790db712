import { afterEach, describe, expect, it } from "vitest";
import { openPostgres, type DbHandle } from "@/db/client";
import { backoffMs, jobStates, runExclusive, startJob } from "@/lib/jobs/runner";
import { GET as ready } from "@/app/api/ready/route";
import { withTestDatabase } from "../support/database";

const testDb = withTestDatabase();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

describe("the job runner", () => {
  it("backs off exponentially after failures, up to ten intervals, and back to the interval after a success", () => {
    expect([0, 1, 2, 3, 4, 5].map((failures) => backoffMs(1000, failures))).toEqual([1000, 2000, 4000, 8000, 10000, 10000]);
  });

  it("retries a failing round with growing waits and reports it in /api/ready", async () => {
    const at: number[] = [];
    stops.push(
      startJob({
        name: "flaky",
        intervalMs: 40,
        round: async () => {
          at.push(performance.now());
          if (at.length <= 3) throw new Error(`smtp refused #${at.length}`);
        },
      }),
    );
    for (let i = 0; i < 100 && at.length < 3; i++) await sleep(20);
    expect(jobStates().find((j) => j.name === "flaky")).toMatchObject({ failures: 3, lastError: "smtp refused #3" });
    const body = await (await ready()).json();
    expect(body.jobs).toContainEqual(expect.objectContaining({ name: "flaky", failures: 3, lastError: "smtp refused #3" }));
    for (let i = 0; i < 100 && at.length < 4; i++) await sleep(20);
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    expect(gaps[0]).toBeGreaterThanOrEqual(75); // 2 intervals after one failure
    expect(gaps[1]).toBeGreaterThanOrEqual(155); // 4 after two
    expect(gaps[2]).toBeGreaterThanOrEqual(315); // 8 after three
    await sleep(10);
    expect(jobStates().find((j) => j.name === "flaky")).toMatchObject({ failures: 0, lastError: null, rounds: 1 });
  });

  it("goes again at once after a busy round, and stop() waits for the round in progress", async () => {
    let rounds = 0;
    let finished = 0;
    const stop = startJob({
      name: "busy",
      intervalMs: 60_000,
      round: async () => {
        rounds++;
        await sleep(100);
        finished++;
        return { busy: rounds < 3 };
      },
    });
    expect(startJob({ name: "busy", intervalMs: 1, round: async () => {} })).toBe(stop);
    for (let i = 0; i < 200 && rounds < 3; i++) await sleep(10); // the first round comes after 1 s
    expect(rounds).toBe(3);
    await stop();
    expect(finished).toBe(3);
    await sleep(150);
    expect(rounds).toBe(3);
    expect(jobStates().map((j) => j.name)).not.toContain("busy");
  });

  it("runs an exclusive job's round on one instance at a time", async () => {
    // Two instances: two connection pools on PostgreSQL (the advisory lock excludes), or the one
    // embedded database of one process (the in-process guard does).
    const url = process.env.TEST_DATABASE_URL;
    const [first, second]: DbHandle[] = url ? [openPostgres(url, { max: 2 }), openPostgres(url, { max: 2 })] : [testDb.handle(), testDb.handle()];
    try {
      let inside = 0;
      let most = 0;
      let runs = 0;
      const round = async () => {
        inside++;
        runs++;
        most = Math.max(most, inside);
        await sleep(300);
        inside--;
      };
      const results = await Promise.all([runExclusive("digest", round, first), runExclusive("digest", round, second), runExclusive("digest", round, first)]);
      expect(results.filter((r) => r === false)).toHaveLength(2);
      expect([runs, most]).toEqual([1, 1]);
      // Once it is done, the next round runs again.
      expect(await runExclusive("digest", round, second)).not.toBe(false);
      expect(runs).toBe(2);
    } finally {
      if (url) await Promise.all([first!.close(), second!.close()]);
    }
  });
});
