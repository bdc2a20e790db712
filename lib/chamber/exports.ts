import "server-only";
// The console's downloads: members, listings and deals as CSV in the reader's language, and the
// chamber's companies in the exchange format.
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { DealStage, Localized } from "@/db/schema";
import { exportExchange } from "@/lib/exchange/export";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import type { Messages } from "@/lib/i18n/messages";
import { translatorFor } from "@/lib/i18n/translator";
import { SME_ZONE, utcToZonedLocal } from "@/lib/inquiries/zones";
import { rowsOf } from "@/lib/matching/db-rows";
import { toCsv, type Cell } from "@/lib/text/csv";
import { listMembers } from "./members";
import { memberCondition, type ConsoleScope } from "./access";

export const exportKinds = ["members", "listings", "deals", "exchange"] as const;
export type ExportKind = (typeof exportKinds)[number];

const day = (d: Date | string | null) => (d ? utcToZonedLocal(new Date(d), SME_ZONE).slice(0, 10) : "");
const json = (v: Localized | string | null): Localized | null => (typeof v === "string" ? (JSON.parse(v) as Localized) : v);
const named = (v: Localized | string | null, locale: Locale) => pickLocalized(json(v), locale)?.text ?? "";
const texts = (v: Localized | string | null): Cell[] => {
  const l = json(v);
  return [l?.ja ?? "", l?.zh ?? "", l?.en ?? ""];
};

type Column = keyof Messages["chamberConsole"]["exports"]["columns"];
const column = (t: ReturnType<typeof translatorFor>) => (key: Column) => t(`chamberConsole.exports.columns.${key}`);

async function membersCsv(scope: ConsoleScope, locale: Locale): Promise<string> {
  const t = translatorFor(locale);
  const { rows } = await listMembers(scope, { sort: "name" }, locale, { all: true });
  const c = column(t);
  return toCsv(
    [c("ref"), c("name"), c("nameJa"), c("nameZh"), c("nameEn"), c("kind"), c("status"), c("region"), c("joined"), c("lastActive"), c("openDeals"), c("gaps")],
    rows.map((m) => [
      m.ref,
      named(m.name, locale),
      ...texts(m.name),
      t(`admin.queue.kinds.${m.kind}`),
      t(`admin.queue.status.${m.status}`),
      m.region,
      day(m.joined),
      day(m.lastActive),
      m.openDeals,
      m.gaps.map((g) => t(`chamberConsole.members.gaps.${g}`)).join(" / "),
    ]),
  );
}

async function listingsCsv(scope: ConsoleScope, locale: Locale): Promise<string> {
  const t = translatorFor(locale);
  const db = await getDb();
  const rows = await rowsOf<{
    company_ref: string;
    company_name: Localized | string;
    ref: string;
    name: Localized | string;
    hs_code: string | null;
    price_min_jpy: number | null;
    price_max_jpy: number | null;
    moq: number | null;
    published: boolean;
  }>(
    db,
    sql`select c.ref as company_ref, c.name as company_name, p.ref, p.name, coalesce(p.hs_code, '') as hs_code, p.price_min_jpy, p.price_max_jpy, p.moq, p.published
        from products p join companies c on c.id = p.company_id
        where ${memberCondition(scope, "c")} and c.deleted_at is null order by c.ref, p.position, p.ref`,
  );
  const c = column(t);
  return toCsv(
    [
      c("companyRef"),
      c("company"),
      c("productRef"),
      c("product"),
      c("nameJa"),
      c("nameZh"),
      c("nameEn"),
      c("hsCode"),
      c("priceMin"),
      c("priceMax"),
      c("moq"),
      c("published"),
    ],
    rows.map((r) => [
      r.company_ref,
      named(r.company_name, locale),
      r.ref,
      named(r.name, locale),
      ...texts(r.name),
      r.hs_code,
      r.price_min_jpy,
      r.price_max_jpy,
      r.moq,
      t(r.published ? "catalog.products.published" : "catalog.products.unpublished"),
    ]),
  );
}

async function dealsCsv(scope: ConsoleScope, locale: Locale): Promise<string> {
  const t = translatorFor(locale);
  const db = await getDb();
  const rows = await rowsOf<{
    subject: string;
    sme: Localized | string;
    dist: Localized | string;
    stage: string;
    created_at: string;
    last_message_at: string;
    signed_at: string | null;
  }>(
    db,
    sql`select i.subject, s.name as sme, d.name as dist, i.stage, i.created_at, i.last_message_at, i.signed_at
        from inquiries i join companies s on s.id = i.sme_id join companies d on d.id = i.distributor_id
        where (${memberCondition(scope, "s")}) or (${memberCondition(scope, "d")})
        order by i.created_at, i.id`,
  );
  const c = column(t);
  return toCsv(
    [c("subject"), c("manufacturer"), c("distributor"), c("stage"), c("opened"), c("lastActive"), c("signed")],
    rows.map((r) => [
      r.subject,
      named(r.sme, locale),
      named(r.dist, locale),
      t(`inquiries.stages.${r.stage as DealStage}`),
      day(r.created_at),
      day(r.last_message_at),
      day(r.signed_at),
    ]),
  );
}

/** The file for a download: its body, type and name. */
export async function chamberExport(scope: ConsoleScope, kind: ExportKind, locale: Locale): Promise<{ body: string; type: string; fileName: string }> {
  const stamp = day(new Date());
  if (kind === "exchange") {
    const doc = await exportExchange(scope.chamberId ? { chamberId: scope.chamberId } : {});
    return { body: `${JSON.stringify(doc, null, 2)}\n`, type: "application/json; charset=utf-8", fileName: `companies-${stamp}.json` };
  }
  const body = kind === "members" ? await membersCsv(scope, locale) : kind === "listings" ? await listingsCsv(scope, locale) : await dealsCsv(scope, locale);
  return { body, type: "text/csv; charset=utf-8", fileName: `${kind}-${stamp}.csv` };
}
