import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies, products, showroomApplicationProducts, showroomApplications, showroomOffers } from "@/db/schema";
import { displayToday } from "./dates";

/** The model case for the demo: Yanbian Dayang's display space in Yanji, Mitsuke knitwear on show. */

function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Idempotent: does nothing unless both demo companies exist and Yanbian Dayang has no offer yet.
 * Dates are relative to `at` so the demo display is always current. Returns whether it created it.
 */
export async function seedShowroomDemo(at: Date = new Date()): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .select({ id: companies.id, ref: companies.ref })
    .from(companies)
    .where(inArray(companies.ref, ["yanbian-dayang", "mitsuke-knit-works"]));
  const dayang = rows.find((r) => r.ref === "yanbian-dayang");
  const knit = rows.find((r) => r.ref === "mitsuke-knit-works");
  if (!dayang || !knit) return false;
  const [existing] = await db.select({ id: showroomOffers.id }).from(showroomOffers).where(eq(showroomOffers.companyId, dayang.id)).limit(1);
  if (existing) return false;
  const today = displayToday(at);
  return db.transaction(async (tx) => {
    const [offer] = await tx
      .insert(showroomOffers)
      .values({
        companyId: dayang.id,
        title: { ja: "延吉・日本商品常設展示スペース", zh: "延吉日本商品常设展示厅", en: "Permanent display of Japanese goods in Yanji" },
        description: {
          zh: "位于延吉市中心商场的日本商品常设展区，面向本地和朝鲜族消费者，展品可通过我司批发网络销售。",
          ja: "延吉市中心部の商業施設にある日本商品の常設展示スペースです。展示品は当社の卸売網で販売できます。",
        },
        place: "延吉",
        region: "CN-JL",
        sizeSqm: 120,
        startsOn: shift(today, -30),
        endsOn: shift(today, 150),
        categories: ["61", "2206"],
      })
      .returning();
    const knitwear = await tx
      .select({ id: products.id })
      .from(products)
      .where(and(eq(products.companyId, knit.id), inArray(products.ref, ["cotton-cardigan", "supima-tee"]), eq(products.published, true)));
    if (knitwear.length === 0) return true;
    const [application] = await tx
      .insert(showroomApplications)
      .values({ offerId: offer!.id, smeId: knit.id, message: "見附のニットを冬のシーズンに展示させてください。", status: "accepted", decidedAt: at })
      .returning();
    await tx.insert(showroomApplicationProducts).values(knitwear.map((p) => ({ applicationId: application!.id, productId: p.id })));
    return true;
  });
}
