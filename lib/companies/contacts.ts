import "server-only";
// Direct contact handles (WeChat, LINE, WeCom, phone). Real talks between Chinese and Japanese
// companies move to these, so a company shows them only to partners it is already talking with:
// a thread between the two in which both sides wrote, neither having blocked the other. Never to
// strangers, in search, in exports or in the exchange file.
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { rowsOf } from "@/lib/matching/db-rows";

export type ContactHandles = { wechatId: string | null; lineId: string | null; wecomId: string | null; phone: string | null };

/**
 * The other company's handles as the viewer's company may see them, or null when it may not.
 * `viewerCompanyId` must come from the caller's verified membership; the rule itself is in the
 * statement, so any other company id finds nothing.
 */
export async function partnerHandles(viewerCompanyId: string, otherCompanyId: string): Promise<ContactHandles | null> {
  const [row] = await rowsOf<{ wechat_id: string | null; line_id: string | null; wecom_id: string | null; phone: string | null }>(
    await getDb(),
    sql`select o.wechat_id, o.line_id, o.wecom_id, o.phone
        from companies o
        where o.id = ${otherCompanyId} and o.id <> ${viewerCompanyId} and o.status = 'approved' and o.deleted_at is null
          and exists (
            select 1 from inquiries i
            where ((i.sme_id = ${viewerCompanyId} and i.distributor_id = o.id) or (i.distributor_id = ${viewerCompanyId} and i.sme_id = o.id))
              and exists (select 1 from inquiry_messages m where m.inquiry_id = i.id and m.author_side = 'sme')
              and exists (select 1 from inquiry_messages m where m.inquiry_id = i.id and m.author_side = 'distributor'))
          and not exists (
            select 1 from company_blocks b
            where (b.blocker_id = ${viewerCompanyId} and b.blocked_id = o.id) or (b.blocker_id = o.id and b.blocked_id = ${viewerCompanyId}))`,
  );
  return row ? { wechatId: row.wechat_id, lineId: row.line_id, wecomId: row.wecom_id, phone: row.phone } : null;
}
