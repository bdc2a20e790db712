import "server-only";
import { and, eq, or, type SQL } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { companies, inquiries, type Company, type Inquiry, type User } from "@/db/schema";
import { getMembership } from "@/lib/companies/access";
import { PublicError } from "@/lib/errors";
import { blockedBetween } from "./blocks";

/** Who is looking, resolved once before any transaction: the user and their company, if any. */
export type ViewerUser = Pick<User, "id" | "role" | "chamberId">;
export type Viewer = { user: ViewerUser; company?: Company };

export async function viewerOf(user: ViewerUser): Promise<Viewer> {
  const membership = await getMembership(user.id);
  return { user, company: membership?.company };
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => uuid.test(value);

/**
 * The inquiries a viewer may read, as a WHERE clause: their company's threads, their chamber's
 * (chamber admins), every thread (platform admins). Undefined: none at all.
 */
export function readableScope({ user, company }: Viewer): SQL | undefined {
  if (user.role === "platform_admin") return eq(inquiries.id, inquiries.id);
  if (user.role === "chamber_admin") return user.chamberId ? eq(inquiries.chamberId, user.chamberId) : undefined;
  if (!company) return undefined;
  return or(eq(inquiries.smeId, company.id), eq(inquiries.distributorId, company.id));
}

/** How the viewer takes part in a thread: one of its companies, its coordinator, or an observer. */
export type ThreadRole = "sme" | "distributor" | "chamber" | "platform";

export type ReadableThread = { inquiry: Inquiry; role: ThreadRole };

function roleIn(viewer: Viewer, inquiry: Inquiry): ThreadRole {
  if (viewer.company?.id === inquiry.smeId) return "sme";
  if (viewer.company?.id === inquiry.distributorId) return "distributor";
  return viewer.user.role === "chamber_admin" ? "chamber" : "platform";
}

/** A thread the viewer may read, or undefined: a forged id and someone else's thread look the same. */
export async function findReadable(
  viewer: Viewer,
  inquiryId: string,
  executor?: Executor,
  options: { lock?: boolean } = {},
): Promise<ReadableThread | undefined> {
  const scope = readableScope(viewer);
  if (!scope || !isUuid(inquiryId)) return undefined;
  const db = executor ?? (await getDb());
  const query = db
    .select()
    .from(inquiries)
    .where(and(eq(inquiries.id, inquiryId), scope))
    .limit(1);
  const [inquiry] = options.lock ? await query.for("update") : await query;
  return inquiry ? { inquiry, role: roleIn(viewer, inquiry) } : undefined;
}

export type WritableThread = ReadableThread & { role: "sme" | "distributor" | "chamber"; sme: Company; distributor: Company };

/**
 * A thread the viewer may write to: a member of one of its companies (not suspended) or its
 * chamber's coordinator (unless `companiesOnly`), while both companies are live and neither has
 * blocked the other. Platform admins only read.
 */
export async function requireWritable(
  viewer: Viewer,
  inquiryId: string,
  tx: Executor,
  options: { companiesOnly?: boolean; lock?: boolean } = {},
): Promise<WritableThread> {
  const thread = await findReadable(viewer, inquiryId, tx, { lock: options.lock });
  if (!thread) throw new PublicError("notFound");
  const { role, inquiry } = thread;
  if (role === "platform") throw new PublicError("forbidden");
  if (role === "chamber" && options.companiesOnly) throw new PublicError("forbidden");
  if (role !== "chamber" && viewer.company?.status === "suspended") throw new PublicError("companySuspended");
  const rows = await tx
    .select()
    .from(companies)
    .where(or(eq(companies.id, inquiry.smeId), eq(companies.id, inquiry.distributorId)));
  const sme = rows.find((c) => c.id === inquiry.smeId);
  const distributor = rows.find((c) => c.id === inquiry.distributorId);
  if (!sme || !distributor) throw new PublicError("notFound");
  if (await blockedBetween(tx, sme.id, distributor.id)) throw new PublicError("inquiries.errors.contactEnded");
  const gone = (c: Company) => c.deletedAt !== null || c.status === "suspended" || c.status === "rejected";
  if (gone(sme) || gone(distributor)) throw new PublicError("inquiries.errors.counterpartUnavailable");
  return { inquiry, role, sme, distributor };
}
