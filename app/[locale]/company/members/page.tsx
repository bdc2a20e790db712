import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { InviteForm } from "@/components/company/invite-form";
import { ActionButton } from "@/components/ui/action-button";
import { requireUser } from "@/lib/auth/access";
import { getMembership } from "@/lib/companies/access";
import { listOwnMembers } from "@/lib/companies/members";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { inviteMemberAction, removeMemberAction, revokeInviteAction } from "../actions";
import { TableScroll } from "@/components/ui/table-scroll";
import { PageHeader } from "@/components/ui/page-header";

export default async function MembersPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/company/members");
  if (!(await getMembership(user.id))) return redirect({ href: "/company", locale });
  const { membership, members, invites } = await listOwnMembers(user);
  const t = await getTranslations("company.members");
  const format = await getFormatter();
  const isOwner = membership.role === "owner" && membership.company.status !== "suspended";
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} />
      <TableScroll label={t("title")}>
        <table className="w-full max-w-3xl text-left text-sm">
          <thead className="text-stone-500">
            <tr>
              <th className="py-2">{t("name")}</th>
              <th>{t("email")}</th>
              <th>{t("role")}</th>
              <th>{t("since")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.userId} className="border-t border-stone-200">
                <td className="py-2">{m.name}</td>
                <td>{m.email}</td>
                <td>{t(`roles.${m.role}`)}</td>
                <td>{format.dateTime(m.since, { dateStyle: "medium" })}</td>
                <td>
                  {isOwner && m.role !== "owner" && (
                    <ActionButton action={removeMemberAction} fields={{ userId: m.userId }} label={t("remove")} variant="danger" />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {isOwner && (
        <section className="flex flex-col gap-3">
          <h2 className="text-lg font-semibold">{t("inviteTitle")}</h2>
          <p className="max-w-2xl text-sm text-stone-600">{t("inviteLead")}</p>
          <InviteForm action={inviteMemberAction} />
          {invites.length > 0 && (
            <ul className="flex max-w-3xl flex-col gap-2 text-sm">
              {invites.map((i) => (
                <li key={i.id} className="flex flex-wrap items-center gap-3">
                  <span>{i.email}</span>
                  <span className="text-stone-500">{t("expires", { date: format.dateTime(i.expiresAt, { dateStyle: "medium" }) })}</span>
                  <ActionButton action={revokeInviteAction} fields={{ inviteId: i.id }} label={t("revoke")} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
