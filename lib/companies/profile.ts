import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { assertEmailVerified } from "@/lib/accounts/verification";
import { companies, type Company, type User } from "@/db/schema";
import { requireOwnCompany } from "./access";
import { companyChanged } from "./changed";
import { checkProfile, profileValues } from "./onboarding";
import type { CompanyFormInput } from "./schemas";

/** Fields whose change needs an admin's look again before others see the company. */
const materialFields = ["name", "description", "region", "city", "website", "registryNumber", "chamberId"] as const;

/** A value as text with object keys in one order: jsonb reads a name back as {en, ja, zh}, the form builds {ja, zh, en}. */
function canonical(value: unknown): string {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

function isMaterialChange(before: Company, after: ReturnType<typeof profileValues>): boolean {
  return materialFields.some((field) => canonical(before[field]) !== canonical(after[field]));
}

/**
 * Saves the member's own company. A material edit of an approved company, or any edit of a
 * rejected one (the resubmission), puts it back in the moderation queue.
 */
export async function updateOwnCompany(user: User, input: CompanyFormInput): Promise<Company> {
  const { company } = await requireOwnCompany(user);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const country = company.country as "JP" | "CN";
    await checkProfile(input, country, tx);
    const values = profileValues(input, country);
    const resubmit = company.status === "rejected" || (company.status === "approved" && isMaterialChange(company, values));
    if (resubmit) assertEmailVerified(user);
    const [updated] = await tx
      .update(companies)
      .set({ ...values, ...(resubmit ? { status: "pending" as const, statusReason: null } : {}) })
      .where(and(eq(companies.id, company.id)))
      .returning();
    await companyChanged(tx, company.id);
    return updated!;
  });
}
