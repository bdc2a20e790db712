import { getTranslations, setRequestLocale } from "next-intl/server";
import { DocumentForm } from "@/components/trust/document-form";
import { DocumentList } from "@/components/trust/document-list";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeader } from "@/components/ui/page-header";
import { documentKinds } from "@/db/schema";
import { requireUser } from "@/lib/auth/access";
import { getMembership } from "@/lib/companies/access";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { listDocuments } from "@/lib/trust/documents";
import { addDocumentAction, deleteDocumentAction } from "./actions";

export default async function CompanyDocumentsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/company/documents");
  const membership = await getMembership(user.id);
  if (!membership) return redirect({ href: "/company", locale });
  const t = await getTranslations("trust.documents");
  const documents = await listDocuments(membership.company.id);
  const editable = membership.company.status !== "suspended";
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {editable && <DocumentForm action={addDocumentAction} kinds={documentKinds} />}
      <section className="flex flex-col gap-2" aria-labelledby="documents-list">
        <h2 id="documents-list" className="text-lg font-semibold">
          {t("listTitle")}
        </h2>
        <DocumentList
          documents={documents}
          action={
            editable
              ? (doc) => (
                  <ActionButton
                    action={deleteDocumentAction}
                    fields={{ documentId: doc.id }}
                    label={t("delete")}
                    confirm={t("deleteLabel", { name: doc.fileName })}
                    variant="danger"
                  />
                )
              : undefined
          }
        />
      </section>
    </div>
  );
}
