import type { NotificationType } from "@/db/schema";
import type { Localized } from "@/db/schema/localized";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

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
  meeting_cancelled: ["inquiryId", "companyName", "subject", "was"],
  moderation_decision: ["targetName", "decision", "reason"],
  match_recommended: ["chamberName", "companyName", "note"],
  showroom_application: ["offerId", "companyName", "title"],
  showroom_decision: ["offerId", "title", "decision"],
  profile_nudge: ["chamberName", "products", "images", "chineseNames", "targets"],
  introduction_reminder: ["chamberName", "companyName", "reason"],
  chamber_message: ["chamberName", "subject", "message"],
  reply_reminder: ["inquiryId", "companyName", "subject"],
  reply_waiting: ["inquiryId", "companyName", "subject"],
  quotation_update: ["inquiryId", "companyName", "subject", "event"],
  sample_update: ["inquiryId", "companyName", "subject", "status"],
  event_registration: ["eventId", "eventName", "decision"],
  event_talk_request: ["eventId", "eventName", "companyName", "decision"],
  event_agenda: ["eventId", "eventName", "change"],
  event_followup: ["inquiryId", "eventName", "companyName", "days"],
} as const satisfies Record<NotificationType, readonly string[]>;

/**
 * A company's or chamber's name is stored as its Localized value, so that each recipient reads it
 * in their own language; rows written before that hold a plain string, which renders as it is.
 */
export type PayloadValue = string | number | Localized;
export type Payload = Record<string, PayloadValue>;
/** What message templates get: every value a string or a number, names in the reader's language. */
export type Params = Record<string, string | number>;

/** A name for a payload: the Localized value if it has any text, else `fallback` (e.g. a ref). */
export function nameParam(name: Localized | null | undefined, fallback = ""): PayloadValue {
  const texts = Object.entries(name ?? {}).filter(([, text]) => text?.trim());
  return texts.length > 0 ? (Object.fromEntries(texts) as Localized) : fallback;
}

function paramOf(value: PayloadValue, locale: Locale): string | number {
  if (typeof value === "string" || typeof value === "number") return value;
  return pickLocalized(value, locale)?.text ?? "";
}

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
    case "meeting_cancelled":
    case "reply_reminder":
    case "quotation_update":
    case "sample_update":
      return payload.inquiryId ? `/inquiries/${id("inquiryId")}` : "/inbox";
    case "moderation_decision":
      return payload.productId ? `/company/products/${id("productId")}` : "/company";
    case "match_recommended":
      return "/matches";
    case "showroom_application":
    case "showroom_decision":
      return payload.offerId ? `/showrooms/${id("offerId")}` : "/showrooms";
    case "profile_nudge":
      return "/company";
    case "introduction_reminder":
      return "/matches";
    case "chamber_message":
      return "/notifications";
    case "reply_waiting":
      return "/chamber/waiting";
    case "event_registration":
      return payload.eventId ? `/events/${id("eventId")}` : "/events";
    case "event_talk_request":
      return payload.eventId ? `/events/${id("eventId")}/participants` : "/events";
    case "event_agenda":
      return payload.eventId ? `/events/${id("eventId")}/agenda` : "/events";
    case "event_followup":
      return payload.inquiryId ? `/inquiries/${id("inquiryId")}` : "/inbox";
  }
}

/**
 * The payload as `locale`'s reader sees it: names picked in that language (with the usual
 * fallback), and every expected key present, so message templates never miss a parameter.
 */
export function templateParams(type: NotificationType, payload: Payload, locale: Locale): Params {
  const params: Params = {};
  for (const [key, value] of Object.entries(payload)) params[key] = paramOf(value, locale);
  for (const key of payloadKeys[type]) params[key] ??= "";
  // Emails of a batch say how many messages they cover; a lone event is one.
  params.count ??= 1;
  for (const key of ["stage", "decision", "event", "status", "change"]) if (key in params && params[key] === "") params[key] = "other";
  return params;
}
