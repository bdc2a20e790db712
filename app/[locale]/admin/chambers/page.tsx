import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChamberAdminForm, ChamberForm } from "@/components/admin/chamber-forms";
import { LocalizedText } from "@/components/localized-text";
import { ActionButton } from "@/components/ui/action-button";
import { requireAdmin } from "@/lib/auth/access";
import { listChambersForPlatform } from "@/lib/chambers/management";
import { regionName, regionsOf } from "@/lib/geo/regions";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { createChamberAction, createChamberAdminAction, setChamberAdminStatusAction } from "./actions";
import { TableScroll } from "@/components/ui/table-scroll";
import { PageHeader } from "@/components/ui/page-header";

/** Platform admins manage the chambers of commerce and their administrators. */
export default async function ChambersPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const admin = await requireAdmin(locale, "/admin/chambers");
  if (admin.role !== "platform_admin") notFound();
  const rows = await listChambersForPlatform(admin);
  const t = await getTranslations("admin.chambers");
  const regions = [...regionsOf("JP"), ...regionsOf("CN")].map((r) => ({ value: r.code, label: r.name[locale] }));
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} />
      <TableScroll label={t("title")}>
        <table className="w-full text-left text-sm" data-testid="chamber-table">
          <thead className="text-stone-500">
            <tr>
              <th className="py-2">{t("name")}</th>
              <th>{t("region")}</th>
              <th>{t("members")}</th>
              <th>{t("admins")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ chamber, members, admins }) => (
              <tr key={chamber.id} className="border-t border-stone-200 align-top">
                <td className="py-2">
                  <LocalizedText value={chamber.name} locale={locale} />
                </td>
                <td>{chamber.region ? regionName(chamber.region, locale) : "—"}</td>
                <td>{members}</td>
                <td>
                  <ul className="flex flex-col gap-1">
                    {admins.map((a) => (
                      <li key={a.id} className="flex flex-wrap items-center gap-2">
                        <span>
                          {a.name} &lt;{a.email}&gt;
                        </span>
                        {a.status === "suspended" && <span className="text-red-700">{t("suspendedMark")}</span>}
                        <ActionButton
                          action={setChamberAdminStatusAction}
                          fields={{ userId: a.id, status: a.status === "active" ? "suspended" : "active" }}
                          label={a.status === "active" ? t("suspend") : t("reactivate")}
                          variant={a.status === "active" ? "danger" : "secondary"}
                        />
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <section className="grid gap-6 lg:grid-cols-2">
        <div className="flex flex-col gap-2">
          <h2 className="text-lg font-semibold">{t("newChamber")}</h2>
          <ChamberForm action={createChamberAction} regions={regions} />
        </div>
        <div className="flex flex-col gap-2">
          <h2 className="text-lg font-semibold">{t("newAdmin")}</h2>
          <ChamberAdminForm
            action={createChamberAdminAction}
            chambers={rows.map(({ chamber }) => ({ value: chamber.id, label: pickLocalized(chamber.name, locale)?.text ?? chamber.key }))}
          />
        </div>
      </section>
    </div>
  );
}
