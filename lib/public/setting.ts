import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies, type User } from "@/db/schema";
import { requireOwnCompany } from "@/lib/companies/access";

/** The owner's choice to show the company's profile and products on public pages (shown only while approved). */
export async function setPublicProfile(user: Pick<User, "id">, value: boolean): Promise<void> {
  const { company } = await requireOwnCompany(user, { ownerOnly: true });
  const db = await getDb();
  await db.update(companies).set({ publicProfile: value }).where(eq(companies.id, company.id));
}
