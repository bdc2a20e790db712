import { useFormatter, useTranslations } from "next-intl";
import type { FormAction } from "@/components/inquiries/types";
import type { Carrier, SampleRequest } from "@/db/schema";
import { trackingUrl } from "@/lib/samples/tracking";
import { NoteForm } from "./note-form";
import { SampleSentForm } from "./sample-forms";

type Props = {
  samples: SampleRequest[];
  /** The viewer's side, when they may act on the samples. */
  actingSide?: "sme" | "distributor";
  carriers: readonly Carrier[];
  markSent: FormAction;
  markReceived: FormAction;
};

/** A thread's sample shipments, each with the step the viewer's side takes next. */
export function SampleList({ samples, actingSide, carriers, markSent, markReceived }: Props) {
  const t = useTranslations("samples");
  const format = useFormatter();
  if (samples.length === 0) return <p className="text-sm text-stone-500">{t("none")}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {samples.map((s) => {
        const link = s.carrier && s.trackingNumber ? trackingUrl(s.carrier, s.trackingNumber) : undefined;
        return (
          <li key={s.id} className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-3 text-sm" data-testid="sample" data-status={s.status}>
            <p className="font-medium" data-testid="sample-status">
              {t(`statuses.${s.status}`)}
            </p>
            <p>{s.items.map((i) => t("item", { item: i.item, quantity: i.quantity })).join(", ")}</p>
            <p className="whitespace-pre-line text-stone-700">{s.address}</p>
            <p>{t("paidBy", { payer: t(`payers.${s.payer}`) })}</p>
            {s.carrier && s.trackingNumber && (
              <p data-testid="sample-tracking">
                {t(`carriers.${s.carrier}`)}:{" "}
                {link ? (
                  <a href={link} target="_blank" rel="noopener noreferrer" className="text-indigo-800 underline">
                    {s.trackingNumber}
                  </a>
                ) : (
                  s.trackingNumber
                )}
                {s.sentAt && ` · ${format.dateTime(s.sentAt, { dateStyle: "medium" })}`}
              </p>
            )}
            {s.feedback && (
              <p className="rounded-md bg-stone-50 p-2" data-testid="sample-feedback">
                {t("feedbackWas", { feedback: s.feedback })}
              </p>
            )}
            {(s.notSentFlaggedAt || s.notReceivedFlaggedAt) && s.status !== "received" && (
              <p className="text-amber-900" data-testid="sample-overdue">
                {t(s.status === "requested" ? "overdue.notSent" : "overdue.notReceived")}
              </p>
            )}
            {actingSide === "sme" && s.status === "requested" && <SampleSentForm action={markSent} sampleId={s.id} carriers={carriers} />}
            {actingSide === "distributor" && s.status === "sent" && (
              <NoteForm
                action={markReceived}
                fields={{ sampleId: s.id }}
                name="feedback"
                label={t("form.feedback")}
                submitLabel={t("form.markReceived")}
                pendingLabel={t("form.saving")}
                testId="sample-received-form"
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
