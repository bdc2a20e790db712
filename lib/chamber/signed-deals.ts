import "server-only";
// The printable report's list of deals signed in the period with a member of the scope on either side.
import { sql } from "drizzle-orm";
import type { Localized } from "@/db/schema";
import { rowsOf } from "@/lib/matching/db-rows";
import { ts } from "./funnel";
import type { Period } from "./period";
import { consoleRead } from "./read";
import { memberCondition, type ConsoleScope } from "./access";

export type SignedDeal = { id: string; sme: Localized; distributor: Localized; product: Localized | null; subject: string; signedAt: Date };

/** Deals whose agreement was signed within the period (Japan days), oldest first. */
export async function signedDeals(scope: ConsoleScope, period: Period): Promise<SignedDeal[]> {
  const rows = await consoleRead((db) =>
    rowsOf<{ id: string; sme: Localized; distributor: Localized; product: Localized | null; subject: string; signed_at: string | Date }>(
      db,
      sql`select i.id, s.name as sme, d.name as distributor, p.name as product, i.subject, i.signed_at
          from inquiries i
          join companies s on s.id = i.sme_id
          join companies d on d.id = i.distributor_id
          left join products p on p.id = i.product_id
          where i.stage = 'signed' and i.signed_at >= ${ts(period.from)} and i.signed_at < ${ts(period.to)}
            and ((${memberCondition(scope, "s")} and s.deleted_at is null) or (${memberCondition(scope, "d")} and d.deleted_at is null))
          order by i.signed_at, i.id`,
    ),
  );
  return rows.map((r) => ({ id: r.id, sme: r.sme, distributor: r.distributor, product: r.product, subject: r.subject, signedAt: new Date(r.signed_at) }));
}
