import { useLocale, useTranslations } from "next-intl";
import { hsName } from "@/lib/hs/nomenclature";

/** "6110.11" from "611011": how codes are printed on trade documents. */
export function formatHs(code: string): string {
  return code.length > 4 ? `${code.slice(0, 4)}.${code.slice(4)}` : code;
}

/**
 * The sender's HS code, or the inferred one marked "suggested" (never passed off as the sender's),
 * named in the reader's language.
 */
export function HsCode({ code, inferred }: { code: string | null; inferred: string | null }) {
  const t = useTranslations("catalog.hs");
  const locale = useLocale();
  const shown = code ?? inferred;
  if (!shown) return <span className="text-sm text-stone-500">{t("none")}</span>;
  const name = hsName(shown, locale);
  return (
    <span className="text-sm" data-testid="hs">
      <span className="font-mono" data-testid="hs-code">
        {formatHs(shown)}
      </span>{" "}
      {name && <span data-testid="hs-name">{name}</span>}
      {!code && (
        <span data-testid="hs-suggested" title={t("suggestedHint")} className="ml-2 rounded bg-sky-100 px-1.5 py-0.5 text-xs text-sky-900">
          {t("suggested")}
        </span>
      )}
    </span>
  );
}
