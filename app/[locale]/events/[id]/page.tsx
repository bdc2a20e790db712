import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AvailabilityForm } from "@/components/events/availability-form";
import { EventFacts } from "@/components/events/event-facts";
import { EventLinks } from "@/components/events/event-links";
import { RegisterForm } from "@/components/events/register-form";
import { LocalizedText } from "@/components/localized-text";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/access";
import { orMissing, ownPublishedProducts, readEventPage, type EventPage } from "@/lib/events/reads";
import { slotStarts } from "@/lib/events/slots";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { zoneOfSide } from "@/lib/inquiries/zones";
import { availabilityAction, registerAction } from "./actions";

export default async function EventPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/events/${id}`);
  const page = await orMissing(readEventPage(user, id));
  if (!page) notFound();
  const { event, participation } = page;
  return (
    <div className="flex flex-col gap-6">
      <EventLinks eventId={event.id} organizer={page.isOrganizer} participant={participation?.status === "accepted"} />
      <PageHeader title={<LocalizedText value={event.name} locale={locale} />} />
      <EventFacts event={event} chamberName={page.chamberName} coChamberName={page.coChamberName} locale={locale} />
      <LocalizedText as="p" value={event.description} locale={locale} className="max-w-3xl text-stone-800" />
      {(user.role === "sme" || user.role === "distributor") && <Participation page={page} locale={locale} />}
    </div>
  );
}

async function Participation({ page, locale }: { page: EventPage; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("events"), getFormatter()]);
  const { event, company, participation } = page;
  const notice = (text: string) => (
    <p data-testid="register-unavailable" className="text-stone-700">
      {text}
    </p>
  );
  let body: React.ReactNode;
  if (!company) body = notice(t("register.noCompany"));
  else if (participation) {
    const zone = zoneOfSide(company.kind);
    const chosen = new Set(participation.availability);
    const byDay = new Map<string, { value: string; label: string; checked: boolean }[]>();
    for (const ms of slotStarts(event)) {
      const at = new Date(ms);
      const day = format.dateTime(at, { dateStyle: "full", timeZone: zone });
      const list = byDay.get(day) ?? byDay.set(day, []).get(day)!;
      list.push({
        value: at.toISOString(),
        label: format.dateTime(at, { hour: "2-digit", minute: "2-digit", timeZone: zone }),
        checked: chosen.has(at.toISOString()),
      });
    }
    body = (
      <>
        <p data-testid="participation-status" data-status={participation.status} className="font-medium">
          {t(`status.${participation.status}`)}
        </p>
        {participation.status !== "rejected" && (
          <section aria-labelledby="availability-title" className="flex flex-col gap-2">
            <h3 id="availability-title" className="font-semibold">
              {t("availability.title")} ({t(`zones.${zone as "Asia/Tokyo"}`)})
            </h3>
            <AvailabilityForm action={availabilityAction} eventId={event.id} days={[...byDay].map(([label, slots]) => ({ label, slots }))} />
          </section>
        )}
      </>
    );
  } else if (company.status !== "approved") body = notice(t("register.notApproved"));
  else if (!event.allowedKinds.includes(company.kind)) body = notice(t("register.kindNotAllowed"));
  else if (new Date() >= event.registrationDeadline) body = notice(t("register.closed"));
  else {
    const products = company.kind === "sme" ? await ownPublishedProducts(company.id) : [];
    body = (
      <RegisterForm
        action={registerAction}
        eventId={event.id}
        products={products.map((p) => ({ id: p.id, label: pickLocalized(p.name, locale)?.text ?? p.ref }))}
      />
    );
  }
  return (
    <section aria-labelledby="register-title" className="flex flex-col gap-3 border-t border-stone-200 pt-6">
      <h2 id="register-title" className="text-lg font-semibold">
        {t("register.title")}
      </h2>
      {body}
    </section>
  );
}
