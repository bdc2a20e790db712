import "server-only";
// What a company's profile lacks for matching to work well. One definition for the chamber's member
// table (every member at once, in SQL) and the company's own onboarding checklist on the dashboard.
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { rowsOf } from "@/lib/matching/db-rows";

/** Products (SMEs), product images (SMEs), Chinese names, targets (SMEs: channels and regions; distributors: channels or HS codes). */
export const profileGaps = ["products", "images", "chineseNames", "targets"] as const;
export type ProfileGap = (typeof profileGaps)[number];

/**
 * The gap columns of company `c` (an alias in the statement): gap_products, gap_images,
 * gap_company_chinese_name, gap_product_chinese_names, gap_chinese_names (either of the two) and
 * gap_targets.
 */
export function gapColumns(c: SQL): SQL {
  const companyZh = sql`(coalesce(btrim(${c}.name->>'zh'), '') = '')`;
  const productZh = sql`exists (select 1 from products p where p.company_id = ${c}.id and coalesce(btrim(p.name->>'zh'), '') = '')`;
  return sql`(${c}.kind = 'sme' and not exists (select 1 from products p where p.company_id = ${c}.id)) as gap_products,
      (${c}.kind = 'sme' and not exists (select 1 from products p join product_images pi on pi.product_id = p.id where p.company_id = ${c}.id)) as gap_images,
      ${companyZh} as gap_company_chinese_name,
      ${productZh} as gap_product_chinese_names,
      (${companyZh} or ${productZh}) as gap_chinese_names,
      (case when ${c}.kind = 'sme' then cardinality(${c}.target_channels) = 0 and cardinality(${c}.target_regions) = 0
            else not exists (select 1 from sales_channels sc where sc.company_id = ${c}.id) and cardinality(${c}.hs_codes) = 0 end) as gap_targets`;
}

/** Any gap, over a relation that carries the columns of `gapColumns`. */
export const anyGap = sql`(gap_products or gap_images or gap_chinese_names or gap_targets)`;

export type GapFlags = { gap_products: boolean; gap_images: boolean; gap_chinese_names: boolean; gap_targets: boolean };

/** The gaps a row of `gapColumns` names, in `profileGaps` order. */
export function gapsOf(row: GapFlags): ProfileGap[] {
  const flags: Record<ProfileGap, boolean> = {
    products: row.gap_products,
    images: row.gap_images,
    chineseNames: row.gap_chinese_names,
    targets: row.gap_targets,
  };
  return profileGaps.filter((gap) => flags[gap]);
}

export type CompanyGaps = { gaps: ProfileGap[]; companyChineseName: boolean; productChineseNames: boolean };

/** One company's gaps, and which of its names lack Chinese (so that a checklist can link to the right form). */
export async function companyGaps(executor: Executor, companyId: string): Promise<CompanyGaps> {
  type Row = GapFlags & { gap_company_chinese_name: boolean; gap_product_chinese_names: boolean };
  const [row] = await rowsOf<Row>(executor, sql`select ${gapColumns(sql.raw("c"))} from companies c where c.id = ${companyId}`);
  if (!row) return { gaps: [], companyChineseName: false, productChineseNames: false };
  return { gaps: gapsOf(row), companyChineseName: row.gap_company_chinese_name, productChineseNames: row.gap_product_chinese_names };
}
