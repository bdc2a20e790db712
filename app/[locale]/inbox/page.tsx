import { getTranslations, setRequestLocale } from "next-intl/server";
import { Pager } from "@/components/inquiries/pager";
import { ThreadTable } from "@/components/inquiries/thread-table";
import { requireUser } from "@/lib/auth/access";
import { getMembership } from "@/lib/companies/access";
import type { Locale } from "@/lib/i18n/routing";
import { INBOX_PAGE_SIZE, listThreads } from "@/lib/inquiries/inbox";
import { z } from "zod";
import { pageParam, readSearchParams, type PageSearchParams } from "@/lib/http/search-params";

const searchSchema = z.object({ page: pageParam });

export default async function InboxPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<PageSearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/inbox");
  const { page } = readSearchParams(searchSchema, await searchParams);
  const [{ rows, total }, membership] = await Promise.all([listThreads(user, { page }), getMembership(user.id)]);
  const t = await getTranslations("inquiries.inbox");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-600">{t("lead")}</p>
      {rows.length === 0 ? (
        <p className="text-stone-600" data-testid="inbox-empty">
          {t("empty")}
        </p>
      ) : (
        <ThreadTable rows={rows} locale={locale} ownCompanyId={membership?.company.id} />
      )}
      <Pager page={page} pages={Math.ceil(total / INBOX_PAGE_SIZE)} href={(p) => `/inbox?page=${p}`} />
    </div>
  );
}
