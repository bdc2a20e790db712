import "server-only";
import type { User } from "@/db/schema";
import { getMembership } from "@/lib/companies/access";
import type { SearchViewer } from "./query";

/** The searcher as search sees them: role from the account, company from the membership only. */
export async function searchViewerOf(user: Pick<User, "id" | "role">): Promise<SearchViewer> {
  const membership = await getMembership(user.id);
  return { role: user.role, companyId: membership?.company.id };
}
