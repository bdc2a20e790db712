import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { lookupSessionUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/routing";
import { canSeeDevMailbox, listDevMailbox } from "@/lib/notifications/mailbox";

/** What the mail worker sent (or would send): the outbox rendered, for development without SMTP. */
export default async function DevMailboxPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await lookupSessionUser();
  if (!canSeeDevMailbox(session.status === "active" ? session.user : null)) notFound();
  const [entries, t, format] = await Promise.all([listDevMailbox(), getTranslations("notifications.mailbox"), getFormatter()]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-2xl text-sm text-stone-600">{t("intro")}</p>
      {entries.length === 0 && <p className="text-stone-600">{t("empty")}</p>}
      <ol className="flex flex-col gap-4" data-testid="dev-mailbox">
        {entries.map((e) => (
          <li key={e.id} className="rounded-md border border-stone-200 bg-white p-4" data-testid="dev-mail">
            <p className="text-xs text-stone-500">
              {t("to")}: <span data-testid="dev-mail-to">{e.toEmail}</span> · {e.locale} · {t("status")}: {t(`statuses.${e.status}`)} · {t("attempts")}:{" "}
              {e.attempts} · {format.dateTime(e.at, { dateStyle: "medium", timeStyle: "medium" })}
            </p>
            <h2 className="mt-1 font-semibold" data-testid="dev-mail-subject">
              {e.email.subject}
            </h2>
            {/* The plain-text body: the HTML part carries the same text, escaped. */}
            <pre className="mt-2 font-sans text-sm whitespace-pre-wrap" data-testid="dev-mail-body">
              {e.email.text}
            </pre>
            {e.lastError && <p className="mt-2 text-xs text-red-700">{e.lastError}</p>}
          </li>
        ))}
      </ol>
    </div>
  );
}
