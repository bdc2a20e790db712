import { getTranslations, setRequestLocale } from "next-intl/server";
import { AssumptionForm, ProposalForm } from "@/components/access/admin-forms";
import { LocalizedText } from "@/components/localized-text";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { listAssumptions } from "@/lib/access/landed-data";
import { pendingProposals } from "@/lib/access/proposals";
import { currentRules } from "@/lib/access/rules";
import { requireAdmin } from "@/lib/auth/access";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { decideRuleChangeAction, proposeRuleChangeAction, saveAssumptionAction } from "./actions";

export default async function AccessRulesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const admin = await requireAdmin(locale, "/admin/access");
  const [t, rules, pending, assumptions] = await Promise.all([getTranslations("access"), currentRules(await getDb()), pendingProposals(), listAssumptions()]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("admin.title")} />
      <p className="max-w-3xl text-stone-700">{t("admin.lead")}</p>
      <p className="max-w-3xl text-sm text-stone-600">{t("disclaimer")}</p>
      <section className="flex flex-col gap-3" aria-labelledby="pending-title">
        <h2 id="pending-title" className="text-lg font-semibold">
          {t("admin.pending")}
        </h2>
        {pending.length === 0 && <p className="text-stone-600">{t("admin.noPending")}</p>}
        <ul className="flex flex-col gap-3">
          {pending.map((p) => (
            <li key={p.id} className="flex flex-col gap-2 rounded-md border border-amber-200 bg-amber-50 p-3" data-testid="access-proposal">
              <span>
                <strong>{p.code}</strong> <LocalizedText value={p.title} locale={locale} /> → {t(`admin.levels.${p.level as "block"}`)}
                {p.validTo && ` · ${t("admin.validTo")} ${p.validTo}`}
              </span>
              <span className="text-sm text-stone-700">{t("admin.proposedBy", { name: p.proposer, note: p.note })}</span>
              {admin.role === "platform_admin" && admin.id !== p.proposedBy && (
                <span className="flex gap-2">
                  <ActionButton
                    action={decideRuleChangeAction}
                    fields={{ proposalId: p.id, decision: "approve" }}
                    label={t("admin.approve")}
                    variant="primary"
                  />
                  <ActionButton action={decideRuleChangeAction} fields={{ proposalId: p.id, decision: "reject" }} label={t("admin.reject")} variant="danger" />
                </span>
              )}
            </li>
          ))}
        </ul>
      </section>
      <ul className="flex flex-col gap-3">
        {rules.map((r) => (
          <li key={r.code} className="flex flex-col gap-1 rounded-md border border-stone-200 bg-white p-3 text-sm" data-testid="access-rule-row">
            <span>
              <strong>{r.code}</strong> <LocalizedText value={r.title} locale={locale} /> · {t("admin.version", { version: r.version })} ·{" "}
              {t(`admin.levels.${r.level}`)} · {r.validFrom} – {r.validTo ?? ""} · {t(`confidence.${r.confidence}`)}
            </span>
            {r.evidence[0] && (
              <a href={r.evidence[0].url} className="break-all text-indigo-800 underline" rel="noreferrer noopener" target="_blank">
                {r.evidence[0].url} ({r.evidence[0].publishedOn ?? t("undated")})
              </a>
            )}
            <details>
              <summary className="cursor-pointer text-indigo-800">{t("admin.propose")}</summary>
              <ProposalForm
                action={proposeRuleChangeAction}
                rule={{
                  code: r.code,
                  level: r.level,
                  validFrom: r.validFrom,
                  validTo: r.validTo,
                  reviewDue: r.reviewDue,
                  sourceUrl: r.evidence[0]?.url ?? "",
                  sourceDate: r.evidence[0]?.publishedOn ?? null,
                }}
              />
            </details>
          </li>
        ))}
      </ul>
      <section className="flex flex-col gap-3" aria-labelledby="assumptions-title">
        <h2 id="assumptions-title" className="text-lg font-semibold">
          {t("admin.assumptions")}
        </h2>
        <ul className="flex flex-col gap-2">
          {assumptions.map((a) => {
            const label = `${pickLocalized(a.note, locale)?.text ?? a.key} (${a.unit}, ${t("landed.asOf", { date: a.asOf })})`;
            return (
              <li key={a.key}>
                {admin.role === "platform_admin" ? (
                  <AssumptionForm action={saveAssumptionAction} name={a.key} label={label} value={a.value} />
                ) : (
                  <span className="text-sm">
                    {label}: {a.value}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
