import type { NotificationType, OutboxEmailType } from "@/db/schema";
import { createTranslator } from "use-intl/core";
import type { KeyIn } from "@/lib/i18n/keys";
import { messagesFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { renderDigestEmail } from "./digest-email";
import { absoluteUrl, appUrl, escapeHtml, localeOr } from "./email-parts";
import { notificationPath, templateParams, type Params, type Payload } from "./types";

/** `headers`: extra mail headers, such as a digest's List-Unsubscribe. */
export type RenderedEmail = { subject: string; text: string; html: string; headers?: Record<string, string> };

// use-intl/core rather than next-intl: the standalone mail worker runs under tsx with the
// react-server condition, where next-intl's entry pulls in React client hooks and fails to load.
function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale) });
}

function emailTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "notifications.email" });
}

type EmailKey = KeyIn<"notifications.email">;

/** The in-app line for a notification, in the reader's language. */
export function notificationText(locale: string, type: NotificationType, payload: Payload): string {
  const reader = localeOr(locale);
  const t = translatorFor(reader);
  return t(`notifications.inApp.${type}`, templateParams(type, payload, reader));
}

/** The lines of user text an event carries (a moderator's reason, a chamber's note), as the email shows them. */
function detailLines(params: Params, tr: (key: EmailKey, values: Params) => string): string[] {
  const lines: string[] = [];
  if (typeof params.reason === "string" && params.reason) lines.push(tr("reason", { reason: params.reason }));
  if (typeof params.note === "string" && params.note) lines.push(tr("note", { note: params.note }));
  // A chamber's message to its members: its text as written.
  if (typeof params.message === "string" && params.message) lines.push(params.message);
  return lines;
}

/** Under the in-app line: the reason or note the event carries, in the reader's language. */
export function notificationDetail(locale: string, type: NotificationType, payload: Payload): string[] {
  const reader = localeOr(locale);
  const t = emailTranslator(reader);
  return detailLines(templateParams(type, payload, reader), (key, values) => t(key, values));
}

/**
 * An email in its recipient's language: subject, a plain-text body and a simple HTML body in which
 * every payload value is escaped (company names and subjects are user text).
 */
export function renderEmail(
  email: { locale: string; type: OutboxEmailType; payload: Payload; recipientName?: string | null; toEmail: string },
  base = appUrl(),
): RenderedEmail {
  if (email.type === "account_link") return renderAccountLinkEmail({ ...email, type: "account_link" }, base);
  if (email.type === "saved_search_digest") return renderDigestEmail(email, base);
  const locale = localeOr(email.locale);
  const t = emailTranslator(locale);
  const params = templateParams(email.type, email.payload, locale);
  const tr = (key: EmailKey, values: Params = params) => t(key, values);
  const subject = tr(`${email.type}.subject`).replace(/[\r\n]+/g, " ");
  const body = tr(`${email.type}.body`);
  const link = absoluteUrl(locale, notificationPath(email.type, email.payload), base);
  const settingsLink = absoluteUrl(locale, "/settings/notifications", base);
  const greeting = tr("greeting", { name: email.recipientName || email.toEmail.split("@")[0]! });
  const details = detailLines(params, tr);
  const when = meetingTime(locale, params.slot, tr);
  const footer = tr("footer");

  const text = [greeting, "", body, ...details, ...(when ? [when] : []), "", tr("openText", { url: link }), "", "--", `${footer} ${settingsLink}`].join("\n");
  const paragraph = (s: string) => `<p>${escapeHtml(s).replace(/\n/g, "<br>")}</p>`;
  const html = [
    `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.6;color:#1f2937">`,
    paragraph(greeting),
    paragraph(body),
    ...details.map(paragraph),
    when ? paragraph(when) : "",
    `<p><a href="${escapeHtml(link)}">${escapeHtml(tr("openButton"))}</a></p>`,
    `<hr><p style="font-size:12px;color:#6b7280">${escapeHtml(footer)} <a href="${escapeHtml(settingsLink)}">${escapeHtml(settingsLink)}</a></p>`,
    "</body></html>",
  ].join("\n");
  return { subject, text, html };
}

/**
 * An accepted meeting's time in both countries' clocks: the two sides sit an hour apart, and the
 * email cannot know which side the reader is on from the language alone.
 */
function meetingTime(locale: Locale, slot: unknown, tr: (key: EmailKey, values?: Params) => string): string | null {
  if (typeof slot !== "string") return null;
  const date = new Date(slot);
  if (Number.isNaN(date.getTime())) return null;
  const format = (timeZone: string) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
  return tr("meetingTime", { when: tr("bothZones", { time: format("Asia/Tokyo"), chinaTime: format("Asia/Shanghai") }) });
}

const accountLinkReasons = ["sign_in", "sign_up", "sign_up_taken", "verify_email"] as const;

/**
 * A one-time account link (lib/accounts/email-link.ts): why it was sent, the link, and what to do
 * if the reader asked for nothing. No settings footer: these emails cannot be turned off.
 */
function renderAccountLinkEmail(
  email: { locale: string; type: "account_link"; payload: Payload; recipientName?: string | null; toEmail: string },
  base: string,
): RenderedEmail {
  const locale = localeOr(email.locale);
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "accountEmail" });
  const reason = accountLinkReasons.find((r) => r === email.payload.reason) ?? "sign_in";
  const tr = (key: KeyIn<"accountEmail">, values: Params = {}) => t(key, values);
  const path = typeof email.payload.path === "string" && /^\/(?!\/)[^\s\\]*$/.test(email.payload.path) ? email.payload.path : "/sign-in";
  const link = absoluteUrl(locale, path, base);
  const greeting = emailTranslator(locale)("greeting", { name: email.recipientName || email.toEmail.split("@")[0]! });
  const subject = tr(`${reason}.subject`).replace(/[\r\n]+/g, " ");
  const body = tr(`${reason}.body`);
  const expiry = tr("expiry");
  const ignore = tr("ignore");
  const text = [greeting, "", body, "", link, "", expiry, ignore].join("\n");
  const paragraph = (s: string) => `<p>${escapeHtml(s)}</p>`;
  const html = [
    `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.6;color:#1f2937">`,
    paragraph(greeting),
    paragraph(body),
    `<p><a href="${escapeHtml(link)}">${escapeHtml(tr("button"))}</a></p>`,
    paragraph(expiry),
    paragraph(ignore),
    "</body></html>",
  ].join("\n");
  return { subject, text, html };
}
