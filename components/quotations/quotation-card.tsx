import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/ui/action-button";
import { LocalizedText } from "@/components/localized-text";
import type { FormAction } from "@/components/inquiries/types";
import { Link } from "@/lib/i18n/navigation";
import type { QuotationView } from "@/lib/quotations/read";
import { NoteForm } from "./note-form";
import { QuotationTerms } from "./quotation-terms";

export type AnswerActions = { accept: FormAction; revise: FormAction; decline: FormAction };

/**
 * A quotation in a thread or a comparison: its latest terms, its earlier versions, what was asked
 * or answered, and what the viewer may do next (the SME revises, the distributor answers).
 */
export function QuotationCard({ quotation, viewer, answers }: { quotation: QuotationView; viewer: "sme" | "distributor" | "other"; answers?: AnswerActions }) {
  const t = useTranslations("quotations");
  const live = quotation.status === "open" || quotation.status === "revision_requested";
  const earlier = quotation.versions.slice(0, -1).reverse();
  return (
    <article className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4" data-testid="quotation" data-status={quotation.status}>
      <header className="flex flex-wrap items-center justify-between gap-2">
        <LocalizedText as="h3" value={quotation.smeName} className="font-semibold" />
        <span className="rounded-full bg-stone-100 px-3 py-1 text-sm" data-testid="quotation-status">
          {t(`statuses.${quotation.status}`)} · {t("version", { version: quotation.version })}
        </span>
      </header>
      <QuotationTerms terms={quotation.latest} />
      {quotation.status === "revision_requested" && quotation.revisionNote && (
        <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-900" data-testid="revision-note">
          {t("revisionAsked", { note: quotation.revisionNote })}
        </p>
      )}
      {quotation.status === "declined" && quotation.declineReason && (
        <p className="rounded-md bg-stone-100 p-2 text-sm" data-testid="decline-reason">
          {t("declinedBecause", { reason: quotation.declineReason })}
        </p>
      )}
      {quotation.status === "not_selected" && <p className="text-sm text-stone-600">{t("notSelectedNote")}</p>}
      {quotation.status === "accepted" && <p className="text-sm text-emerald-900">{t("acceptedNote")}</p>}
      {earlier.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer">{t("earlierVersions", { count: earlier.length })}</summary>
          <div className="flex flex-col gap-3 pt-2">
            {earlier.map((v) => (
              <div key={v.id} className="border-l-2 border-stone-200 pl-3">
                <p className="font-medium">{t("version", { version: v.version })}</p>
                <QuotationTerms terms={v} testId={`quotation-v${v.version}`} />
              </div>
            ))}
          </div>
        </details>
      )}
      {live && viewer === "sme" && (
        <Link href={`/quotations/new?revise=${quotation.id}`} className="w-fit text-indigo-800 underline" data-testid="revise-link">
          {t("revise")}
        </Link>
      )}
      {live && viewer === "distributor" && answers && (
        <div className="flex flex-col gap-3 border-t border-stone-200 pt-3">
          {quotation.status === "open" && (
            <ActionButton action={answers.accept} fields={{ quotationId: quotation.id }} label={t("accept")} pendingLabel={t("saving")} variant="primary" />
          )}
          {quotation.status === "open" && (
            <NoteForm
              action={answers.revise}
              fields={{ quotationId: quotation.id }}
              name="note"
              label={t("revisionNote")}
              submitLabel={t("askRevision")}
              pendingLabel={t("saving")}
              testId="revision-form"
            />
          )}
          <NoteForm
            action={answers.decline}
            fields={{ quotationId: quotation.id }}
            name="reason"
            label={t("declineReason")}
            submitLabel={t("decline")}
            pendingLabel={t("saving")}
            testId="decline-form"
          />
        </div>
      )}
    </article>
  );
}
