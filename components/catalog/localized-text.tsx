import { useLocale, useTranslations } from "next-intl";
import type { Localized } from "@/db/schema/localized";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

const htmlLang = (lang: Locale) => (lang === "zh" ? "zh-Hans" : lang);

/** Marks text shown in another language than the reader's, e.g. "Original: 日本語". */
export function FallbackMark({ lang }: { lang: Locale }) {
  const t = useTranslations("catalog");
  return (
    <span
      data-testid="fallback-mark"
      className="ml-2 inline-block rounded bg-amber-100 px-1.5 py-0.5 align-middle text-xs font-normal text-amber-900"
    >
      {t("fallback.original", { language: t(`languages.${lang}`) })}
    </span>
  );
}

type Props = { value: Localized | null | undefined; as?: "span" | "h1" | "h2" | "h3" | "p" | "div"; className?: string; testId?: string };

/**
 * Localized text in the reader's language, else the exchange format's fallback order (en, ja, zh);
 * the text carries its own `lang` so screen readers and fonts get it right, and a fallback is marked.
 */
export function LocalizedText({ value, as: Tag = "span", className, testId }: Props) {
  const locale = useLocale() as Locale;
  const pick = pickLocalized(value, locale);
  if (!pick) return null;
  return (
    <Tag className={className} data-testid={testId}>
      <span lang={htmlLang(pick.lang)}>{pick.text}</span>
      {pick.isFallback && <FallbackMark lang={pick.lang} />}
    </Tag>
  );
}
