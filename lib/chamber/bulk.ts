import "server-only";
// Bulk moderation and the profile nudge, on members of the admin's own scope only.
import { eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { chambers, companies, companyMembers, type User } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import { decideCompany } from "@/lib/moderation/companies";
import { notify } from "@/lib/notifications/notify";
import { nameParam } from "@/lib/notifications/types";
import { membersWithGaps } from "./members";
import { consoleScope } from "./access";

export const BULK_MAX = 200;

/**
 * Approves or rejects (with one reason for all) each company through the one moderation function,
 * so that each decision has its own audit entry and notification as if taken alone. A company
 * outside the admin's chamber or in a state the decision does not apply to is counted as skipped.
 */
export async function bulkDecide(admin: User, ids: string[], decision: "approve" | "reject", reason?: string): Promise<{ done: number; skipped: number }> {
  if (decision === "reject" && !reason?.trim()) throw new PublicError("reasonRequired", "reason");
  if (ids.length === 0) throw new PublicError("chamberConsole.members.errors.noneSelected");
  let done = 0;
  let skipped = 0;
  for (const id of new Set(ids)) {
    try {
      await decideCompany(admin, id, decision, reason);
      done++;
    } catch (error) {
      if (!(error instanceof PublicError) || error.key === "forbidden") throw error;
      skipped++;
    }
  }
  return { done, skipped };
}

/**
 * Notifies the members of each selected company whose profile has gaps, naming what is missing;
 * companies without gaps, or outside the admin's chamber, are left alone. Returns how many
 * companies were nudged.
 */
export async function nudgeMembers(admin: User, ids: string[]): Promise<number> {
  const scope = consoleScope(admin);
  if (ids.length === 0) throw new PublicError("chamberConsole.members.errors.noneSelected");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rows = await membersWithGaps(tx, scope, [...new Set(ids)]);
    if (rows.length === 0) return 0;
    const chamberOf = await tx
      .select({ companyId: companyMembers.companyId, userId: companyMembers.userId, chamberName: chambers.name })
      .from(companyMembers)
      .innerJoin(companies, eq(companies.id, companyMembers.companyId))
      .leftJoin(chambers, eq(chambers.id, companies.chamberId))
      .where(
        inArray(
          companyMembers.companyId,
          rows.map((r) => r.id),
        ),
      );
    for (const row of rows) {
      const people = chamberOf.filter((m) => m.companyId === row.id);
      const yes = (gap: (typeof row.gaps)[number]) => (row.gaps.includes(gap) ? "yes" : "no");
      await notify(tx, {
        type: "profile_nudge",
        userIds: people.map((m) => m.userId),
        payload: {
          chamberName: nameParam(people[0]?.chamberName),
          products: yes("products"),
          images: yes("images"),
          chineseNames: yes("chineseNames"),
          targets: yes("targets"),
        },
      });
    }
    return rows.length;
  });
}
