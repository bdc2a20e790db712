import "server-only";
import { getDb, type Executor } from "@/db/client";
import { EXCHANGE_FORMAT } from "./limits";
import { liveCompanies, loadCompanyBundles } from "./load";
import type { ExchangeDocument } from "./schema";
import { toExchangeCompany } from "./serialize";

/** Every live company (or one chamber's) as an exchange document, ordered by ref. */
export async function exportExchange(options: { chamberId?: string; executor?: Executor } = {}): Promise<ExchangeDocument> {
  const db = options.executor ?? (await getDb());
  const bundles = await loadCompanyBundles(db, liveCompanies(options.chamberId));
  return { format: EXCHANGE_FORMAT, companies: bundles.map(toExchangeCompany) };
}
