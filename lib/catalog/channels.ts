import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies, salesChannels, type SalesChannel } from "@/db/schema";
import type { ChannelInput, DistributorProfileInput } from "./company-schemas";
import { CatalogError } from "./errors";
import { hsCodeExists } from "@/lib/hs/codes";
import { localized } from "./fields";
import { companyChanged } from "@/lib/companies/changed";

function channelValues(input: ChannelInput) {
  const description = localized(input.descriptionJa, input.descriptionZh, input.descriptionEn);
  return { type: input.type, regions: input.regions, outlets: input.outlets ?? null, description: Object.keys(description).length ? description : null };
}

const own = (companyId: string, channelId: string) => and(eq(salesChannels.companyId, companyId), eq(salesChannels.id, channelId));

export async function listChannels(companyId: string): Promise<SalesChannel[]> {
  const db = await getDb();
  return db.select().from(salesChannels).where(eq(salesChannels.companyId, companyId)).orderBy(asc(salesChannels.position), asc(salesChannels.createdAt));
}

export async function createChannel(companyId: string, input: ChannelInput): Promise<SalesChannel> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(salesChannels)
      .values({ companyId, ...channelValues(input) })
      .returning();
    await companyChanged(tx, companyId);
    return row!;
  });
}

export async function updateChannel(companyId: string, channelId: string, input: ChannelInput): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx.update(salesChannels).set(channelValues(input)).where(own(companyId, channelId)).returning({ id: salesChannels.id });
    if (!row) throw new CatalogError("channelNotFound");
    await companyChanged(tx, companyId);
  });
}

export async function deleteChannel(companyId: string, channelId: string): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(salesChannels).where(own(companyId, channelId)).returning({ id: salesChannels.id });
    if (!row) throw new CatalogError("channelNotFound");
    await companyChanged(tx, companyId);
  });
}

/** The HS categories a distributor handles and its minimum first order, kept on the company. */
export async function updateDistributorProfile(companyId: string, input: DistributorProfileInput): Promise<void> {
  const unknown = input.hsCodes.filter((code) => !/^\d{2}(\d{2})?$/.test(code) || !hsCodeExists(code));
  if (unknown.length) throw new CatalogError("hsCategories", "hsCodes", { codes: unknown.join(", ") });
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .update(companies)
      .set({ hsCodes: [...new Set(input.hsCodes)], minOrderJpy: input.minOrderJpy ?? null })
      .where(and(eq(companies.id, companyId), eq(companies.kind, "distributor")));
    await companyChanged(tx, companyId);
  });
}
