import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import type { AccessRoute } from "@/db/schema";
import { openRequirements, type ProductAccess } from "@/lib/access/evaluate";
import { ruleView } from "@/lib/access/pairs";
import type { Locale } from "@/lib/i18n/routing";
import { RuleLine } from "./access-panel";

const accessRoutes: AccessRoute[] = ["GT", "CBEC", "TMP"];

const tones = { block: "bg-red-50 text-red-900", todo: "bg-amber-50 text-amber-900", fine: "bg-emerald-50 text-emerald-900" } as const;

/** "What it takes to sell this in China": per route, the outcome, the checklist, and the rules with their sources. */
export async function ProductAccessSection({ access, hasHs, locale }: { access: ProductAccess; hasHs: boolean; locale: Locale }) {
  const t = await getTranslations("access");
  return (
    <section className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-5" aria-labelledby="access-title" data-testid="product-access">
      <h2 id="access-title" className="text-lg font-semibold">
        {t("productTitle")}
      </h2>
      <p className="text-sm text-stone-700">{hasHs ? t("productLead") : t("noHs")}</p>
      <ul className="flex flex-col gap-4">
        {accessRoutes.map((route) => {
          const result = access[route];
          const todo = openRequirements(result);
          const rules = result.hits.filter((h) => h.rule.level !== "info");
          const info = result.hits.filter((h) => h.rule.level === "info");
          return (
            <li key={route} className="flex flex-col gap-2 text-sm" data-testid="product-access-route" data-outcome={result.outcome}>
              <span className="flex items-center gap-2">
                <span className="font-medium">{t(`routes.${route}`)}</span>
                <span className={`rounded-full px-2 py-0.5 ${tones[result.outcome]}`}>{t(`outcomes.${result.outcome}`)}</span>
              </span>
              {todo.length > 0 && (
                <div>
                  <p className="font-medium">{t("todoList")}</p>
                  <ul className="list-disc pl-5" data-testid="product-access-todo">
                    {todo.map((r) => (
                      <li key={r.code}>
                        <LocalizedText value={r.text} locale={locale} />
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <ul className="flex flex-col gap-1 pl-4">
                {rules.map((h) => (
                  <RuleLine key={h.rule.code} rule={ruleView(h)} locale={locale} />
                ))}
              </ul>
              {info.length > 0 && (
                <details>
                  <summary className="cursor-pointer text-indigo-800">{t("infoList")}</summary>
                  <ul className="flex flex-col gap-1 pl-4">
                    {info.map((h) => (
                      <RuleLine key={h.rule.code} rule={ruleView(h)} locale={locale} />
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
      <p className="text-xs text-stone-600" data-testid="access-disclaimer">
        {t("disclaimer")}
      </p>
    </section>
  );
}
