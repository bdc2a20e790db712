import { useLocale, useTranslations } from "next-intl";
import type { Localized } from "@/db/schema/localized";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

const htmlLang = (lang: Locale) => (lang === "zh" ? "zh-Hans" : lang);

type Props = {
  value: Localized | null | undefined;
  /** The reader's language; defaults to the page's. */
  locale?: Locale;
  as?: "span" | "p" | "div" | "h1" | "h2" | "h3";
  className?: string;
  testId?: string;
};

/**
 * Text from a company, shown in the reader's language when it exists; otherwise in the exchange
 * format's fallback order (en, ja, zh), with its `lang` set (for screen readers and fonts) and a
 * visible mark saying which language it is. Works in server and client components.
 */
export function LocalizedText({ value, locale, as: Tag = "span", className, testId }: Props) {
  const pageLocale = useLocale();
  const t = useTranslations("common");
  const picked = pickLocalized(value, locale ?? pageLocale);
  if (!picked) return null;
  return (
    <Tag className={className} data-testid={testId}>
      <span lang={htmlLang(picked.lang)} className={Tag === "p" ? "whitespace-pre-line" : undefined}>
        {picked.text}
      </span>
      {picked.isFallback && (
        <span data-testid="fallback-mark" className="ml-2 inline-block rounded bg-amber-100 px-1.5 py-0.5 align-middle text-xs font-normal text-amber-900">
          {t("originalIn", { language: t(`languageNames.${picked.lang}`) })}
        </span>
      )}
    </Tag>
  );
}
