import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="border-t border-stone-200 bg-white print:hidden">
      <p className="mx-auto max-w-5xl px-4 py-6 text-sm text-stone-500">{t("tagline")}</p>
    </footer>
  );
}
