import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { EventLinks } from "@/components/events/event-links";
import { LocalizedText } from "@/components/localized-text";
import { MatchCard } from "@/components/matches/match-card";
import { MatchFilters } from "@/components/matches/match-filters";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeader } from "@/components/ui/page-header";
import { channelTypes } from "@/db/schema";
import { requireUser } from "@/lib/auth/access";
import { orMissing, readParticipants } from "@/lib/events/reads";
import { regionsOf } from "@/lib/geo/regions";
import { hsChapters } from "@/lib/hs/nomenclature";
import { optionalParam, readSearchParams, type PageSearchParams } from "@/lib/http/search-params";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { zoneOfSide } from "@/lib/inquiries/zones";
import { answerTalkAction, requestTalkAction } from "../actions";

// The Matches page's filters, on the other side's participants.
const searchSchema = z.object({
  channelType: optionalParam(z.enum(channelTypes)),
  region: optionalParam(z.string().regex(/^CN(-[A-Z]{2})?$/)),
  hsChapter: optionalParam(z.string().regex(/^\d{2}$/)),
});

export default async function ParticipantsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<PageSearchParams>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/events/${id}/participants`);
  const filters = readSearchParams(searchSchema, await searchParams);
  const view = await orMissing(readParticipants(user, id, filters));
  if (!view) notFound();
  const [t, tm, format] = await Promise.all([getTranslations("events"), getTranslations("matchesPage"), getFormatter()]);
  const zone = zoneOfSide(view.company.kind);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: zone });
  const section = "flex flex-col gap-3 border-t border-stone-200 pt-6";
  return (
    <div className="flex flex-col gap-6">
      <EventLinks eventId={view.event.id} organizer={false} participant />
      <PageHeader title={t("participants.title", { name: pickLocalized(view.event.name, locale)?.text ?? "" })} lead={t("participants.intro")} />
      <section aria-labelledby="incoming-title" className="flex flex-col gap-3">
        <h2 id="incoming-title" className="text-lg font-semibold">
          {t("participants.incoming")}
        </h2>
        {view.incoming.length === 0 && <p className="text-stone-600">{t("participants.noIncoming")}</p>}
        <ul className="flex flex-col gap-2" data-testid="incoming-requests">
          {view.incoming.map((r) => (
            <li key={r.id} data-testid="incoming-request" className="flex flex-wrap items-center gap-3 text-sm">
              <LocalizedText value={r.name} locale={locale} className="font-medium" />
              {r.message && <span className="text-stone-700">{r.message}</span>}
              <span className="text-stone-500">{t("participants.expires", { when: when(r.expiresAt) })}</span>
              <ActionButton action={answerTalkAction} fields={{ requestId: r.id, decision: "accepted" }} label={t("participants.accept")} variant="primary" />
              <ActionButton action={answerTalkAction} fields={{ requestId: r.id, decision: "declined" }} label={t("participants.decline")} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="outgoing-title" className={section}>
        <h2 id="outgoing-title" className="text-lg font-semibold">
          {t("participants.outgoing")}
        </h2>
        {view.outgoing.length === 0 && <p className="text-stone-600">{t("participants.noOutgoing")}</p>}
        <ul className="flex flex-col gap-2" data-testid="outgoing-requests">
          {view.outgoing.map((r) => (
            <li key={r.id} data-testid="outgoing-request" data-status={r.status} className="flex flex-wrap items-center gap-3 text-sm">
              <LocalizedText value={r.name} locale={locale} className="font-medium" />
              <span>{t(`requestStatus.${r.status}`)}</span>
              {r.status === "pending" && <span className="text-stone-500">{t("participants.expires", { when: when(r.expiresAt) })}</span>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="others-title" className={section}>
        <h2 id="others-title" className="text-lg font-semibold">
          {t(view.company.kind === "sme" ? "kinds.distributor" : "kinds.sme")}
        </h2>
        <MatchFilters
          values={filters}
          channelTypes={channelTypes.map((c) => ({ value: c, label: tm(`channels.${c}`) }))}
          regions={[{ value: "CN", label: tm("allChina") }, ...regionsOf("CN").map((r) => ({ value: r.code, label: r.name[locale] }))]}
          chapters={hsChapters.map((c) => ({ value: c.code, label: `${c.code} ${c.name[locale]}` }))}
        />
        {view.others.length === 0 && <p className="text-stone-600">{t("participants.empty")}</p>}
        <ul className="flex flex-col gap-4" data-testid="participants">
          {view.others.map((o) => (
            <MatchCard
              key={o.company.id}
              locale={locale}
              other={o.company}
              score={o.score ?? 0}
              reasons={o.reasons}
              actions={
                o.request && (o.request.status === "pending" || o.request.status === "accepted") ? (
                  <span data-testid="pair-request" data-status={o.request.status} className="text-sm">
                    {t(`requestStatus.${o.request.status}`)}
                  </span>
                ) : (
                  <ActionButton
                    action={requestTalkAction}
                    fields={{ eventId: view.event.id, toCompanyId: o.company.id }}
                    label={t("participants.request")}
                    variant="primary"
                  />
                )
              }
            />
          ))}
        </ul>
      </section>
    </div>
  );
}
