import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { BulkForm } from "@/components/chamber/bulk-form";
import { ExportLinks } from "@/components/chamber/export-links";
import { MemberFilters } from "@/components/chamber/member-filters";
import { Pager } from "@/components/inquiries/pager";
import { LocalizedText } from "@/components/localized-text";
import { PageHeader } from "@/components/ui/page-header";
import { TableScroll } from "@/components/ui/table-scroll";
import { companyKinds, companyStatuses } from "@/db/schema";
import { requireAdmin } from "@/lib/auth/access";
import { listMembers, memberRegions, MEMBERS_PAGE_SIZE, parseMemberQuery, readMemberSearch, type MemberSearch, type MemberSort } from "@/lib/chamber/members";
import { consoleScope } from "@/lib/chamber/access";
import { PublicError } from "@/lib/errors";
import { regionName } from "@/lib/geo/regions";
import { pickLocalized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { PageSearchParams } from "@/lib/http/search-params";
import { bulkMembersAction, messageMembersAction } from "./actions";

export default async function ChamberMembersPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<PageSearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const admin = await requireAdmin(locale, "/chamber/members");
  const search = readMemberSearch(await searchParams);
  let scope;
  try {
    scope = consoleScope(admin);
  } catch (error) {
    if (error instanceof PublicError) notFound();
    throw error;
  }
  const query = parseMemberQuery(search);
  const [{ rows, total }, regions] = await Promise.all([listMembers(scope, query, locale), memberRegions(scope)]);
  const t = await getTranslations("chamberConsole.members");
  const tq = await getTranslations("admin.queue");
  const format = await getFormatter();
  // Links keep every filter and change only the sort or the page.
  const href = (changes: MemberSearch) => {
    const next = new URLSearchParams(Object.entries({ ...search, ...changes }).filter((e): e is [string, string] => Boolean(e[1])));
    const text = next.toString();
    return text ? `/chamber/members?${text}` : "/chamber/members";
  };
  const sortHeader = (sort: MemberSort, label: string) => {
    const current = query.sort === sort;
    const dir = current && !query.desc ? "desc" : undefined;
    return (
      <th scope="col" className="px-2 py-2" aria-sort={current ? (query.desc ? "descending" : "ascending") : undefined}>
        <Link href={href({ sort, dir, page: undefined })} className="text-indigo-800 underline" aria-label={t("sortBy", { column: label })}>
          {label}
          {current ? (query.desc ? " ↓" : " ↑") : ""}
        </Link>
      </th>
    );
  };
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <MemberFilters
        search={search}
        statuses={companyStatuses}
        kinds={companyKinds}
        regions={regions.map((r) => ({ value: r, label: regionName(r, locale) }))}
      />
      <p className="text-sm text-stone-600" data-testid="members-count">
        {t("count", { total })}
      </p>
      {/* The form stays when the list empties (all approved): its result message stays in view. */}
      <BulkForm action={bulkMembersAction} messageAction={messageMembersAction}>
        {rows.length === 0 ? (
          <p className="text-stone-600">{t("empty")}</p>
        ) : (
          <TableScroll label={t("title")}>
            <table className="w-full text-left text-sm" data-testid="members-table">
              <thead className="text-stone-500">
                <tr>
                  <th scope="col" className="px-2 py-2">
                    <span className="sr-only">{t("columns.select")}</span>
                  </th>
                  {sortHeader("name", t("columns.name"))}
                  {sortHeader("status", t("columns.status"))}
                  <th scope="col" className="px-2">
                    {t("columns.kind")}
                  </th>
                  <th scope="col" className="px-2">
                    {t("columns.region")}
                  </th>
                  {sortHeader("joined", t("columns.joined"))}
                  {sortHeader("lastActive", t("columns.lastActive"))}
                  {sortHeader("openDeals", t("columns.openDeals"))}
                  <th scope="col" className="px-2">
                    {t("columns.profile")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((m) => (
                  <tr key={m.id} className="border-t border-stone-200" data-ref={m.ref}>
                    <td className="px-2 py-2">
                      <input
                        type="checkbox"
                        name="companyIds"
                        value={m.id}
                        aria-label={t("selectRow", { name: pickLocalized(m.name, locale)?.text ?? m.ref })}
                        className="size-5"
                      />
                    </td>
                    <td className="px-2">
                      <Link href={`/admin/companies/${m.id}`} className="text-indigo-800 underline">
                        <LocalizedText value={m.name} locale={locale} />
                      </Link>
                    </td>
                    <td className="px-2" data-testid="member-status">
                      {tq(`status.${m.status}`)}
                    </td>
                    <td className="px-2">{tq(`kinds.${m.kind}`)}</td>
                    <td className="px-2">{regionName(m.region, locale)}</td>
                    <td className="px-2 whitespace-nowrap">{format.dateTime(m.joined, { dateStyle: "medium" })}</td>
                    <td className="px-2 whitespace-nowrap">{format.dateTime(m.lastActive, { dateStyle: "medium" })}</td>
                    <td className="px-2 text-right tabular-nums">{format.number(m.openDeals)}</td>
                    <td className="px-2">
                      {m.gaps.length === 0
                        ? t("noGaps")
                        : format.list(
                            m.gaps.map((g) => t(`gaps.${g}`)),
                            { type: "unit" },
                          )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </BulkForm>
      <Pager page={query.page ?? 0} pages={Math.ceil(total / MEMBERS_PAGE_SIZE)} href={(p) => href({ page: p ? String(p) : undefined })} />
      <ExportLinks locale={locale} chamberId={null} />
    </div>
  );
}
