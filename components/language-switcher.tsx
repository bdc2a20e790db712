"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { locales } from "@/lib/i18n/routing";

const names = { ja: "日本語", zh: "中文", en: "English" } as const;

/** Links to the same page in each language, keeping the query string. */
export function LanguageSwitcher({ label }: { label: string }) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const current = useLocale();
  const query = Object.fromEntries(searchParams.entries());
  return (
    <ul className="flex gap-2" aria-label={label}>
      {locales.map((locale) => (
        <li key={locale}>
          <Link
            href={{ pathname, query }}
            locale={locale}
            hrefLang={locale}
            aria-current={locale === current ? "true" : undefined}
            className={locale === current ? "font-semibold text-indigo-800" : "text-stone-600 hover:underline"}
          >
            {names[locale]}
          </Link>
        </li>
      ))}
    </ul>
  );
}
