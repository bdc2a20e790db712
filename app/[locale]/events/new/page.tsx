import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EventForm } from "@/components/events/event-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/access";
import { otherChambers } from "@/lib/events/reads";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { createEventAction } from "./actions";

export default async function NewEventPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/events/new");
  if (user.role !== "chamber_admin") notFound();
  const [t, chambers] = await Promise.all([getTranslations("events"), otherChambers(user)]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("form.createTitle")} />
      <EventForm
        action={createEventAction}
        initial={{ talkMinutes: "20", breakMinutes: "5", tables: "10", dayStart: "10:00", dayEnd: "17:00", requestExpiryHours: "48", maxPendingRequests: "10" }}
        chambers={chambers.map((c) => ({ value: c.id, label: pickLocalized(c.name, locale)?.text ?? "" }))}
        zones={["Asia/Tokyo", "Asia/Shanghai"].map((z) => ({ value: z, label: t(`zones.${z as "Asia/Tokyo"}`) }))}
      />
    </div>
  );
}
