import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { rowsOf } from "@/lib/matching/db-rows";
import { drainMatchQueue, enqueueMatch, startMatchWorker } from "@/lib/matching/queue";
import { recomputeAll } from "@/lib/matching/recompute-all";
import { recomputeCompany } from "@/lib/matching/recompute";
import { withTestDatabase } from "@/tests/support/database";
import { importSample, matchRows } from "./matching-support";

withTestDatabase();

let ids: Map<string, string>;
beforeEach(async () => {
  ids = await importSample();
});

describe("matches storage", () => {
  it("stores one row per pair with scores in [0, 1] and clears the queue it covered", async () => {
    const result = await recomputeAll();
    const rows = await matchRows();
    expect(rows.length).toBe(result.pairs);
    expect(new Set(rows.map((r) => `${r.sme}|${r.dist}`)).size).toBe(rows.length);
    expect(rows.every((r) => r.score >= 0.05 && r.score <= 1)).toBe(true);
    expect(rows).toContainEqual(expect.objectContaining({ sme: "sabae-frames", dist: "gz-optical" }));
    const queue = await rowsOf<{ n: number }>(await getDb(), sql`select count(*)::int as n from match_queue`);
    expect(queue[0]!.n).toBe(0);
  });

  it("stores the same rows, reasons and cutoffs when worker threads do the scoring", async () => {
    const db = await getDb();
    const stored = async () => ({
      matches: await rowsOf(db, sql`select sme_id, distributor_id, score, reasons from matches order by 1, 2`),
      cutoffs: await rowsOf(db, sql`select company_id, top_cutoff from match_profiles order by 1`),
    });
    const here = await recomputeAll({ workers: 0 });
    const before = await stored();
    const there = await recomputeAll({ workers: 2 });
    expect(there.workers).toBe(2);
    expect(there.pairs).toBe(here.pairs);
    expect(await stored()).toEqual(before);
    expect(before.matches.length).toBeGreaterThan(10);
  });

  it("updates only the edited company's rows after a product edit", async () => {
    await recomputeAll();
    const before = await matchRows();
    const db = await getDb();
    // The frying pan becomes green tea: the steelworks now fits tea buyers, not only kitchenware.
    await db.execute(sql`update products set hs_code = '0902', name = '{"en":"Green tea"}'::jsonb
                         where ref = 'pan' and company_id = ${ids.get("tsubame-steel")!}`);
    await recomputeCompany(ids.get("tsubame-steel")!);
    const after = await matchRows();
    const others = (rows: typeof before) => rows.filter((r) => r.sme !== "tsubame-steel");
    expect(others(after)).toEqual(others(before));
    const mine = (rows: typeof before) => rows.filter((r) => r.sme === "tsubame-steel").map((r) => `${r.dist}:${r.score.toFixed(4)}`);
    expect(mine(after)).not.toEqual(mine(before));
    expect(after.some((r) => r.sme === "tsubame-steel" && r.dist === "sh-crossborder")).toBe(true);
    expect(
      after.filter((r) => r.sme === "tsubame-steel").every((r) => !before.some((b) => b.computed === r.computed && b.sme === r.sme && b.dist === r.dist)),
    ).toBe(true);
  });

  it("gives the same rows from the incremental path as from a full recompute", async () => {
    await recomputeAll();
    const full = (await matchRows()).filter((r) => r.sme === "hokkaido-sweets").map((r) => `${r.dist}:${r.score.toFixed(4)}`);
    await recomputeCompany(ids.get("hokkaido-sweets")!);
    const incremental = (await matchRows()).filter((r) => r.sme === "hokkaido-sweets").map((r) => `${r.dist}:${r.score.toFixed(4)}`);
    expect(incremental).toEqual(full);
    expect(full.length).toBeGreaterThan(0);
  });

  it("drops a suspended company's rows when its recompute runs", async () => {
    await recomputeAll();
    const db = await getDb();
    await db.execute(sql`update companies set status = 'suspended' where ref = 'shenyang-home'`);
    await recomputeCompany(ids.get("shenyang-home")!);
    expect((await matchRows()).some((r) => r.dist === "shenyang-home")).toBe(false);
  });

  it("drains queued companies once and leaves the queue empty", async () => {
    const db = await getDb();
    expect((await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from match_queue`))[0]!.n).toBe(ids.size);
    await drainMatchQueue();
    expect((await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from match_queue`))[0]!.n).toBe(0);
    expect((await matchRows()).some((r) => r.sme === "hamamatsu-parts" && r.dist === "suzhou-oem")).toBe(true);
    await enqueueMatch(db, ids.get("uji-tea")!);
    await enqueueMatch(db, ids.get("uji-tea")!);
    expect((await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from match_queue`))[0]!.n).toBe(1);
    expect(await drainMatchQueue()).toBe(1);
  });

  it("runs the worker in the background until the queue is empty, and stops on request", async () => {
    const db = await getDb();
    const queued = async () => (await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from match_queue`))[0]!.n;
    const stop = startMatchWorker({ intervalMs: 50 });
    try {
      expect(startMatchWorker({ intervalMs: 50 })).toBe(stop);
      for (let i = 0; i < 200 && (await queued()) > 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(await queued()).toBe(0);
      expect((await matchRows()).some((r) => r.sme === "sabae-frames" && r.dist === "gz-optical")).toBe(true);
    } finally {
      stop();
    }
  });
});
