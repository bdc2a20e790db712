import "server-only";
import { and, asc, count, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { chambers, companies, type Company, type User } from "@/db/schema";
import { isAdmin } from "@/lib/auth/assert";
import { getMembership } from "./access";

/** The kind of company a user looks for: the other side of the sea. */
export function otherSide(user: Pick<User, "role">): "sme" | "distributor" | undefined {
  if (user.role === "sme") return "distributor";
  if (user.role === "distributor") return "sme";
  return undefined;
}

export type CompanyProfile = { company: Company; chamberName: Company["name"] | null; isOwn: boolean };

/**
 * A company profile as `viewer` may see it: their own in any state; others only when approved
 * and of the other side (admins: any approved company, and pending ones of their chamber).
 */
export async function getCompanyProfile(viewer: User, companyId: string): Promise<CompanyProfile | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(companyId)) return undefined;
  const db = await getDb();
  const [row] = await db
    .select({ company: companies, chamberName: chambers.name })
    .from(companies)
    .leftJoin(chambers, eq(chambers.id, companies.chamberId))
    .where(and(eq(companies.id, companyId), isNull(companies.deletedAt)))
    .limit(1);
  if (!row) return undefined;
  const membership = await getMembership(viewer.id);
  if (membership?.company.id === companyId) return { ...row, isOwn: true };
  const { company } = row;
  const visible =
    viewer.role === "platform_admin"
      ? true
      : viewer.role === "chamber_admin"
        ? company.status === "approved" || company.chamberId === viewer.chamberId
        : company.status === "approved" && company.kind === otherSide(viewer);
  return visible ? { ...row, isOwn: false } : undefined;
}

/** Approved companies of the other side (all approved ones for admins), for browsing. */
export async function listVisibleCompanies(viewer: User, page = 0, pageSize = 24) {
  const kind = otherSide(viewer);
  if (!kind && !isAdmin(viewer)) return { rows: [], total: 0 };
  const db = await getDb();
  const scope = and(eq(companies.status, "approved"), isNull(companies.deletedAt), kind ? eq(companies.kind, kind) : undefined);
  const [rows, [total]] = await Promise.all([
    db
      .select({ company: companies, chamberName: chambers.name })
      .from(companies)
      .leftJoin(chambers, eq(chambers.id, companies.chamberId))
      .where(scope)
      .orderBy(asc(companies.createdAt), asc(companies.id))
      .limit(pageSize)
      .offset(page * pageSize),
    db.select({ n: count() }).from(companies).where(scope),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function listChambers() {
  const db = await getDb();
  return db.select().from(chambers).orderBy(asc(chambers.key));
}
