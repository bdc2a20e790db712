import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { DocumentSummary } from "@/lib/trust/documents";

/** A company's evidence files, each opening through /api/documents (which checks who may read it). */
export function DocumentList({ documents, action }: { documents: DocumentSummary[]; action?: (doc: DocumentSummary) => ReactNode }) {
  const t = useTranslations("trust");
  const format = useFormatter();
  if (documents.length === 0) return <p className="text-stone-600">{t("documents.empty")}</p>;
  return (
    <ul className="flex flex-col gap-2" data-testid="document-list">
      {documents.map((doc) => (
        <li key={doc.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-stone-200 bg-white p-3 text-sm" data-testid="document">
          <span className="font-medium">{t(`kinds.${doc.kind}`)}</span>
          <span>
            {doc.number} · {doc.issuer}
          </span>
          <span className="text-stone-600">
            {doc.expiresOn
              ? t("documents.expires", { date: format.dateTime(new Date(`${doc.expiresOn}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) })
              : t("documents.noExpiry")}
          </span>
          <a href={`/api/documents/${doc.id}`} className="text-indigo-800 underline" aria-label={t("verify.download", { name: doc.fileName })}>
            {doc.fileName}
          </a>
          {action?.(doc)}
        </li>
      ))}
    </ul>
  );
}
