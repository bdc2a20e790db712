import { getTranslations } from "next-intl/server";
import type { Localized } from "@/db/schema/localized";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

/**
 * Text from a company, shown in the reader's language when it exists; otherwise in the first
 * fallback language with its `lang` set and a visible mark saying which language it is.
 */
export async function LocalizedText({ value, locale, as: Tag = "span", className }: { value: Localized | null | undefined; locale: Locale; as?: "span" | "p" | "h1" | "h2" | "h3"; className?: string }) {
  const picked = pickLocalized(value, locale);
  if (!picked) return null;
  const t = await getTranslations("common");
  return (
    <Tag className={className}>
      <span lang={picked.lang === "zh" ? "zh-Hans" : picked.lang} className={Tag === "p" ? "whitespace-pre-line" : undefined}>
        {picked.text}
      </span>
      {picked.isFallback && (
        <span data-testid="fallback-mark" className="ml-2 inline-block rounded bg-stone-100 px-1.5 py-0.5 align-middle text-xs font-normal text-stone-600">
          {t("originalIn", { language: t(`languageNames.${picked.lang}`) })}
        </span>
      )}
    </Tag>
  );
}
