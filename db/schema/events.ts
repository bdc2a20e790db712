import { sql } from "drizzle-orm";
import { type AnyPgColumn, boolean, check, date, index, jsonb, pgEnum, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { chambers } from "./chambers";
import { companies, companyKind } from "./companies";
import { inquiries } from "./inquiries";
import type { Localized } from "./localized";
import { users } from "./users";

/**
 * A business-talk session run by a chamber (optionally with a partner chamber): talks of
 * `talkMinutes` with `breakMinutes` between them, from `dayStart` to `dayEnd` (local times in
 * `timeZone`) on every day from `startsOn` to `endsOn`, at `tables` tables.
 */
export const events = pgTable(
  "events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    chamberId: uuid("chamber_id")
      .notNull()
      .references(() => chambers.id, { onDelete: "cascade" }),
    coChamberId: uuid("co_chamber_id").references(() => chambers.id, { onDelete: "set null" }),
    name: jsonb("name").$type<Localized>().notNull(),
    description: jsonb("description").$type<Localized>(),
    place: text("place"),
    onlineUrl: text("online_url"),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    /** IANA zone the day times are read in, e.g. Asia/Shanghai for a fair in Guangzhou. */
    timeZone: text("time_zone").notNull(),
    talkMinutes: smallint("talk_minutes").notNull(),
    breakMinutes: smallint("break_minutes").notNull().default(0),
    /** "HH:MM" local to `timeZone`. */
    dayStart: text("day_start").notNull(),
    dayEnd: text("day_end").notNull(),
    tables: smallint("tables").notNull(),
    registrationDeadline: timestamp("registration_deadline", { withTimezone: true }).notNull(),
    allowedKinds: companyKind("allowed_kinds")
      .array()
      .notNull()
      .default(sql`'{sme,distributor}'::company_kind[]`),
    requestExpiryHours: smallint("request_expiry_hours").notNull().default(48),
    maxPendingRequests: smallint("max_pending_requests").notNull().default(10),
    /** When the organizer last published the schedule; null while none is published. */
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index("events_chamber_idx").on(t.chamberId, t.startsOn),
    index("events_co_chamber_idx").on(t.coChamberId),
    check("events_dates_check", sql`${t.endsOn} >= ${t.startsOn}`),
    check("events_talk_check", sql`${t.talkMinutes} > 0 and ${t.breakMinutes} >= 0 and ${t.tables} > 0`),
  ],
);
export type Event = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;

export const participantStatuses = ["pending", "accepted", "rejected"] as const;
export type ParticipantStatus = (typeof participantStatuses)[number];
export const participantStatus = pgEnum("event_participant_status", participantStatuses);

/** Availability: the slot starts (ISO instants) a participant can talk at; empty means all. */
export const eventParticipants = pgTable(
  "event_participants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    status: participantStatus("status").notNull().default("pending"),
    availability: jsonb("availability").$type<string[]>().notNull().default([]),
    /** What it brings: product ids (SME) or the needs it comes for (distributor), as text. */
    productIds: uuid("product_ids")
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    needs: text("needs"),
    registeredBy: uuid("registered_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("event_participants_company_idx").on(t.eventId, t.companyId), index("event_participants_status_idx").on(t.eventId, t.status)],
);
export type EventParticipant = typeof eventParticipants.$inferSelect;

export const talkRequestStatuses = ["pending", "accepted", "declined", "expired"] as const;
export type TalkRequestStatus = (typeof talkRequestStatuses)[number];
export const talkRequestStatus = pgEnum("event_talk_request_status", talkRequestStatuses);

/** A participant asks another (of the other side) for a talk; pending ones expire at `expiresAt`. */
export const eventTalkRequests = pgTable(
  "event_talk_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    fromCompanyId: uuid("from_company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    toCompanyId: uuid("to_company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    status: talkRequestStatus("status").notNull().default("pending"),
    message: text("message"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("event_talk_requests_from_idx").on(t.eventId, t.fromCompanyId, t.status),
    index("event_talk_requests_to_idx").on(t.eventId, t.toCompanyId, t.status),
    // One open or agreed request per pair and event, whichever side sent it first.
    uniqueIndex("event_talk_requests_pair_idx")
      .on(t.eventId, sql`least(${t.fromCompanyId}, ${t.toCompanyId})`, sql`greatest(${t.fromCompanyId}, ${t.toCompanyId})`)
      .where(sql`${t.status} in ('pending', 'accepted')`),
  ],
);
export type EventTalkRequest = typeof eventTalkRequests.$inferSelect;

export const talkStatuses = ["proposed", "scheduled", "held", "no_show"] as const;
export type TalkStatus = (typeof talkStatuses)[number];
export const talkStatus = pgEnum("event_talk_status", talkStatuses);

const draft = (status: AnyPgColumn) => sql`(${status} = 'proposed')`;

/**
 * A talk placed at a slot and table. `proposed` rows are the organizer's draft; publishing turns
 * them `scheduled`. Check-in and notes per side are for the day itself.
 */
export const eventTalks = pgTable(
  "event_talks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    requestId: uuid("request_id")
      .notNull()
      .references(() => eventTalkRequests.id, { onDelete: "cascade" }),
    smeId: uuid("sme_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    distributorId: uuid("distributor_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    tableNo: smallint("table_no").notNull(),
    status: talkStatus("status").notNull().default("proposed"),
    smeCheckedInAt: timestamp("sme_checked_in_at", { withTimezone: true }),
    distributorCheckedInAt: timestamp("distributor_checked_in_at", { withTimezone: true }),
    smeNote: text("sme_note"),
    distributorNote: text("distributor_note"),
    smeInterest: smallint("sme_interest"),
    distributorInterest: smallint("distributor_interest"),
    smeNextStep: text("sme_next_step"),
    distributorNextStep: text("distributor_next_step"),
    /** When the talk was marked held; the follow-up reminders count their days from it. */
    heldAt: timestamp("held_at", { withTimezone: true }),
    /** The inquiry thread the held talk opened or joined, where the deal goes on. */
    inquiryId: uuid("inquiry_id").references((): AnyPgColumn => inquiries.id, { onDelete: "set null" }),
    /** Whether that thread was opened by this talk (false: it joined one the pair already had). */
    openedInquiry: boolean("opened_inquiry").notNull().default(false),
    /** The last follow-up reminder sent, in days after the talk (7, 30, 90); 0 for none yet. */
    followupDays: smallint("followup_days").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    // The database holds the scheduler to its promise, in the draft and in the published schedule
    // apart: one talk per request, per table and slot, per company and slot.
    uniqueIndex("event_talks_request_idx").on(t.requestId, draft(t.status)),
    uniqueIndex("event_talks_table_idx").on(t.eventId, t.startsAt, t.tableNo, draft(t.status)),
    uniqueIndex("event_talks_sme_slot_idx").on(t.eventId, t.startsAt, t.smeId, draft(t.status)),
    uniqueIndex("event_talks_distributor_slot_idx").on(t.eventId, t.startsAt, t.distributorId, draft(t.status)),
    index("event_talks_sme_idx").on(t.smeId),
    index("event_talks_distributor_idx").on(t.distributorId),
    index("event_talks_followup_idx")
      .on(t.status, t.followupDays)
      .where(sql`${t.inquiryId} is not null`),
  ],
);
export type EventTalk = typeof eventTalks.$inferSelect;
