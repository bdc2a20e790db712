import { getFormatter, getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { ActionButton } from "@/components/ui/action-button";
import type { ActionState } from "@/lib/auth/action";
import { regionName } from "@/lib/geo/regions";
import type { Locale } from "@/lib/i18n/routing";
import type { ApplicationView } from "@/lib/showrooms/application-reads";
import { ApplicationStatus } from "./application-status";

type Action = (state: ActionState | undefined, data: FormData) => Promise<ActionState>;

/** The applications to one of the distributor's offers, with accept and decline for those waiting. */
export async function ApplicationList({ applications, locale, decide }: { applications: ApplicationView[]; locale: Locale; decide?: Action }) {
  const [t, format] = await Promise.all([getTranslations("showrooms.applications"), getFormatter()]);
  if (applications.length === 0) return <p className="text-stone-500">{t("none")}</p>;
  return (
    <ul data-testid="applications" className="flex flex-col gap-3">
      {applications.map((application) => (
        <li
          key={application.id}
          data-testid="application"
          data-status={application.status}
          className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4"
        >
          <div className="flex flex-wrap items-center gap-2">
            <LocalizedText value={application.sme.name} locale={locale} className="font-semibold" />
            <span className="text-sm text-stone-500">{regionName(application.sme.region, locale)}</span>
            <ApplicationStatus status={application.status} />
            <span className="ml-auto text-xs text-stone-500">{t("appliedOn", { date: format.dateTime(application.createdAt, { dateStyle: "medium" }) })}</span>
          </div>
          <div className="text-sm">
            <span className="mr-2 text-stone-500">{t("products")}</span>
            <span>
              {format.list(
                application.products.map((product) => (
                  <span key={product.id} data-testid="application-product">
                    <LocalizedText value={product.name} locale={locale} />
                  </span>
                )),
              )}
            </span>
          </div>
          {application.message && (
            <p className="text-sm whitespace-pre-line text-stone-700">
              <span className="mr-2 text-stone-500">{t("message")}</span>
              {application.message}
            </p>
          )}
          {decide && application.status === "pending" && application.contactEnded && (
            <p data-testid="application-contact-ended" className="text-sm text-stone-600">
              {t("contactEnded")}
            </p>
          )}
          {decide && application.status === "pending" && !application.contactEnded && (
            <div className="flex flex-wrap gap-3">
              <ActionButton action={decide} fields={{ applicationId: application.id, decision: "accepted" }} label={t("accept")} variant="primary" />
              <ActionButton action={decide} fields={{ applicationId: application.id, decision: "declined" }} label={t("decline")} variant="danger" />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
