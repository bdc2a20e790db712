import { and, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { accessRules, auditLog, products } from "@/db/schema";
import { evaluateProduct } from "@/lib/access/evaluate";
import { productsNotImportable } from "@/lib/access/importable";
import { accessForPairs, pairKey } from "@/lib/access/pairs";
import { ownProductAccess, saveAccessFacts } from "@/lib/access/product-facts";
import { decideRuleChange, proposeRuleChange } from "@/lib/access/proposals";
import { currentRules } from "@/lib/access/rules";
import { blockedPartners } from "@/lib/matching/blocked";
import { listMatches } from "@/lib/matching/read";
import { recomputeAll } from "@/lib/matching/recompute-all";
import { PublicError } from "@/lib/errors";
import { insertUser } from "@/tests/support/accounts";
import { seedMarketAccess } from "@/tests/support/access";
import { withTestDatabase } from "@/tests/support/database";
import { importSample } from "./matching-support";

withTestDatabase();

let ids: Map<string, string>;
const id = (ref: string) => ids.get(ref)!;
beforeEach(async () => {
  await seedMarketAccess();
  ids = await importSample();
  await recomputeAll();
});

describe("market access in matching", () => {
  it("keeps Niigata rice crackers out of every list and shows the distributors under 'blocked, and why' with R01", async () => {
    expect(await listMatches({ companyId: id("niigata-senbei"), kind: "sme", limit: 50 })).toEqual([]);
    const shenyang = (await listMatches({ companyId: id("shenyang-home"), kind: "distributor", limit: 50 })).map((c) => c.other.ref);
    expect(shenyang).not.toContain("niigata-senbei");
    expect(shenyang).toContain("hokkaido-sweets");
    const blocked = await blockedPartners(id("niigata-senbei"));
    expect(blocked.map((b) => b.other.ref)).toContain("shenyang-home");
    const view = (await accessForPairs([{ smeId: id("niigata-senbei"), distributorId: id("shenyang-home") }])).get(
      pairKey(id("niigata-senbei"), id("shenyang-home")),
    )!;
    expect(view.outcome).toBe("block");
    expect(view.channels.every((c) => c.outcome === "block" && c.rules.some((r) => r.code === "R01" && r.source?.publishedOn === "2025-06-29"))).toBe(true);
  });

  it("keeps a Hokkaido maker's matches with its to-dos as a reason", async () => {
    const cards = await listMatches({ companyId: id("hokkaido-sweets"), kind: "sme", limit: 50 });
    expect(cards.length).toBeGreaterThan(0);
    expect(cards[0]!.reasons.map((r) => r.code)).toContain("access_todo_more");
  });

  it("leaves banned goods out of a distributor's importable search, and keeps the rest", async () => {
    const db = await getDb();
    const hidden = new Set(await productsNotImportable(id("shenyang-home")));
    const [senbei] = await db
      .select({ id: products.id })
      .from(products)
      .where(eq(products.companyId, id("niigata-senbei")))
      .limit(1);
    const [towel] = await db
      .select({ id: products.id })
      .from(products)
      .where(eq(products.companyId, id("imabari-towel")))
      .limit(1);
    expect(hidden.has(senbei!.id)).toBe(true);
    expect(hidden.has(towel!.id)).toBe(false);
  });
});

describe("product facts", () => {
  it("saves the owner's facts and turns a to-do into a block when the main ingredient is Niigata rice", async () => {
    const db = await getDb();
    const [sweet] = await db
      .select()
      .from(products)
      .where(eq(products.companyId, id("hokkaido-sweets")))
      .limit(1);
    await saveAccessFacts(id("hokkaido-sweets"), { productId: sweet!.id, mainIngredientOrigin: "JP-15", exportGateway: "narita", accessAttributes: [] });
    const checked = await ownProductAccess(id("hokkaido-sweets"), sweet!.id);
    expect(checked!.access.GT.outcome).toBe("block");
  });

  it("finds nothing for another company's product id, and changes nothing", async () => {
    const db = await getDb();
    const [sweet] = await db
      .select()
      .from(products)
      .where(eq(products.companyId, id("hokkaido-sweets")))
      .limit(1);
    await expect(saveAccessFacts(id("imabari-towel"), { productId: sweet!.id, originPrefecture: "JP-15", accessAttributes: [] })).rejects.toThrow();
    const [after] = await db.select().from(products).where(eq(products.id, sweet!.id));
    expect(after!.originPrefecture).toBeNull();
    expect(await ownProductAccess(id("imabari-towel"), sweet!.id)).toBeUndefined();
  });
});

describe("changing a rule", () => {
  const proposal = {
    code: "R05",
    level: "info" as const,
    validFrom: "2011-11-24",
    validTo: undefined,
    evidenceUrl: "https://www.maff.go.jp/j/export/e_shoumei/china_shoumei.html",
    evidenceDate: "2027-01-10",
    reviewDue: undefined,
    note: "radiation certificate agreed",
  };

  it("needs a second admin to approve, publishes a new version, and audits every step", async () => {
    const db = await getDb();
    const chamberAdmin = await insertUser({ role: "chamber_admin" });
    const first = await insertUser({ role: "platform_admin" });
    const second = await insertUser({ role: "platform_admin" });
    const proposed = await proposeRuleChange(chamberAdmin, proposal);
    // Proposing publishes nothing.
    expect((await currentRules(db)).find((r) => r.code === "R05")!.version).toBe(1);
    await expect(decideRuleChange(chamberAdmin, proposed.id, true)).rejects.toThrow(PublicError);
    const own = await proposeRuleChange(first, { ...proposal, note: "mine" });
    await expect(decideRuleChange(first, own.id, true)).rejects.toMatchObject({ key: "access.errors.secondAdmin" });
    await decideRuleChange(first, proposed.id, true);
    const r05 = (await currentRules(db)).find((r) => r.code === "R05")!;
    expect(r05).toMatchObject({ version: 2, level: "info", createdBy: first.id });
    expect(r05.evidence[0]).toEqual({ url: proposal.evidenceUrl, publishedOn: "2027-01-10" });
    // Version 1 is kept as it was.
    const [v1] = await db
      .select()
      .from(accessRules)
      .where(and(eq(accessRules.code, "R05"), eq(accessRules.version, 1)));
    expect(v1!.level).toBe("block");
    await decideRuleChange(second, own.id, false);
    const audit = await db.select().from(auditLog).where(eq(auditLog.entity, "access_rule")).orderBy(auditLog.id);
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["propose", chamberAdmin.id],
      ["propose", first.id],
      ["approve", first.id],
      ["reject", second.id],
    ]);
    // Uji matcha is no longer blocked once the approved version is in force, and every SME is queued.
    const tea = evaluateProduct(
      await currentRules(db),
      { hsCode: "090210", companyRegion: "JP-26", originPrefecture: null, mainIngredientOrigin: null, exportGateway: null, attributes: [], certifications: [] },
      "2026-12-08",
    );
    expect(tea.CBEC.outcome).not.toBe("block");
    const [queued] = await db
      .execute(sql`select count(*)::int as n from match_queue`)
      .then((r) => (Array.isArray(r) ? r : (r as { rows: { n: number }[] }).rows));
    expect(Number((queued as { n: number }).n)).toBeGreaterThan(0);
  });

  it("refuses a proposal whose end date is before its start", async () => {
    const { proposalSchema } = await import("@/lib/access/proposals");
    const parsed = proposalSchema.safeParse({ ...proposal, validFrom: "2026-01-01", validTo: "2025-01-01" });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toBe("access.errors.dates");
  });
});
