import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies, products, showroomApplicationProducts, showroomApplications, showroomOffers, type Company, type ShowroomApplication } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import { blockedBetween } from "@/lib/inquiries/blocks";
import { notify } from "@/lib/notifications/notify";
import { nameParam } from "@/lib/notifications/types";
import { isUniqueViolation, memberIds } from "./access";
import { displayToday } from "./dates";
import type { ApplyInput, DecisionInput } from "./schemas";

/**
 * An SME applies to an open offer with some of its own published products. The offer must be
 * visible (approved distributor), open and not ended, and neither company may have blocked the
 * other; the products must all be the SME's; at most one application of the SME may wait per offer. The distributor's members are notified in
 * the same transaction, with the offer's title and the SME's name in every language they have, so
 * each member reads them in their own.
 */
export async function applyToOffer(sme: Pick<Company, "id" | "name">, userId: string, input: ApplyInput, at: Date = new Date()): Promise<ShowroomApplication> {
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [offer] = await tx
        .select({
          id: showroomOffers.id,
          companyId: showroomOffers.companyId,
          status: showroomOffers.status,
          endsOn: showroomOffers.endsOn,
          place: showroomOffers.place,
          title: showroomOffers.title,
        })
        .from(showroomOffers)
        .innerJoin(companies, eq(companies.id, showroomOffers.companyId))
        .where(and(eq(showroomOffers.id, input.offerId), eq(companies.status, "approved"), isNull(companies.deletedAt)))
        .limit(1);
      if (!offer) throw new PublicError("showrooms.errors.offerNotFound");
      // An application notifies the distributor and carries a message: contact, which a block ends.
      if (await blockedBetween(tx, sme.id, offer.companyId)) throw new PublicError("showrooms.errors.contactEnded");
      if (offer.status !== "open" || offer.endsOn < displayToday(at)) throw new PublicError("showrooms.errors.offerClosed");

      const wanted = [...new Set(input.productIds)];
      const own = await tx
        .select({ id: products.id })
        .from(products)
        .where(and(inArray(products.id, wanted), eq(products.companyId, sme.id), eq(products.published, true)));
      if (own.length !== wanted.length) throw new PublicError("showrooms.errors.productsNotYours", "productIds");

      const [pending] = await tx
        .select({ id: showroomApplications.id })
        .from(showroomApplications)
        .where(and(eq(showroomApplications.offerId, offer.id), eq(showroomApplications.smeId, sme.id), eq(showroomApplications.status, "pending")))
        .limit(1);
      if (pending) throw new PublicError("showrooms.errors.alreadyPending");

      const [application] = await tx
        .insert(showroomApplications)
        .values({ offerId: offer.id, smeId: sme.id, appliedBy: userId, message: input.message ?? null })
        .returning();
      await tx.insert(showroomApplicationProducts).values(wanted.map((productId) => ({ applicationId: application!.id, productId })));
      await notify(tx, {
        type: "showroom_application",
        userIds: await memberIds(tx, offer.companyId),
        payload: {
          offerId: offer.id,
          applicationId: application!.id,
          title: nameParam(offer.title),
          place: offer.place,
          companyName: nameParam(sme.name),
          productCount: wanted.length,
          path: `/showrooms/${offer.id}`,
        },
      });
      return application!;
    });
  } catch (error) {
    // Two members applying at the same instant: the partial unique index refuses the second.
    if (isUniqueViolation(error)) throw new PublicError("showrooms.errors.alreadyPending");
    throw error;
  }
}

/**
 * The distributor accepts or declines a pending application to one of its own offers (from an
 * SME still approved, and while neither company has blocked the other); the SME's members are
 * notified in the same transaction, each reading the names in their own language.
 */
export async function decideApplication(distributor: Pick<Company, "id" | "name">, input: DecisionInput): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const ownOffers = tx.select({ id: showroomOffers.id }).from(showroomOffers).where(eq(showroomOffers.companyId, distributor.id));
    const approvedSmes = tx
      .select({ id: companies.id })
      .from(companies)
      .where(and(eq(companies.status, "approved"), isNull(companies.deletedAt)));
    // Locked: a withdrawal or another decision of the same application waits for this one.
    const [pending] = await tx
      .select({ id: showroomApplications.id, smeId: showroomApplications.smeId })
      .from(showroomApplications)
      .where(
        and(
          eq(showroomApplications.id, input.applicationId),
          eq(showroomApplications.status, "pending"),
          inArray(showroomApplications.offerId, ownOffers),
          inArray(showroomApplications.smeId, approvedSmes),
        ),
      )
      .for("update")
      .limit(1);
    if (!pending) throw new PublicError("showrooms.errors.applicationNotFound");
    if (await blockedBetween(tx, pending.smeId, distributor.id)) throw new PublicError("showrooms.errors.contactEnded");
    const [row] = await tx
      .update(showroomApplications)
      .set({ status: input.decision, decidedAt: new Date() })
      .where(eq(showroomApplications.id, pending.id))
      .returning();
    const decided = row!;
    const [offer] = await tx
      .select({ place: showroomOffers.place, title: showroomOffers.title })
      .from(showroomOffers)
      .where(eq(showroomOffers.id, decided.offerId));
    await notify(tx, {
      type: "showroom_decision",
      userIds: await memberIds(tx, decided.smeId),
      payload: {
        offerId: decided.offerId,
        applicationId: decided.id,
        title: nameParam(offer?.title),
        decision: input.decision,
        place: offer?.place ?? "",
        companyName: nameParam(distributor.name),
        path: `/showrooms/${decided.offerId}`,
      },
    });
  });
}

/** The SME takes back its own application while it waits; the distributor sees it withdrawn. */
export async function withdrawApplication(smeId: string, applicationId: string): Promise<void> {
  const db = await getDb();
  const [row] = await db
    .update(showroomApplications)
    .set({ status: "withdrawn", decidedAt: new Date() })
    .where(and(eq(showroomApplications.id, applicationId), eq(showroomApplications.smeId, smeId), eq(showroomApplications.status, "pending")))
    .returning({ id: showroomApplications.id });
  if (!row) throw new PublicError("showrooms.errors.applicationNotYours");
}
