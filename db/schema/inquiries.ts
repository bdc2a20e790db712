import { bigserial, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { chambers } from "./chambers";
import { companies } from "./companies";
import { products } from "./catalog";
import { bytea } from "./types";
import { users } from "./users";

/** A deal's stage: new → in talks → samples sent → negotiating → agreement signed, or closed. */
export const dealStages = ["new", "in_talks", "samples_sent", "negotiating", "signed", "closed"] as const;
export type DealStage = (typeof dealStages)[number];
export const dealStage = pgEnum("deal_stage", dealStages);

export const inquirySources = ["product", "profile", "match", "showroom", "need", "event"] as const;
export const inquirySource = pgEnum("inquiry_source", inquirySources);

/** A thread between an SME and a distributor, which is also the deal it may become. */
export const inquiries = pgTable(
  "inquiries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    smeId: uuid("sme_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    distributorId: uuid("distributor_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    /** The SME's chamber when the inquiry opened: its admins coordinate the thread. */
    chamberId: uuid("chamber_id").references(() => chambers.id, { onDelete: "set null" }),
    openedBy: uuid("opened_by").references(() => users.id, { onDelete: "set null" }),
    openedByCompanyId: uuid("opened_by_company_id").references(() => companies.id, { onDelete: "set null" }),
    source: inquirySource("source").notNull(),
    productId: uuid("product_id").references(() => products.id, { onDelete: "set null" }),
    subject: text("subject").notNull(),
    stage: dealStage("stage").notNull().default("new"),
    closedReason: text("closed_reason"),
    signedAt: timestamp("signed_at", { withTimezone: true }),
    /**
     * What became of the deal, kept on the row for the chamber console (lib/inquiries/facts.ts
     * rewrites them in the transaction of every message, meeting answer or cancellation and stage
     * change): the first message from the side that did not open it, the earliest meeting still
     * accepted, and the first time it reached samples_sent or a later stage (null: not yet).
     */
    firstReplyAt: timestamp("first_reply_at", { withTimezone: true }),
    metAt: timestamp("met_at", { withTimezone: true }),
    samplesAt: timestamp("samples_at", { withTimezone: true }),
    /**
     * The chamber each side belongs to now (null when it has none or is deleted), kept by triggers
     * (migration 0027) when an inquiry is written and when a company changes chamber or is deleted,
     * so the console finds a chamber's deals by an index range instead of joining its members.
     */
    smeCurrentChamberId: uuid("sme_current_chamber_id"),
    distributorCurrentChamberId: uuid("distributor_current_chamber_id"),
    /**
     * The silence follow-ups of a first message, each set once by lib/trust/reply-reminders.ts: the
     * receiving company was reminded (2 working days), the SME's chamber was told it waits (5).
     */
    replyRemindedAt: timestamp("reply_reminded_at", { withTimezone: true }),
    waitingListedAt: timestamp("waiting_listed_at", { withTimezone: true }),
    lastMessageAt: timestamp("last_message_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index("inquiries_sme_idx").on(t.smeId, t.lastMessageAt),
    index("inquiries_distributor_idx").on(t.distributorId, t.lastMessageAt),
    index("inquiries_chamber_idx").on(t.chamberId, t.stage),
    // The console's period scans, answered from the index alone (what each statement reads is in it),
    // and its recommended pairs followed by their inquiries.
    index("inquiries_console_idx").on(
      t.createdAt,
      t.smeCurrentChamberId,
      t.distributorCurrentChamberId,
      t.smeId,
      t.distributorId,
      t.productId,
      t.firstReplyAt,
      t.metAt,
      t.samplesAt,
      t.stage,
    ),
    index("inquiries_pair_idx").on(t.smeId, t.distributorId, t.createdAt),
  ],
);
export type Inquiry = typeof inquiries.$inferSelect;

export const authorSides = ["sme", "distributor", "chamber"] as const;
export const authorSide = pgEnum("author_side", authorSides);

export const inquiryMessages = pgTable(
  "inquiry_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    inquiryId: uuid("inquiry_id")
      .notNull()
      .references(() => inquiries.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    authorSide: authorSide("author_side").notNull(),
    /** Plain text; links are made clickable on display, never rendered as HTML. */
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("inquiry_messages_inquiry_idx").on(t.inquiryId, t.createdAt)],
);
export type InquiryMessage = typeof inquiryMessages.$inferSelect;

/** PDF and image attachments, stored in the database like product images. */
export const inquiryAttachments = pgTable(
  "inquiry_attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    inquiryId: uuid("inquiry_id")
      .notNull()
      .references(() => inquiries.id, { onDelete: "cascade" }),
    messageId: uuid("message_id")
      .notNull()
      .references(() => inquiryMessages.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    mime: text("mime").notNull(),
    size: integer("size").notNull(),
    data: bytea("data").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("inquiry_attachments_message_idx").on(t.messageId)],
);

/** The deal's timeline: stage changes, meetings, notes. Written with the change it records. */
export const inquiryEvents = pgTable(
  "inquiry_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    inquiryId: uuid("inquiry_id")
      .notNull()
      .references(() => inquiries.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    type: text("type").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("inquiry_events_inquiry_idx").on(t.inquiryId, t.createdAt)],
);

/** How far each user has read each thread: unread counts come from it. */
export const inquiryReads = pgTable(
  "inquiry_reads",
  {
    inquiryId: uuid("inquiry_id")
      .notNull()
      .references(() => inquiries.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lastReadAt: timestamp("last_read_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.inquiryId, t.userId] })],
);

export const meetingModes = ["online", "onsite"] as const;
export const meetingMode = pgEnum("meeting_mode", meetingModes);
export const meetingStatuses = ["proposed", "accepted", "declined", "cancelled"] as const;
export const meetingStatus = pgEnum("meeting_status", meetingStatuses);

/** A proposed business talk with two or three slots; the other side accepts one. */
export const meetings = pgTable(
  "meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    inquiryId: uuid("inquiry_id")
      .notNull()
      .references(() => inquiries.id, { onDelete: "cascade" }),
    proposedBy: uuid("proposed_by").references(() => users.id, { onDelete: "set null" }),
    proposedByCompanyId: uuid("proposed_by_company_id").references(() => companies.id, { onDelete: "set null" }),
    mode: meetingMode("mode").notNull(),
    location: text("location"),
    durationMinutes: integer("duration_minutes").notNull().default(60),
    slots: timestamp("slots", { withTimezone: true }).array().notNull(),
    acceptedSlot: timestamp("accepted_slot", { withTimezone: true }),
    status: meetingStatus("status").notNull().default("proposed"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [index("meetings_inquiry_idx").on(t.inquiryId)],
);
export type Meeting = typeof meetings.$inferSelect;

/** A company that blocked another: no contact either way while the row exists. */
export const companyBlocks = pgTable(
  "company_blocks",
  {
    blockerId: uuid("blocker_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    blockedId: uuid("blocked_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.blockerId, t.blockedId] }), index("company_blocks_blocked_idx").on(t.blockedId)],
);
