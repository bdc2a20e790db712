import { getDb } from "@/db/client";
import { companies, companyMembers, products, type Company, type NewCompany, type NewProduct, type User } from "@/db/schema";
import { findOrCreateChamber } from "@/lib/chambers/chambers";
import { reindexCompany } from "@/lib/search";

/** Inserts a company (approved SME in Niigata unless told otherwise), with `owner` as its owner. */
export async function insertCompany(overrides: Partial<NewCompany> = {}, owner?: User): Promise<Company> {
  const db = await getDb();
  const kind = overrides.kind ?? "sme";
  const [company] = await db
    .insert(companies)
    .values({
      ref: `c-${crypto.randomUUID().slice(0, 8)}`,
      kind,
      name: { ja: "テスト株式会社", en: "Test Co." },
      country: kind === "sme" ? "JP" : "CN",
      region: kind === "sme" ? "JP-15" : "CN-JL",
      status: "approved",
      ...overrides,
    })
    .returning();
  if (owner) await db.insert(companyMembers).values({ companyId: company!.id, userId: owner.id, role: "owner" });
  return company!;
}

export async function chamberNamed(name: string) {
  return findOrCreateChamber(name);
}

/** An SME (see insertCompany) with these products (refs p0, p1, ...), indexed for search. */
export async function insertSupplier(overrides: Partial<NewCompany> = {}, items: Omit<NewProduct, "companyId" | "ref">[] = []): Promise<Company> {
  const db = await getDb();
  const company = await insertCompany({ kind: "sme", ...overrides });
  for (const [i, item] of items.entries()) await db.insert(products).values({ companyId: company.id, ref: `p${i}`, ...item });
  await reindexCompany(db, company.id);
  return company;
}
