import type { NotificationType } from "@/db/schema";

/**
 * What each notification type expects in its payload, so one event reads the same in the app and
 * in email. Missing keys render as empty text rather than failing; `path` (an app path such as
 * "/inquiries/<id>") overrides the default link.
 */
export const payloadKeys = {
  inquiry_new: ["inquiryId", "companyName", "subject"],
  message_new: ["inquiryId", "companyName", "subject"],
  stage_changed: ["inquiryId", "subject", "stage"],
  meeting_requested: ["inquiryId", "companyName", "subject"],
  meeting_accepted: ["inquiryId", "companyName", "subject"],
  moderation_decision: ["targetName", "decision", "reason"],
  match_recommended: ["companyName", "count"],
  showroom_application: ["offerId", "companyName", "title"],
  showroom_decision: ["offerId", "title", "decision"],
} as const satisfies Record<NotificationType, readonly string[]>;

export type Payload = Record<string, string | number>;

/** The app path a notification leads to (without the locale prefix). */
export function notificationPath(type: NotificationType, payload: Payload): string {
  const explicit = payload.path;
  // Only same-site paths: a payload must never turn a notification into an open redirect.
  if (typeof explicit === "string" && /^\/(?!\/)[^\s\\]*$/.test(explicit)) return explicit;
  const id = (key: string) => encodeURIComponent(String(payload[key] ?? ""));
  switch (type) {
    case "inquiry_new":
    case "message_new":
    case "stage_changed":
    case "meeting_requested":
    case "meeting_accepted":
      return payload.inquiryId ? `/inquiries/${id("inquiryId")}` : "/inbox";
    case "moderation_decision":
      return payload.productId ? `/company/products/${id("productId")}` : "/company";
    case "match_recommended":
      return "/matches";
    case "showroom_application":
    case "showroom_decision":
      return payload.offerId ? `/showrooms/${id("offerId")}` : "/showrooms";
  }
}

/** The payload with every expected key present, so message templates never miss a parameter. */
export function templateParams(type: NotificationType, payload: Payload): Payload {
  const params: Payload = {};
  for (const key of payloadKeys[type]) params[key] = payload[key] ?? (key === "count" ? 1 : "");
  for (const key of ["stage", "decision"]) if (key in params && params[key] === "") params[key] = "other";
  return { ...payload, ...params };
}
