import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { bulkInsert, bulkUpdate } from "@/db/bulk";
import { getDb } from "@/db/client";
import { auditLog, companies, products, searchWords } from "@/db/schema";
import { insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";

withTestDatabase();

describe("bulkInsert (rows as one JSON parameter)", () => {
  it("stores every value as drizzle would: jsonb objects, arrays, dates, odd text, and each column's default", async () => {
    const db = await getDb();
    const company = await insertCompany();
    const when = new Date("2026-01-02T03:04:05.678Z");
    const odd = `quote " backslash \\ tab \t newline \n <script>alert(1)</script> 漢字 😀`;
    const returned = await bulkInsert<typeof products, { id: string; ref: string }>(
      db,
      products,
      [
        { companyId: company.id, ref: "a", name: { ja: "急須", en: odd }, keywords: ["tea", "急須"], priceMinJpy: 1200, createdAt: when },
        { companyId: company.id, ref: "b", name: { zh: "茶壶" }, keywords: [], description: null, createdAt: when },
      ],
      { returning: { id: products.id, ref: products.ref } },
    );
    expect(returned.map((r) => r.ref)).toEqual(["a", "b"]);
    const rows = await db.select().from(products).orderBy(asc(products.ref));
    expect(rows.map((r) => r.id)).toEqual(returned.map((r) => r.id));
    expect(rows[0]).toMatchObject({
      name: { ja: "急須", en: odd },
      keywords: ["tea", "急須"],
      priceMinJpy: 1200,
      certifications: [],
      published: true,
      position: 0,
    });
    expect(rows[0]!.createdAt.toISOString()).toBe(when.toISOString());
    expect(rows[1]).toMatchObject({ name: { zh: "茶壶" }, description: null, priceMinJpy: null, keywords: [] });
  });

  it("updates the listed columns of a conflicting row and keeps its id, or leaves it alone when told to do nothing", async () => {
    const db = await getDb();
    const company = await insertCompany();
    const [first] = await bulkInsert<typeof products, { id: string }>(db, products, [{ companyId: company.id, ref: "a", name: { en: "Old" }, moq: 5 }], {
      returning: { id: products.id },
    });
    const conflict = { target: [products.companyId, products.ref], update: [products.name], touch: [products.updatedAt] };
    await bulkInsert(db, products, [{ companyId: company.id, ref: "a", name: { en: "New" }, moq: 9 }], { onConflict: conflict });
    const [row] = await db.select().from(products);
    expect(row).toMatchObject({ id: first!.id, name: { en: "New" }, moq: 5 });

    await bulkInsert(db, searchWords, [{ word: "kettle" }, { word: "teapot" }]);
    await bulkInsert(db, searchWords, [{ word: "kettle" }, { word: "cup" }], { onConflict: { nothing: true } });
    expect((await db.select().from(searchWords).orderBy(asc(searchWords.word))).map((w) => w.word)).toEqual(["cup", "kettle", "teapot"]);
  });

  it("refuses rows that leave out a column whose default only the database knows while others fill it, writing nothing", async () => {
    const db = await getDb();
    const company = await insertCompany();
    await expect(
      bulkInsert(db, auditLog, [
        { entity: "company", action: "import", companyId: company.id, createdAt: new Date() },
        { entity: "company", action: "import", companyId: company.id },
      ]),
    ).rejects.toThrow(/created_at/);
    expect(await db.select().from(auditLog)).toEqual([]);
  });
});

describe("bulkUpdate", () => {
  it("changes only the rows its condition allows, sets $onUpdate columns, and returns the keys it changed", async () => {
    const db = await getDb();
    const imported = await insertCompany({ imported: true, city: "Sanjo" });
    const claimed = await insertCompany({ imported: false, city: "Tsubame" });
    const changed = await bulkUpdate(
      db,
      companies,
      companies.id,
      [
        { id: imported.id, city: "Nagaoka", languages: ["ja", "en"] },
        { id: claimed.id, city: "Niigata", languages: ["zh"] },
      ],
      { where: companies.imported },
    );
    expect(changed).toEqual([imported.id]);
    const [a] = await db.select().from(companies).where(eq(companies.id, imported.id));
    const [b] = await db.select().from(companies).where(eq(companies.id, claimed.id));
    expect(a).toMatchObject({ city: "Nagaoka", languages: ["ja", "en"], name: imported.name, kind: "sme" });
    expect(a!.updatedAt.getTime()).toBeGreaterThan(imported.updatedAt.getTime());
    expect(b).toMatchObject({ city: "Tsubame", languages: [] });
  });
});
