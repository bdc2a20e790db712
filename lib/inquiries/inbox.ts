import "server-only";
import { and, count, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { companies, companyBlocks, inquiries, type DealStage, type User } from "@/db/schema";
import { readableScope, viewerOf } from "./access";
import { unreadColumn } from "./unread";

const sme = alias(companies, "sme");
const distributor = alias(companies, "distributor");

export type InboxRow = {
  id: string;
  subject: string;
  stage: DealStage;
  lastMessageAt: Date;
  smeId: string;
  smeName: (typeof companies.$inferSelect)["name"];
  distributorId: string;
  distributorName: (typeof companies.$inferSelect)["name"];
  unread: number;
  contactEnded: boolean;
};

export const INBOX_PAGE_SIZE = 30;

/**
 * The threads a user may read, newest activity first: their company's, their chamber's (chamber
 * admins) or all (platform admins), optionally of one stage.
 */
export async function listThreads(user: User, options: { page?: number; stage?: DealStage } = {}): Promise<{ rows: InboxRow[]; total: number }> {
  const scope = readableScope(await viewerOf(user));
  if (!scope) return { rows: [], total: 0 };
  const where = and(scope, options.stage ? eq(inquiries.stage, options.stage) : undefined);
  const db = await getDb();
  const contactEnded = sql<boolean>`exists (
    select 1 from ${companyBlocks}
    where (${companyBlocks.blockerId} = ${inquiries.smeId} and ${companyBlocks.blockedId} = ${inquiries.distributorId})
       or (${companyBlocks.blockerId} = ${inquiries.distributorId} and ${companyBlocks.blockedId} = ${inquiries.smeId}))`;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: inquiries.id,
        subject: inquiries.subject,
        stage: inquiries.stage,
        lastMessageAt: inquiries.lastMessageAt,
        smeId: inquiries.smeId,
        smeName: sme.name,
        distributorId: inquiries.distributorId,
        distributorName: distributor.name,
        unread: unreadColumn(user.id),
        contactEnded,
      })
      .from(inquiries)
      .innerJoin(sme, eq(sme.id, inquiries.smeId))
      .innerJoin(distributor, eq(distributor.id, inquiries.distributorId))
      .where(where)
      .orderBy(desc(inquiries.lastMessageAt), desc(inquiries.id))
      .limit(INBOX_PAGE_SIZE)
      .offset(Math.max(0, options.page ?? 0) * INBOX_PAGE_SIZE),
    db.select({ n: count() }).from(inquiries).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}
