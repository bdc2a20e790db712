import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** Newer/older links for a paged list; `href` builds the link for a 0-based page. */
export async function Pager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  const t = await getTranslations("inquiries.inbox");
  return (
    <nav className="flex items-center gap-4 text-sm" aria-label={t("pageOf", { page: page + 1, pages })}>
      {page > 0 && (
        <Link href={href(page - 1)} className="text-indigo-800 underline">
          {t("previous")}
        </Link>
      )}
      <span>{t("pageOf", { page: page + 1, pages })}</span>
      {page + 1 < pages && (
        <Link href={href(page + 1)} className="text-indigo-800 underline">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
