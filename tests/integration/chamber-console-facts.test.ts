/**
 * The facts the chamber console reads instead of joining members per query (migration 0027): each
 * inquiry side's current chamber, and each company's "has a stored match" flag, kept by triggers
 * whatever writes the rows.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { companies, inquiries, matches, matchProfiles, type Company } from "@/db/schema";
import { chamberNamed, insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";

const { chamberFunnel } = await import("@/lib/chamber/funnel");
const { parsePeriod } = await import("@/lib/chamber/period");

withTestDatabase();

const period = parsePeriod({ from: "2026-01-01", to: "2026-12-31" });

async function openInquiry(sme: Company, distributor: Company) {
  const db = await getDb();
  const [row] = await db
    .insert(inquiries)
    .values({
      smeId: sme.id,
      distributorId: distributor.id,
      chamberId: sme.chamberId,
      openedByCompanyId: sme.id,
      source: "profile",
      subject: "Knitwear",
      createdAt: new Date("2026-06-01T03:00:00Z"),
    })
    .returning();
  return row!;
}

async function currentChambers(id: string) {
  const db = await getDb();
  const [row] = await db
    .select({ sme: inquiries.smeCurrentChamberId, distributor: inquiries.distributorCurrentChamberId })
    .from(inquiries)
    .where(eq(inquiries.id, id));
  return row;
}

async function hasMatch(companyId: string) {
  const db = await getDb();
  const [row] = await db.select({ flag: matchProfiles.hasMatch }).from(matchProfiles).where(eq(matchProfiles.companyId, companyId));
  return row?.flag;
}

describe("chamber console facts", () => {
  it("files a deal under each side's current chamber as companies join, move and are deleted", async () => {
    const db = await getDb();
    const mitsuke = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
    const tsubame = await chamberNamed("Tsubame Chamber of Commerce and Industry");
    const sme = await insertCompany({ kind: "sme", chamberId: mitsuke.id, createdAt: new Date("2025-01-01") });
    const distributor = await insertCompany({ kind: "distributor", createdAt: new Date("2025-01-01") });
    const inquiry = await openInquiry(sme, distributor);
    expect(await currentChambers(inquiry.id)).toEqual({ sme: mitsuke.id, distributor: null });
    expect((await chamberFunnel({ chamberId: mitsuke.id }, period)).contacted).toBe(1);

    // The SME moves to Tsubame: the deal now counts there, and no longer in Mitsuke.
    await db.update(companies).set({ chamberId: tsubame.id }).where(eq(companies.id, sme.id));
    expect(await currentChambers(inquiry.id)).toEqual({ sme: tsubame.id, distributor: null });
    expect((await chamberFunnel({ chamberId: mitsuke.id }, period)).contacted).toBe(0);
    expect((await chamberFunnel({ chamberId: tsubame.id }, period)).contacted).toBe(1);

    // The distributor joins Mitsuke: the deal counts in both chambers, once in all of them.
    await db.update(companies).set({ chamberId: mitsuke.id }).where(eq(companies.id, distributor.id));
    expect(await currentChambers(inquiry.id)).toEqual({ sme: tsubame.id, distributor: mitsuke.id });
    expect((await chamberFunnel({ chamberId: mitsuke.id }, period)).contacted).toBe(1);
    expect((await chamberFunnel({ chamberId: null }, period)).contacted).toBe(2);

    // A deleted company is no one's member; a write naming other values is corrected.
    await db.update(companies).set({ deletedAt: new Date() }).where(eq(companies.id, sme.id));
    await db.update(inquiries).set({ smeCurrentChamberId: mitsuke.id }).where(eq(inquiries.id, inquiry.id));
    expect(await currentChambers(inquiry.id)).toEqual({ sme: null, distributor: mitsuke.id });
    expect((await chamberFunnel({ chamberId: tsubame.id }, period)).contacted).toBe(0);
  });

  it("flags a company as matched while it has a stored match, whichever was written first", async () => {
    const db = await getDb();
    const mitsuke = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
    const sme = await insertCompany({ kind: "sme", chamberId: mitsuke.id, createdAt: new Date("2025-01-01") });
    const [d1, d2] = [await insertCompany({ kind: "distributor" }), await insertCompany({ kind: "distributor" })];
    await db.insert(matchProfiles).values([sme, d1!].map((c) => ({ companyId: c.id, kind: c.kind, features: {} })));
    expect(await hasMatch(sme.id)).toBe(false);
    expect((await chamberFunnel({ chamberId: mitsuke.id }, period)).matched).toBe(0);

    await db.insert(matches).values([
      { smeId: sme.id, distributorId: d1!.id, score: 0.8, reasons: [] },
      { smeId: sme.id, distributorId: d2!.id, score: 0.6, reasons: [] },
    ]);
    expect([await hasMatch(sme.id), await hasMatch(d1!.id)]).toEqual([true, true]);
    // A profile written after its pairs reads them.
    await db.insert(matchProfiles).values({ companyId: d2!.id, kind: "distributor", features: {} });
    expect(await hasMatch(d2!.id)).toBe(true);
    expect((await chamberFunnel({ chamberId: mitsuke.id }, period)).matched).toBe(1);

    // One pair goes: the SME still has the other; then the last goes too.
    await db.delete(matches).where(eq(matches.distributorId, d1!.id));
    expect([await hasMatch(sme.id), await hasMatch(d1!.id), await hasMatch(d2!.id)]).toEqual([true, false, true]);
    await db.delete(matches).where(eq(matches.smeId, sme.id));
    expect([await hasMatch(sme.id), await hasMatch(d2!.id)]).toEqual([false, false]);
    expect((await chamberFunnel({ chamberId: mitsuke.id }, period)).matched).toBe(0);
  });
});
