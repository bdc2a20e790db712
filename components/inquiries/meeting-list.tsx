import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import type { Company, Meeting } from "@/db/schema";
import { pickLocalized } from "@/lib/i18n/localized";
import { cancelRefusal } from "@/lib/inquiries/meeting-rules";
import { slotLabel } from "@/lib/inquiries/zones";
import { MeetingCancelForm } from "./meeting-cancel-form";
import { MessageText } from "./message-text";
import type { FormAction } from "./types";

type Props = {
  meetings: Meeting[];
  companies: Company[];
  /** The viewer's company when it may answer proposals and call meetings off, i.e. a writable thread. */
  answeringCompanyId?: string;
  answer: FormAction;
  /** Without it the list offers no cancelling. */
  cancel?: FormAction;
  now?: Date;
};

/**
 * Proposed and confirmed talks, every slot in Japan and China time, with answers and .ics. Both
 * companies may cancel a confirmed meeting still ahead; a proposal is cancelled by its proposer,
 * since the other company declines it instead.
 */
export async function MeetingList({ meetings, companies, answeringCompanyId, answer, cancel, now = new Date() }: Props) {
  const t = await getTranslations("inquiries.meetings");
  const locale = await getLocale();
  const labels = { jst: t("jst"), cst: t("cst") };
  if (meetings.length === 0) return <p className="text-sm text-stone-600">{t("none")}</p>;
  const nameOf = (id: string | null) => pickLocalized(companies.find((c) => c.id === id)?.name, locale)?.text ?? "";
  return (
    <ul className="flex flex-col gap-3">
      {meetings.map((m) => {
        const canAnswer = m.status === "proposed" && answeringCompanyId !== undefined && answeringCompanyId !== m.proposedByCompanyId;
        const canCancel =
          answeringCompanyId !== undefined && !cancelRefusal(m, now) && (m.status === "accepted" || answeringCompanyId === m.proposedByCompanyId);
        return (
          <li key={m.id} data-testid="meeting" data-status={m.status} className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-3 text-sm">
            <p className="flex flex-wrap gap-2">
              <span className="font-medium">{t(`status.${m.status}`)}</span>
              <span>· {t(m.mode)}</span>
              <span>· {t("minutes", { count: m.durationMinutes })}</span>
            </p>
            {m.location && <MessageText text={m.location} className="break-words text-stone-700" />}
            <p className="text-xs text-stone-500">{t("proposedBy", { company: nameOf(m.proposedByCompanyId) })}</p>
            {m.status === "accepted" && m.acceptedSlot ? (
              <>
                <p data-testid="meeting-confirmed" className="font-medium text-emerald-900">
                  {t("confirmedFor", { slot: slotLabel(m.acceptedSlot, locale, labels) })}
                </p>
                <a href={`/api/meetings/${m.id}/ics`} download data-testid="meeting-ics" className="w-fit text-indigo-800 underline">
                  {t("ics")}
                </a>
              </>
            ) : m.status === "cancelled" && m.acceptedSlot ? (
              <>
                <p data-testid="meeting-was-confirmed" className="text-stone-600 line-through">
                  {t("wasConfirmedFor", { slot: slotLabel(m.acceptedSlot, locale, labels) })}
                </p>
                <a href={`/api/meetings/${m.id}/ics`} download data-testid="meeting-ics-cancel" className="w-fit text-indigo-800 underline">
                  {t("icsCancel")}
                </a>
              </>
            ) : (
              <ol className="flex flex-col gap-2">
                {m.slots.map((slot, i) => (
                  <li key={slot.toISOString()} className="flex flex-wrap items-center gap-2">
                    <span data-testid="meeting-slot">{t("slotLine", { n: i + 1, time: slotLabel(slot, locale, labels) })}</span>
                    {canAnswer && (
                      <ActionButton
                        action={answer}
                        fields={{ meetingId: m.id, decision: "accept", slot: String(i) }}
                        label={t("accept", { n: i + 1 })}
                        variant="primary"
                      />
                    )}
                  </li>
                ))}
              </ol>
            )}
            {canAnswer && <ActionButton action={answer} fields={{ meetingId: m.id, decision: "decline" }} label={t("decline")} />}
            {m.status === "proposed" && !canAnswer && answeringCompanyId === m.proposedByCompanyId && <p className="text-xs text-stone-500">{t("waiting")}</p>}
            {cancel && canCancel && <MeetingCancelForm action={cancel} meetingId={m.id} confirmed={m.status === "accepted"} />}
          </li>
        );
      })}
    </ul>
  );
}
