import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import type { PageSearchParams } from "@/lib/http/search-params";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";

/** Where the digest's stop link lands: says whether the digest was stopped, without a session. */
export default async function DigestStoppedPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<PageSearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const stopped = (await searchParams).result === "stopped";
  const t = await getTranslations("savedSearches.stopped");
  return (
    <div className="flex flex-col gap-4" data-testid="digest-stopped">
      <PageHeader title={t(stopped ? "title" : "invalidTitle")} lead={t(stopped ? "body" : "invalidBody")} />
      <p>
        <Link href="/search" className="text-indigo-800 underline">
          {t("manage")}
        </Link>
      </p>
    </div>
  );
}
