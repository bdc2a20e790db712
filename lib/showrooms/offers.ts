import "server-only";
import { and, asc, desc, eq, gte, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies, salesChannels, showroomOffers, type Company, type ShowroomOffer, type User } from "@/db/schema";
import type { Localized } from "@/db/schema/localized";
import { isAdmin } from "@/lib/auth/assert";
import { getMembership } from "@/lib/companies/access";
import { PublicError } from "@/lib/errors";
import { blockedBetween } from "@/lib/inquiries/blocks";
import { displayToday } from "./dates";
import type { OfferInput } from "./schemas";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function localized(ja?: string, zh?: string, en?: string): Localized | null {
  const out: Localized = {};
  if (ja) out.ja = ja;
  if (zh) out.zh = zh;
  if (en) out.en = en;
  return Object.keys(out).length ? out : null;
}

/** Publishing needs a showroom among the distributor's sales channels: the space it offers. */
export async function hasShowroomChannel(companyId: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ id: salesChannels.id })
    .from(salesChannels)
    .where(and(eq(salesChannels.companyId, companyId), eq(salesChannels.type, "showroom")))
    .limit(1);
  return Boolean(row);
}

export async function createOffer(companyId: string, input: OfferInput): Promise<ShowroomOffer> {
  if (!(await hasShowroomChannel(companyId))) throw new PublicError("showrooms.errors.noShowroomChannel");
  const db = await getDb();
  const [row] = await db
    .insert(showroomOffers)
    .values({
      companyId,
      title: localized(input.titleJa, input.titleZh, input.titleEn)!,
      description: localized(input.descriptionJa, input.descriptionZh, input.descriptionEn),
      place: input.place,
      region: input.region,
      sizeSqm: input.sizeSqm ?? null,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      feeJpy: input.feeJpy ?? null,
      categories: input.categories,
    })
    .returning();
  return row!;
}

/** Stops new applications; displays already accepted stay until the period ends. */
export async function closeOffer(companyId: string, offerId: string): Promise<void> {
  const db = await getDb();
  const [row] = await db
    .update(showroomOffers)
    .set({ status: "closed" })
    .where(and(eq(showroomOffers.id, offerId), eq(showroomOffers.companyId, companyId), eq(showroomOffers.status, "open")))
    .returning({ id: showroomOffers.id });
  if (!row) throw new PublicError("showrooms.errors.offerNotFound");
}

export type OfferWithCompany = { offer: ShowroomOffer; company: Pick<Company, "id" | "name" | "region"> };

const companyColumns = { id: companies.id, name: companies.name, region: companies.region };

/** Open offers whose period has not ended, of approved distributors: what SMEs and admins browse. */
export async function listOpenOffers(at: Date = new Date()): Promise<OfferWithCompany[]> {
  const db = await getDb();
  return db
    .select({ offer: showroomOffers, company: companyColumns })
    .from(showroomOffers)
    .innerJoin(companies, eq(companies.id, showroomOffers.companyId))
    .where(
      and(
        eq(showroomOffers.status, "open"),
        gte(showroomOffers.endsOn, displayToday(at)),
        eq(companies.status, "approved"),
        eq(companies.kind, "distributor"),
        isNull(companies.deletedAt),
      ),
    )
    .orderBy(asc(showroomOffers.startsOn), asc(showroomOffers.id))
    .limit(200);
}

/** A distributor's own offers in any state, newest first. */
export async function listOwnOffers(companyId: string): Promise<ShowroomOffer[]> {
  const db = await getDb();
  return db.select().from(showroomOffers).where(eq(showroomOffers.companyId, companyId)).orderBy(desc(showroomOffers.createdAt));
}

/** `contactEnded`: the viewer's company and the offer's have blocked one another, so it cannot apply. */
export type OfferView = OfferWithCompany & { isOwn: boolean; contactEnded: boolean };

/**
 * An offer as `viewer` may see it: the owning distributor always; SMEs and admins when its
 * distributor is approved; nobody else. A hidden offer and a missing one look the same. As with
 * a company profile, a block does not hide the offer; it ends applying to it.
 */
export async function getOfferForViewer(viewer: User, offerId: string): Promise<OfferView | undefined> {
  if (!uuidPattern.test(offerId)) return undefined;
  const db = await getDb();
  const [row] = await db
    .select({ offer: showroomOffers, company: { ...companyColumns, status: companies.status } })
    .from(showroomOffers)
    .innerJoin(companies, eq(companies.id, showroomOffers.companyId))
    .where(and(eq(showroomOffers.id, offerId), isNull(companies.deletedAt)))
    .limit(1);
  if (!row) return undefined;
  const { status, ...company } = row.company;
  const membership = await getMembership(viewer.id);
  if (membership?.company.id === company.id) return { offer: row.offer, company, isOwn: true, contactEnded: false };
  const reader = viewer.role === "sme" || isAdmin(viewer);
  if (!reader || status !== "approved") return undefined;
  const contactEnded = membership ? await blockedBetween(db, membership.company.id, company.id) : false;
  return { offer: row.offer, company, isOwn: false, contactEnded };
}
