import { getFormatter, getTranslations } from "next-intl/server";
import type { ThreadAttachment, ThreadMessage } from "@/lib/inquiries/thread";
import { MessageText } from "./message-text";

const sideStyles = { sme: "border-sky-200 bg-sky-50/40", distributor: "border-rose-200 bg-rose-50/40", chamber: "border-emerald-300 bg-emerald-50/60" };

/** The thread's messages, oldest first, each marked with its side and its attachments. */
export async function MessageList({ messages, attachments }: { messages: ThreadMessage[]; attachments: ThreadAttachment[] }) {
  const t = await getTranslations("inquiries.thread");
  const format = await getFormatter();
  if (messages.length === 0) return <p className="text-stone-600">{t("noMessages")}</p>;
  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? format.number(Math.max(1, Math.round(bytes / 1024)), { style: "unit", unit: "kilobyte" })
      : format.number(bytes / (1024 * 1024), { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });
  return (
    <ol className="flex flex-col gap-3" data-testid="messages">
      {messages.map((m) => {
        const files = attachments.filter((a) => a.messageId === m.id);
        return (
          <li key={m.id} data-testid="message" data-side={m.authorSide} className={`rounded-lg border p-4 ${sideStyles[m.authorSide]}`}>
            <p className="mb-2 flex flex-wrap items-baseline gap-x-2 text-sm text-stone-600">
              <span className="font-medium text-stone-900">{m.authorName ?? t("formerUser")}</span>
              {m.mine && <span>{t("youMark")}</span>}
              <span data-testid="message-side">{t(`sides.${m.authorSide}`)}</span>
              <time dateTime={m.createdAt.toISOString()} className="ml-auto text-xs">
                {format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </p>
            {m.body && <MessageText text={m.body} />}
            {files.length > 0 && (
              <ul className="mt-3 flex flex-wrap gap-3" aria-label={t("attachmentsOf")}>
                {files.map((f) => (
                  <li key={f.id} className="flex flex-col gap-1 text-sm">
                    {f.mime.startsWith("image/") && (
                      // eslint-disable-next-line @next/next/no-img-element -- private files, served by our own route
                      <img src={`/api/attachments/${f.id}`} alt="" className="h-24 w-24 rounded border border-stone-200 object-cover" />
                    )}
                    <a
                      href={`/api/attachments/${f.id}`}
                      download={f.fileName}
                      data-testid="attachment-link"
                      aria-label={t("download", { name: f.fileName })}
                      className="text-indigo-800 underline"
                    >
                      {f.fileName}
                    </a>
                    <span className="text-xs text-stone-500">{size(f.size)}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
