import "server-only";
import type { Executor } from "@/db/client";
import { enqueueMatch } from "@/lib/matching/queue";
import { reindexCompany } from "@/lib/search/index";

/**
 * Everything derived from a company's profile and catalog, refreshed after a change, inside the
 * change's transaction: its search rows at once, and its matches queued for the background worker
 * (scoring against every other company is too slow for a form's save).
 */
export async function companyChanged(executor: Executor, companyId: string): Promise<void> {
  await reindexCompany(executor, companyId);
  await enqueueMatch(executor, companyId);
}
