import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { findOrCreateChamber } from "@/lib/chambers/chambers";
import { PublicError } from "@/lib/errors";
import { rowsOf } from "@/lib/matching/db-rows";
import { listMatches, matchedProducts, setMatchFeedback } from "@/lib/matching/read";
import { listMemberMatches, recommendMatch } from "@/lib/matching/recommend";
import { recomputeAll } from "@/lib/matching/recompute-all";
import { insertUser } from "@/tests/support/accounts";
import { withTestDatabase } from "@/tests/support/database";
import { importSample, matchRows } from "./matching-support";

withTestDatabase();

let ids: Map<string, string>;
beforeEach(async () => {
  ids = await importSample();
  await recomputeAll();
});

const id = (ref: string) => ids.get(ref)!;
const refsOf = async (ref: string, kind: "sme" | "distributor", filters = {}) =>
  (await listMatches({ companyId: id(ref), kind, filters, limit: 50 })).map((c) => c.other.ref);

describe("listMatches", () => {
  it("lists the best partners first with reasons and the other company's details", async () => {
    const cards = await listMatches({ companyId: id("hamamatsu-parts"), kind: "sme", limit: 10 });
    expect(cards[0]!.other).toMatchObject({ ref: "suzhou-oem", kind: "distributor", region: "CN-JS" });
    expect(cards[0]!.reasons.length).toBeGreaterThan(0);
    expect(cards.map((c) => c.score)).toEqual([...cards.map((c) => c.score)].sort((a, b) => b - a));
  });

  it("hides a suspended company from every list at once, before any recompute", async () => {
    const listsWith = async () => {
      const out: string[] = [];
      for (const ref of ["tsubame-steel", "hokkaido-sweets", "niigata-senbei", "imabari-towel"]) {
        if ((await refsOf(ref, "sme")).includes("shenyang-home")) out.push(ref);
      }
      return out;
    };
    expect((await listsWith()).length).toBeGreaterThan(0);
    await (await getDb()).execute(sql`update companies set status = 'suspended' where ref = 'shenyang-home'`);
    expect(await listsWith()).toEqual([]);
    await (await getDb()).execute(sql`update companies set status = 'approved', deleted_at = now() where ref = 'shenyang-home'`);
    expect(await listsWith()).toEqual([]);
  });

  it("filters by the other company's channel, region and HS chapter", async () => {
    expect(await refsOf("kobe-cosme", "sme", { channelType: "livestream" })).toEqual(["hz-live"]);
    expect(await refsOf("kobe-cosme", "sme", { hsChapter: "61" })).toEqual(["shanghai-dept"]);
    expect(await refsOf("niigata-senbei", "sme")).toContain("shenyang-home");
    const reachGuangdong = await refsOf("niigata-senbei", "sme", { region: "CN-GD" });
    expect(reachGuangdong).toContain("hz-live");
    expect(reachGuangdong).not.toContain("shenyang-home");
    expect(await refsOf("shenyang-home", "distributor", { hsChapter: "19" })).toEqual(expect.arrayContaining(["hokkaido-sweets"]));
    await expect(listMatches({ companyId: id("kobe-cosme"), kind: "sme", filters: { hsChapter: "6' or 1=1" } })).rejects.toThrow(PublicError);
  });
});

describe("matchedProducts", () => {
  it("shows on each card the SME's products that its reasons name, with their first photo, on either side's page", async () => {
    const db = await getDb();
    const cards = await listMatches({ companyId: id("shenyang-home"), kind: "distributor", limit: 50 });
    const card = cards.find((c) => c.other.ref === "hokkaido-sweets")!;
    const named = new Set(card.reasons.flatMap((r) => (r.params.product && typeof r.params.product === "object" ? [JSON.stringify(r.params.product)] : [])));
    expect(named.size).toBeGreaterThan(0);

    const lists = await matchedProducts(cards, (i) => cards[i]!.other.id);
    const shown = lists[cards.indexOf(card)]!;
    expect(shown.length).toBe(Math.min(named.size, 3));
    const owners = await rowsOf<{ company_id: string }>(
      db,
      sql`select distinct company_id from products where id in (${sql.join(
        shown.map((p) => sql`${p.id}::uuid`),
        sql`, `,
      )})`,
    );
    expect(owners).toEqual([{ company_id: id("hokkaido-sweets") }]);
    for (const product of shown) expect(named.has(JSON.stringify(product.name))).toBe(true);
    expect(shown.every((p) => p.imageId === null)).toBe(true);

    // A photo shows once the product has one; the SME's own page shows the same products on its card.
    const [image] = await rowsOf<{ id: string }>(
      db,
      sql`insert into product_images (product_id, mime, width, height, data)
          values (${shown[0]!.id}::uuid, 'image/png', 1, 1, decode('00', 'hex')) returning id`,
    );
    const mine = await listMatches({ companyId: id("hokkaido-sweets"), kind: "sme", limit: 50 });
    const again = await matchedProducts(mine, () => id("hokkaido-sweets"));
    const theirs = again[mine.findIndex((c) => c.other.ref === "shenyang-home")]!;
    expect(theirs.map((p) => p.id)).toEqual(shown.map((p) => p.id));
    expect(theirs[0]!.imageId).toBe(image!.id);
  });
});

describe("match feedback", () => {
  it("hides a dismissed company from the dismisser only, without changing any score", async () => {
    const before = await matchRows();
    expect(await refsOf("tsubame-steel", "sme")).toContain("shenyang-home");
    await setMatchFeedback(id("tsubame-steel"), id("shenyang-home"), "dismissed");
    expect(await refsOf("tsubame-steel", "sme")).not.toContain("shenyang-home");
    expect(await refsOf("shenyang-home", "distributor")).toContain("tsubame-steel");
    expect(await matchRows()).toEqual(before);
    await setMatchFeedback(id("tsubame-steel"), id("shenyang-home"), null);
    expect(await refsOf("tsubame-steel", "sme")).toContain("shenyang-home");
  });

  it("marks a saved company on the saver's list only", async () => {
    await setMatchFeedback(id("uji-tea"), id("sh-crossborder"), "saved");
    const mine = await listMatches({ companyId: id("uji-tea"), kind: "sme" });
    expect(mine.find((c) => c.other.ref === "sh-crossborder")?.saved).toBe(true);
    const theirs = await listMatches({ companyId: id("sh-crossborder"), kind: "distributor" });
    expect(theirs.find((c) => c.other.ref === "uji-tea")?.saved).toBe(false);
  });
});

describe("chamber recommendations", () => {
  it("lets a chamber admin recommend a pair with a member, shows it on both sides, and refuses other pairs", async () => {
    const mitsuke = await findOrCreateChamber("Mitsuke Chamber of Commerce and Industry");
    const other = await findOrCreateChamber("Other Chamber");
    const db = await getDb();
    await db.execute(sql`update companies set chamber_id = ${mitsuke.id} where ref = 'tsubame-steel'`);
    const admin = await insertUser({ role: "chamber_admin", chamberId: mitsuke.id });
    const outsider = await insertUser({ role: "chamber_admin", chamberId: other.id });

    await recommendMatch({ admin, smeId: id("tsubame-steel"), distributorId: id("dalian-kitchen"), note: "Met at the Yanji fair" });
    const smeSide = await listMatches({ companyId: id("tsubame-steel"), kind: "sme" });
    expect(smeSide.find((c) => c.other.ref === "dalian-kitchen")?.recommendedBy).toEqual([
      { chamberId: mitsuke.id, chamberName: mitsuke.name, note: "Met at the Yanji fair" },
    ]);
    const distSide = await listMatches({ companyId: id("dalian-kitchen"), kind: "distributor" });
    expect(distSide.find((c) => c.other.ref === "tsubame-steel")?.recommendedBy).toHaveLength(1);

    await expect(recommendMatch({ admin: outsider, smeId: id("tsubame-steel"), distributorId: id("dalian-kitchen"), note: null })).rejects.toThrow(PublicError);
    await expect(recommendMatch({ admin, smeId: id("uji-tea"), distributorId: id("sh-crossborder"), note: null })).rejects.toThrow(PublicError);
    const sme = await insertUser({ role: "sme" });
    await expect(recommendMatch({ admin: sme, smeId: id("tsubame-steel"), distributorId: id("dalian-kitchen"), note: null })).rejects.toThrow(PublicError);
  });

  it("lists only the admin's chamber members' matches", async () => {
    const mitsuke = await findOrCreateChamber("Mitsuke Chamber of Commerce and Industry");
    await (await getDb()).execute(sql`update companies set chamber_id = ${mitsuke.id} where ref in ('tsubame-steel', 'gz-optical')`);
    const admin = await insertUser({ role: "chamber_admin", chamberId: mitsuke.id });
    const rows = await listMemberMatches(admin);
    expect(new Set(rows.map((r) => r.member.ref))).toEqual(new Set(["tsubame-steel", "gz-optical"]));
    expect(rows.find((r) => r.member.ref === "gz-optical")?.other.ref).toBe("sabae-frames");
  });
});
