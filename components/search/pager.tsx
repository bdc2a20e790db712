import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/** Previous / next links around "Page 2 of 7"; the hrefs come from the page so filters persist. */
export function Pager({ page, pageCount, previousHref, nextHref }: { page: number; pageCount: number; previousHref: string; nextHref: string }) {
  const t = useTranslations("search.results");
  if (pageCount <= 1 && page <= 1) return null;
  return (
    <nav aria-label={t("pages")} className="flex items-center gap-4 text-sm" data-testid="search-pager">
      {page > 1 && (
        <Link href={previousHref} rel="prev" className="text-indigo-800 hover:underline">
          {t("previous")}
        </Link>
      )}
      <span data-testid="search-page">{t("page", { page, pages: pageCount })}</span>
      {page < pageCount && (
        <Link href={nextHref} rel="next" className="text-indigo-800 hover:underline">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
