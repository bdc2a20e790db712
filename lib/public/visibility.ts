import "server-only";
import { and, eq, isNull, type SQL } from "drizzle-orm";
import { companies } from "@/db/schema";

/** The one rule for public pages: approved (so vetted, and not pending or suspended), not deleted, and opted in. */
export function publicCompany(): SQL {
  return and(eq(companies.status, "approved"), isNull(companies.deletedAt), eq(companies.publicProfile, true))!;
}
