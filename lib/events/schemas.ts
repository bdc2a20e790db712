import { z } from "zod";
import { companyKinds } from "@/db/schema/companies";
import { zonedLocalToUtc } from "@/lib/inquiries/wall-clock";
import { isIsoDate } from "@/lib/showrooms/dates";

/** Form schemas of events; error messages are keys of messages.events.errors (or errors). */

const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : typeof value === "string" ? value.trim() : value);
const optionalText = (max: number) => z.preprocess(blank, z.string({ error: "invalid" }).max(max, { error: "tooLong" }).optional());
const list = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

const int = (min: number, max: number) =>
  z.preprocess(
    (value) => {
      const text = blank(typeof value === "string" ? value.normalize("NFKC") : value);
      return typeof text === "string" && /^\d+$/.test(text) ? Number(text) : text;
    },
    z
      .number({ error: "events.errors.numberInvalid" })
      .int({ error: "events.errors.numberInvalid" })
      .min(min, { error: "events.errors.numberInvalid" })
      .max(max, { error: "events.errors.numberInvalid" }),
  );

const isoDate = z.preprocess(blank, z.string({ error: "events.errors.dateInvalid" }).refine(isIsoDate, { error: "events.errors.dateInvalid" }));
const clock = z.preprocess(blank, z.string({ error: "events.errors.timeInvalid" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "events.errors.timeInvalid" }));

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.includes("/") || zone === "UTC";
  } catch {
    return false;
  }
}

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

const eventFields = z.object({
  nameJa: optionalText(200),
  nameZh: optionalText(200),
  nameEn: optionalText(200),
  descriptionJa: optionalText(4000),
  descriptionZh: optionalText(4000),
  descriptionEn: optionalText(4000),
  place: optionalText(300),
  onlineUrl: z.preprocess(
    blank,
    z
      .url({ protocol: /^https?$/, error: "events.errors.urlInvalid" })
      .max(500, { error: "tooLong" })
      .optional(),
  ),
  coChamberId: z.preprocess(blank, z.uuid({ error: "events.errors.chamberNotFound" }).optional()),
  startsOn: isoDate,
  endsOn: isoDate,
  timeZone: z.preprocess(blank, z.string({ error: "events.errors.timeZoneInvalid" }).refine(isTimeZone, { error: "events.errors.timeZoneInvalid" })),
  talkMinutes: int(5, 240),
  breakMinutes: int(0, 120),
  dayStart: clock,
  dayEnd: clock,
  tables: int(1, 500),
  /** Wall-clock time in the event's zone, as a datetime-local field gives it. */
  registrationDeadline: z.preprocess(blank, z.string({ error: "events.errors.deadlineInvalid" })),
  allowedKinds: z.preprocess(list, z.array(z.enum(companyKinds, { error: "invalid" })).min(1, { error: "events.errors.kindsRequired" })),
  requestExpiryHours: int(1, 720),
  maxPendingRequests: int(1, 200),
});

type EventFields = z.output<typeof eventFields>;

function checkEvent(v: EventFields, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (![v.nameJa, v.nameZh, v.nameEn].some(Boolean)) issue("name", "events.errors.nameRequired");
  if (!v.place && !v.onlineUrl) issue("place", "events.errors.placeRequired");
  if (v.endsOn < v.startsOn) issue("endsOn", "events.errors.endBeforeStart");
  if (minutes(v.dayEnd) - minutes(v.dayStart) < v.talkMinutes) issue("dayEnd", "events.errors.dayTooShort");
  if (!zonedLocalToUtc(v.registrationDeadline, v.timeZone)) issue("registrationDeadline", "events.errors.deadlineInvalid");
}

const toInput = ({ registrationDeadline, ...v }: EventFields) => ({ ...v, registrationDeadline: zonedLocalToUtc(registrationDeadline, v.timeZone)! });

/** The event form, checked as a whole; `registrationDeadline` comes out as a UTC instant. */
export const eventSchema = eventFields.superRefine(checkEvent).transform(toInput);
export type EventInput = z.output<typeof eventSchema>;

export const registrationSchema = z.object({
  eventId: z.uuid({ error: "events.errors.eventNotFound" }),
  productIds: z.preprocess(list, z.array(z.uuid({ error: "events.errors.productsNotYours" })).max(50, { error: "events.errors.tooManyProducts" })),
  needs: optionalText(2000),
});
export type RegistrationInput = z.output<typeof registrationSchema>;

export const registrationDecisionSchema = z.object({
  participantId: z.uuid({ error: "events.errors.registrationNotFound" }),
  decision: z.enum(["accepted", "rejected"], { error: "invalid" }),
});
export type RegistrationDecision = z.output<typeof registrationDecisionSchema>;

/** Ticked slot checkboxes (ISO instants); none ticked means "any time of the event". */
export const availabilitySchema = z.object({
  eventId: z.uuid({ error: "events.errors.eventNotFound" }),
  slots: z.preprocess(list, z.array(z.iso.datetime({ error: "events.errors.slotInvalid" })).max(2000, { error: "events.errors.slotInvalid" })),
});
export type AvailabilityInput = z.output<typeof availabilitySchema>;

export const talkRequestSchema = z.object({
  eventId: z.uuid({ error: "events.errors.eventNotFound" }),
  toCompanyId: z.uuid({ error: "events.errors.participantNotFound" }),
  message: optionalText(1000),
});
export type TalkRequestForm = z.output<typeof talkRequestSchema>;

export const talkAnswerSchema = z.object({
  requestId: z.uuid({ error: "events.errors.requestNotFound" }),
  decision: z.enum(["accepted", "declined"], { error: "invalid" }),
});
export type TalkAnswer = z.output<typeof talkAnswerSchema>;

export const eventIdSchema = z.object({ eventId: z.uuid({ error: "events.errors.eventNotFound" }) });

/** The event form on the manage page: the event's id and the same fields, checked the same way. */
export const eventUpdateSchema = eventFields
  .extend({ eventId: z.uuid({ error: "events.errors.eventNotFound" }) })
  .superRefine(checkEvent)
  .transform(({ eventId, ...v }) => ({ eventId, input: toInput(v) }));

export const decisionFormSchema = registrationDecisionSchema.extend({ eventId: z.uuid({ error: "events.errors.eventNotFound" }) });

export const talkIdSchema = z.object({ talkId: z.uuid({ error: "events.errors.talkNotFound" }) });

export const talkMarkSchema = z.object({
  eventId: z.uuid({ error: "events.errors.eventNotFound" }),
  talkId: z.uuid({ error: "events.errors.talkNotFound" }),
  outcome: z.enum(["held", "no_show"], { error: "invalid" }),
});
export type TalkMark = z.output<typeof talkMarkSchema>;

export const nextSteps = ["samples", "quotation", "visit", "none"] as const;

/** One side's note on a talk: how interested it is, what comes next, and a few words in any language. */
export const talkNoteSchema = z.object({
  talkId: z.uuid({ error: "events.errors.talkNotFound" }),
  interest: int(1, 5),
  nextStep: z.enum(nextSteps, { error: "events.errors.nextStepInvalid" }),
  note: optionalText(2000),
});
export type TalkNote = z.output<typeof talkNoteSchema>;
