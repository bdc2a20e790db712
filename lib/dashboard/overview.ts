import "server-only";
// What the dashboard (where signing in lands) shows: the few numbers that say what to do next,
// each counted within what the user may see.
import { and, count, eq, isNull, notInArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  companies,
  inquiries,
  listingReports,
  products,
  salesChannels,
  showroomApplications,
  showroomOffers,
  sourcingNeeds,
  type Company,
  type User,
} from "@/db/schema";
import { getMembership } from "@/lib/companies/access";
import { dealScope } from "@/lib/inquiries/stats";
import { unreadCount } from "@/lib/inquiries/unread";
import { listMatches, type MatchCard } from "@/lib/matching/read";
import { moderatedCompanies } from "@/lib/moderation/access";

/** A step the company has not taken yet, in the order a newcomer should take them. */
export type NextStep = "createCompany" | "addProducts" | "setTargets" | "addChannels" | "addNeeds";

export type MemberOverview = {
  kind: "member";
  company: Company | null;
  steps: NextStep[];
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
  if (!membership) return { kind: "member", company: null, steps: ["createCompany"], topMatches: [], unreadMessages, pendingApplications: 0 };
  const { company } = membership;
  const db = await getDb();
  const mine = company.id;
  const [topMatches, pendingApplications, steps] = await Promise.all([
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
    company.kind === "sme" ? smeSteps(company) : distributorSteps(company),
  ]);
  return { kind: "member", company, steps, topMatches, unreadMessages, pendingApplications };
}

async function smeSteps(company: Company): Promise<NextStep[]> {
  const db = await getDb();
  const listed = await countOf(db.select({ n: count() }).from(products).where(eq(products.companyId, company.id)));
  const steps: NextStep[] = [];
  if (listed === 0) steps.push("addProducts");
  if (company.targetChannels.length === 0 || company.targetRegions.length === 0) steps.push("setTargets");
  return steps;
}

async function distributorSteps(company: Company): Promise<NextStep[]> {
  const db = await getDb();
  const [channels, needs] = await Promise.all([
    countOf(db.select({ n: count() }).from(salesChannels).where(eq(salesChannels.companyId, company.id))),
    countOf(db.select({ n: count() }).from(sourcingNeeds).where(eq(sourcingNeeds.companyId, company.id))),
  ]);
  const steps: NextStep[] = [];
  if (channels === 0) steps.push("addChannels");
  if (needs === 0) steps.push("addNeeds");
  return steps;
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
