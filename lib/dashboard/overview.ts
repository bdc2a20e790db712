import "server-only";
// What the dashboard (where signing in lands) shows: the few numbers that say what to do next,
// each counted within what the user may see.
import { and, count, eq, isNull, notInArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies, inquiries, listingReports, salesChannels, showroomApplications, showroomOffers, sourcingNeeds, type Company, type User } from "@/db/schema";
import { getMembership } from "@/lib/companies/access";
import { companyGaps } from "@/lib/companies/completeness";
import { companySideOf } from "@/lib/companies/onboarding";
import { dealScope } from "@/lib/inquiries/stats";
import { unreadCount } from "@/lib/inquiries/unread";
import { listMatches, type MatchCard } from "@/lib/matching/read";
import { moderatedCompanies } from "@/lib/moderation/access";

/** A step of a company's onboarding checklist, in the order a newcomer should take them. */
export type ChecklistStep = "createCompany" | "addProducts" | "addImages" | "chineseNames" | "setTargets" | "addChannels" | "addNeeds";

/** `where` says which form mends a step that has more than one (Chinese names: the company's or its products'). */
export type ChecklistItem = { step: ChecklistStep; done: boolean; where?: "company" | "products" };

export type MemberOverview = {
  kind: "member";
  company: Company | null;
  /** Every step for the company's kind, done or not; empty once the company has taken them all. */
  checklist: ChecklistItem[];
  topMatches: MatchCard[];
  unreadMessages: number;
  /** SME: its applications awaiting an answer; distributor: applications it has to answer. */
  pendingApplications: number;
};

export type AdminOverview = { kind: "admin"; pendingCompanies: number; openReports: number; dealsInProgress: number; unreadMessages: number };

/** A deal that has neither been signed nor closed is still in progress. */
const endedStages = ["signed", "closed"] as const;

async function countOf(query: Promise<{ n: number }[]>): Promise<number> {
  const [row] = await query;
  return Number(row?.n ?? 0);
}

async function memberOverview(user: User): Promise<MemberOverview> {
  const membership = await getMembership(user.id);
  const unreadMessages = await unreadCount(user);
  if (!membership) {
    const { kind } = companySideOf(user);
    const checklist = (kind === "sme" ? smeSteps : distributorSteps).map((step) => ({ step, done: false }));
    return { kind: "member", company: null, checklist, topMatches: [], unreadMessages, pendingApplications: 0 };
  }
  const { company } = membership;
  const db = await getDb();
  const mine = company.id;
  const [topMatches, pendingApplications, checklist] = await Promise.all([
    company.status === "approved" ? listMatches({ companyId: mine, kind: company.kind, limit: 3 }) : Promise.resolve([]),
    company.kind === "sme"
      ? countOf(
          db
            .select({ n: count() })
            .from(showroomApplications)
            .where(and(eq(showroomApplications.smeId, mine), eq(showroomApplications.status, "pending"))),
        )
      : countOf(
          db
            .select({ n: count() })
            .from(showroomApplications)
            .innerJoin(showroomOffers, eq(showroomOffers.id, showroomApplications.offerId))
            .where(and(eq(showroomOffers.companyId, mine), eq(showroomApplications.status, "pending"))),
        ),
    checklistOf(company),
  ]);
  return { kind: "member", company, checklist, topMatches, unreadMessages, pendingApplications };
}

const smeSteps: ChecklistStep[] = ["createCompany", "addProducts", "addImages", "chineseNames", "setTargets"];
const distributorSteps: ChecklistStep[] = ["createCompany", "addChannels", "chineseNames", "addNeeds"];

/**
 * The company's checklist, from the same gaps the chamber's member table shows
 * (lib/companies/completeness.ts). An SME's targets are done when it names both channels and
 * regions, since matching weighs each; a distributor's step is its channels, and its needs.
 */
async function checklistOf(company: Company): Promise<ChecklistItem[]> {
  const db = await getDb();
  const [{ gaps, companyChineseName }, channels, needs] = await Promise.all([
    companyGaps(db, company.id),
    company.kind === "distributor" ? countOf(db.select({ n: count() }).from(salesChannels).where(eq(salesChannels.companyId, company.id))) : 0,
    company.kind === "distributor" ? countOf(db.select({ n: count() }).from(sourcingNeeds).where(eq(sourcingNeeds.companyId, company.id))) : 0,
  ]);
  const done: Record<ChecklistStep, boolean> = {
    createCompany: true,
    addProducts: !gaps.includes("products"),
    addImages: !gaps.includes("images"),
    chineseNames: !gaps.includes("chineseNames"),
    setTargets: company.targetChannels.length > 0 && company.targetRegions.length > 0,
    addChannels: channels > 0,
    addNeeds: needs > 0,
  };
  const items = (company.kind === "sme" ? smeSteps : distributorSteps).map((step): ChecklistItem =>
    step === "chineseNames" ? { step, done: done[step], where: companyChineseName ? "company" : "products" } : { step, done: done[step] },
  );
  return items.every((item) => item.done) ? [] : items;
}

async function adminOverview(admin: User): Promise<AdminOverview> {
  const db = await getDb();
  const scope = moderatedCompanies(admin);
  const [pendingCompanies, openReports, dealsInProgress, unreadMessages] = await Promise.all([
    countOf(
      db
        .select({ n: count() })
        .from(companies)
        .where(and(eq(companies.status, "pending"), isNull(companies.deletedAt), scope)),
    ),
    countOf(
      db
        .select({ n: count() })
        .from(listingReports)
        .innerJoin(companies, eq(companies.id, listingReports.companyId))
        .where(and(eq(listingReports.status, "open"), scope)),
    ),
    countOf(
      db
        .select({ n: count() })
        .from(inquiries)
        .where(and(dealScope(admin), notInArray(inquiries.stage, [...endedStages]))),
    ),
    unreadCount(admin),
  ]);
  return { kind: "admin", pendingCompanies, openReports, dealsInProgress, unreadMessages };
}

/** The dashboard's content for this user. */
export async function dashboardOverview(user: User): Promise<MemberOverview | AdminOverview> {
  return user.role === "chamber_admin" || user.role === "platform_admin" ? adminOverview(user) : memberOverview(user);
}
