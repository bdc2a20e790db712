import { jsonb, pgTable, text, timestamp, uuid, uniqueIndex } from "drizzle-orm/pg-core";
import type { Localized } from "./localized";

/** Chambers of commerce and trade bodies that vouch for their member companies. */
export const chambers = pgTable(
  "chambers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Lower-cased, space-folded form of the name a chamber is known by; lets the exchange
    // format's free-text `chamber` field and the admin CLI find the same record.
    key: text("key").notNull(),
    name: jsonb("name").$type<Localized>().notNull(),
    region: text("region"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [uniqueIndex("chambers_key_idx").on(t.key)],
);

export type Chamber = typeof chambers.$inferSelect;
export type NewChamber = typeof chambers.$inferInsert;
