import "server-only";
import { and, asc, eq, gte, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies, showroomApplicationProducts, showroomApplications, showroomOffers } from "@/db/schema";
import { displayToday } from "./dates";
import type { DisplayBadgeData } from "./state";

export type { DisplayBadgeData } from "./state";

/**
 * The current and upcoming displays of the given products: accepted applications to offers of
 * approved distributors whose period has not ended at `at`. A closed offer keeps its accepted
 * displays (closing only stops new applications). Products without one are absent from the map.
 */
export async function displayBadges(productIds: string[], at: Date = new Date()): Promise<Map<string, DisplayBadgeData[]>> {
  const badges = new Map<string, DisplayBadgeData[]>();
  const ids = [...new Set(productIds)];
  if (ids.length === 0) return badges;
  const db = await getDb();
  const rows = await db
    .selectDistinct({
      productId: showroomApplicationProducts.productId,
      offerId: showroomOffers.id,
      place: showroomOffers.place,
      region: showroomOffers.region,
      startsOn: showroomOffers.startsOn,
      endsOn: showroomOffers.endsOn,
      companyName: companies.name,
    })
    .from(showroomApplicationProducts)
    .innerJoin(showroomApplications, eq(showroomApplications.id, showroomApplicationProducts.applicationId))
    .innerJoin(showroomOffers, eq(showroomOffers.id, showroomApplications.offerId))
    .innerJoin(companies, eq(companies.id, showroomOffers.companyId))
    .where(
      and(
        inArray(showroomApplicationProducts.productId, ids),
        eq(showroomApplications.status, "accepted"),
        gte(showroomOffers.endsOn, displayToday(at)),
        eq(companies.status, "approved"),
        isNull(companies.deletedAt),
      ),
    )
    .orderBy(asc(showroomOffers.startsOn), asc(showroomOffers.id));
  for (const row of rows) {
    const list = badges.get(row.productId) ?? [];
    list.push({ place: row.place, region: row.region, startsOn: row.startsOn, endsOn: row.endsOn, companyName: row.companyName });
    badges.set(row.productId, list);
  }
  return badges;
}
