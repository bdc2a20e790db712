import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuditTable } from "@/components/admin/audit-table";
import { DecisionForm } from "@/components/admin/decision-form";
import { ProductCard } from "@/components/catalog/product-card";
import { CompanyFacts } from "@/components/company/company-facts";
import { InviteForm } from "@/components/company/invite-form";
import { StatusBanner } from "@/components/company/status-banner";
import { LocalizedText } from "@/components/localized-text";
import { requireAdmin } from "@/lib/auth/access";
import { listOwnProducts } from "@/lib/catalog/products";
import type { Locale } from "@/lib/i18n/routing";
import { getModeratedCompany, listAudit, type Decision } from "@/lib/moderation/companies";
import { decideCompanyAction, inviteClaimantAction } from "../../actions";
import { VerificationBadge } from "@/components/trust/verification-badge";
import { VerifyForm } from "@/components/trust/verify-form";
import { listDocuments } from "@/lib/trust/documents";
import { badgeOf } from "@/lib/trust/verification";
import { DocumentList } from "@/components/trust/document-list";
import { verifyCompanyAction } from "./actions";

const decisionsFor: Record<string, Decision[]> = {
  pending: ["approve", "reject", "suspend"],
  rejected: ["approve"],
  approved: ["suspend"],
  suspended: ["reinstate"],
};

export default async function AdminCompanyPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const admin = await requireAdmin(locale, `/admin/companies/${id}`);
  const company = /^[0-9a-f-]{36}$/i.test(id) ? await getModeratedCompany(admin, id) : undefined;
  if (!company) notFound();
  const [audit, productRows, documents, badge] = await Promise.all([
    listAudit(admin, { companyId: company.id }),
    company.kind === "sme" ? listOwnProducts(company.id) : [],
    listDocuments(company.id),
    badgeOf(company),
  ]);
  const t = await getTranslations("admin.company");
  const tv = await getTranslations("trust.verify");
  // The badge names a chamber: only an admin of the company's own chamber records a verification.
  const verifier = admin.role === "chamber_admin" && Boolean(admin.chamberId) && admin.chamberId === company.chamberId;
  const tc = await getTranslations("catalog.products");
  return (
    <div className="flex flex-col gap-6">
      <LocalizedText as="h1" value={company.name} locale={locale} className="text-2xl font-bold" />
      <StatusBanner company={company} />
      <LocalizedText as="p" value={company.description} locale={locale} className="max-w-3xl text-stone-800" />
      <CompanyFacts company={company} locale={locale} />
      {company.kind === "sme" && (
        // What the chamber vouches for is also what the company sells: reviewed with the profile.
        <section className="flex flex-col gap-2" aria-labelledby="review-products" data-testid="review-products">
          <h2 id="review-products" className="text-lg font-semibold">
            {t("products", { count: productRows.length })}
          </h2>
          {productRows.length === 0 ? (
            <p className="text-stone-600">{t("noProducts")}</p>
          ) : (
            <ul className="grid gap-3 md:grid-cols-2">
              {productRows.map((product) => (
                <li key={product.id} className="flex flex-col gap-1">
                  <ProductCard product={product} />
                  {!product.published && <span className="text-sm text-stone-600">{tc("unpublished")}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <section className="flex flex-col gap-3" aria-labelledby="verify-evidence" data-testid="verify-evidence">
        <h2 id="verify-evidence" className="text-lg font-semibold">
          {tv("title")}
        </h2>
        {badge && <VerificationBadge badge={badge} />}
        {verifier ? (
          <>
            <p className="max-w-2xl text-sm text-stone-600">{tv("lead")}</p>
            <VerifyForm action={verifyCompanyAction} companyId={company.id} registryNumber={company.registryNumber} documents={documents} />
          </>
        ) : (
          <>
            <p className="text-sm text-stone-600">{tv("otherChamber")}</p>
            <DocumentList documents={documents} />
          </>
        )}
      </section>
      <section className="grid gap-4 md:grid-cols-3">
        {decisionsFor[company.status]!.map((decision) => (
          <DecisionForm key={decision} action={decideCompanyAction} companyId={company.id} decision={decision} />
        ))}
      </section>
      {company.imported && (
        <section className="flex flex-col gap-2">
          <h2 className="text-lg font-semibold">{t("claimTitle")}</h2>
          <p className="max-w-2xl text-sm text-stone-600">{t("claimLead")}</p>
          <InviteForm action={inviteClaimantAction} hidden={{ companyId: company.id }} />
        </section>
      )}
      <section className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">{t("history")}</h2>
        <AuditTable rows={audit} locale={locale} />
      </section>
    </div>
  );
}
