// A saved search's digest email (lib/saved-searches/digest.ts queues it): the new items, the new
// matches, and the one-click stop link, in the recipient's language.
import { createTranslator } from "use-intl/core";
import type { KeyIn } from "@/lib/i18n/keys";
import { pickLocalized } from "@/lib/i18n/localized";
import { messagesFor } from "@/lib/i18n/messages";
import { readDigestPayload, type DigestItem } from "./digest-payload";
import { absoluteUrl, escapeHtml, localeOr } from "./email-parts";
import type { Payload } from "./types";

type Rendered = { subject: string; text: string; html: string; headers?: Record<string, string> };

/** The digest's stop link: a GET that needs no session, only the saved search's own token. */
export function digestStopUrl(locale: string, token: string, base: string): string {
  return `${base}/api/saved-searches/stop?token=${encodeURIComponent(token)}&locale=${localeOr(locale)}`;
}

export function renderDigestEmail(email: { locale: string; payload: Payload; recipientName?: string | null; toEmail: string }, base: string): Rendered {
  const locale = localeOr(email.locale);
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "savedSearches.email" });
  const tr = (key: KeyIn<"savedSearches.email">, values: Record<string, string | number> = {}) => t(key, values);
  const digest = readDigestPayload(email.payload);
  const name = (value: DigestItem["name"]) => pickLocalized(value, locale)?.text ?? "";
  const itemPath = (item: DigestItem) => (item.kind === "product" ? `/products/${item.id}` : `/companies/${item.id}`);
  const items = digest.items.map((item) => ({
    label: item.kind === "company" ? name(item.name) : tr("itemLine", { name: name(item.name), company: name(item.companyName) }),
    url: absoluteUrl(locale, itemPath(item), base),
  }));
  const matches = digest.matches.map((m) => ({
    label: tr("matchLine", { name: name(m.name), percent: Math.round(m.score * 100) }),
    url: absoluteUrl(locale, `/companies/${m.id}`, base),
  }));
  const searchUrl = absoluteUrl(locale, digest.searchPath, base);
  const stopUrl = digest.stopToken ? digestStopUrl(locale, digest.stopToken, base) : absoluteUrl(locale, "/search", base);
  const subject = tr("subject", { name: digest.name, count: items.length + matches.length }).replace(/[\r\n]+/g, " ");
  const greeting = createTranslator({ locale, messages: messagesFor(locale), namespace: "notifications.email" })("greeting", {
    name: email.recipientName || email.toEmail.split("@")[0]!,
  });
  const sections: { title: string; lines: { label: string; url: string }[] }[] = [];
  if (items.length) sections.push({ title: tr("newItems", { count: items.length, name: digest.name }), lines: items });
  if (matches.length) sections.push({ title: tr("newMatches", { count: matches.length }), lines: matches });
  const more = digest.more ? tr("more") : "";

  const text = [
    greeting,
    "",
    ...sections.flatMap((s) => [s.title, ...s.lines.map((l) => `- ${l.label}: ${l.url}`), ""]),
    ...(more ? [more] : []),
    tr("openSearch", { url: searchUrl }),
    "",
    "--",
    tr("stop", { url: stopUrl }),
  ].join("\n");
  const html = [
    `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.6;color:#1f2937">`,
    `<p>${escapeHtml(greeting)}</p>`,
    ...sections.map(
      (s) =>
        `<h2 style="font-size:16px">${escapeHtml(s.title)}</h2><ul>${s.lines.map((l) => `<li><a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a></li>`).join("")}</ul>`,
    ),
    more ? `<p>${escapeHtml(more)}</p>` : "",
    `<p><a href="${escapeHtml(searchUrl)}">${escapeHtml(tr("openButton"))}</a></p>`,
    `<hr><p style="font-size:12px;color:#6b7280"><a href="${escapeHtml(stopUrl)}">${escapeHtml(tr("stopButton"))}</a></p>`,
    "</body></html>",
  ].join("\n");
  // RFC 8058: mail clients show their own unsubscribe button and POST to the same link.
  const headers = digest.stopToken ? { "List-Unsubscribe": `<${stopUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : undefined;
  return { subject, text, html, ...(headers ? { headers } : {}) };
}
