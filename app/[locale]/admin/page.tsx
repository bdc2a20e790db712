import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { requireAdmin } from "@/lib/auth/access";
import { pickLocalized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { listModerationQueue, type QueueFilter } from "@/lib/moderation/companies";
import { TableScroll } from "@/components/ui/table-scroll";
import { PageHeader } from "@/components/ui/page-header";
import { z } from "zod";
import { readSearchParams, type PageSearchParams } from "@/lib/http/search-params";

const statuses = ["pending", "approved", "rejected", "suspended"] as const satisfies readonly QueueFilter[];
const searchSchema = z.object({ status: z.enum(statuses).catch("pending") });

export default async function ModerationQueuePage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<PageSearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const admin = await requireAdmin(locale, "/admin");
  const { status } = readSearchParams(searchSchema, await searchParams);
  const rows = await listModerationQueue(admin, status);
  const t = await getTranslations("admin.queue");
  const format = await getFormatter();
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t("title")} />
      <div className="flex flex-wrap gap-2 text-sm" role="group" aria-label={t("filter")}>
        {statuses.map((s) => (
          <Link
            key={s}
            href={`/admin?status=${s}`}
            aria-current={s === status ? "true" : undefined}
            className={s === status ? "rounded-full bg-indigo-700 px-3 py-1 text-white" : "rounded-full border border-stone-300 px-3 py-1"}
          >
            {t(`status.${s}`)}
          </Link>
        ))}
      </div>
      {rows.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <TableScroll label={t("title")}>
          <table className="w-full text-left text-sm">
            <thead className="text-stone-500">
              <tr>
                <th className="py-2">{t("company")}</th>
                <th>{t("kind")}</th>
                <th>{t("chamber")}</th>
                <th>{t("updated")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ company, chamberName }) => (
                <tr key={company.id} className="border-t border-stone-200">
                  <td className="py-2">
                    <Link href={`/admin/companies/${company.id}`} className="text-indigo-800 underline">
                      <LocalizedText value={company.name} locale={locale} />
                    </Link>
                  </td>
                  <td>{t(`kinds.${company.kind}`)}</td>
                  <td>{chamberName ? pickLocalized(chamberName, locale)?.text : "—"}</td>
                  <td>{format.dateTime(company.updatedAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
