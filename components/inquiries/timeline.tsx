import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Localized } from "@/db/schema";
import { knownKey } from "@/lib/i18n/keys";
import { pickLocalized } from "@/lib/i18n/localized";
import type { ThreadEvent } from "@/lib/inquiries/thread";
import { slotLabel } from "@/lib/inquiries/zones";
import type { FrozenTerms } from "@/lib/quotations/terms";

/** The accepted terms as frozen in the event's data (lib/quotations/decide.ts). */
function isFrozen(value: unknown): value is FrozenTerms {
  return typeof value === "object" && value !== null && "unitPrice" in value && "currency" in value;
}

/** The deal's history: opening, stage changes, meetings (and their cancellation) and the end of contact. */
export async function Timeline({ events }: { events: ThreadEvent[] }) {
  const t = await getTranslations("inquiries");
  const tq = await getTranslations("quotations");
  const ts = await getTranslations("samples");
  const locale = await getLocale();
  const format = await getFormatter();
  const labels = { jst: t("meetings.jst"), cst: t("meetings.cst") };
  const stage = (value: unknown) => {
    const key = `stages.${String(value)}`;
    return knownKey(t, key) ? t(key) : String(value);
  };
  const describe = (e: ThreadEvent): string | undefined => {
    const actor = e.actorName ?? t("timeline.someone");
    switch (e.type) {
      case "opened":
        return t("timeline.opened", { actor });
      case "stage_changed":
        return t("timeline.stage_changed", { actor, from: stage(e.data.from), to: stage(e.data.to) });
      case "meeting_proposed":
        return t("timeline.meeting_proposed", { actor });
      case "meeting_accepted":
        return t("timeline.meeting_accepted", { actor, slot: slotLabel(new Date(String(e.data.slot)), locale, labels) });
      case "meeting_declined":
        return t("timeline.meeting_declined", { actor });
      case "meeting_cancelled":
        return t("timeline.meeting_cancelled", {
          actor,
          was: String(e.data.was),
          slot: e.data.slot ? slotLabel(new Date(String(e.data.slot)), locale, labels) : "",
        });
      case "contact_ended":
        return t("timeline.contact_ended");
      case "quotation_sent":
      case "quotation_revised":
        return t(`timeline.${e.type}`, { actor, version: Number(e.data.version) });
      case "quotation_revision_requested":
        return t("timeline.quotation_revision_requested", { actor, note: String(e.data.note ?? "") });
      case "quotation_accepted":
      case "quotation_declined":
      case "quotation_not_selected":
      case "sample_requested":
        return t(`timeline.${e.type}`, { actor });
      case "sample_sent":
        return t("timeline.sample_sent", {
          actor,
          carrier: ts(`carriers.${String(e.data.carrier)}` as "carriers.other"),
          tracking: String(e.data.trackingNumber),
        });
      case "sample_received":
        return t("timeline.sample_received", { actor, feedback: String(e.data.feedback ?? "") });
      case "event_talk":
        return t("timeline.event_talk", { event: pickLocalized(e.data.name as Localized, locale)?.text ?? "" });
      default:
        return undefined;
    }
  };
  return (
    <ol className="flex flex-col gap-2 text-sm" data-testid="timeline">
      {events.map((e) => {
        const text = describe(e);
        if (!text) return null;
        return (
          <li key={e.id} data-testid="timeline-event" data-type={e.type} className="border-l-2 border-stone-200 pl-3">
            <p>{text}</p>
            {typeof e.data.reason === "string" && <p className="text-stone-600">{t("timeline.reason", { reason: e.data.reason })}</p>}
            {e.type === "quotation_accepted" && isFrozen(e.data.terms) && (
              <dl className="my-1 rounded-md bg-emerald-50 p-2 text-emerald-950" data-testid="accepted-terms">
                <dt className="font-medium">{tq("acceptedTerms", { version: e.data.terms.version })}</dt>
                <dd>{e.data.terms.productName}</dd>
                <dd>
                  {tq("frozenPrice", {
                    price: format.number(e.data.terms.unitPrice, { style: "currency", currency: e.data.terms.currency }),
                    moq: e.data.terms.moq,
                  })}
                </dd>
                <dd>{tq("incotermAt", { incoterm: e.data.terms.incoterm, place: e.data.terms.incotermPlace })}</dd>
                <dd>
                  {tq("form.leadTimeDays")}: {tq("days", { count: e.data.terms.leadTimeDays })} · {tq("form.validUntil")}: {e.data.terms.validUntil}
                </dd>
                <dd>
                  {tq("form.paymentTerms")}: {e.data.terms.paymentTerms}
                </dd>
              </dl>
            )}
            <time dateTime={e.createdAt.toISOString()} className="text-xs text-stone-500">
              {format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })}
            </time>
          </li>
        );
      })}
    </ol>
  );
}
