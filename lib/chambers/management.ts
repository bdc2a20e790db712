import "server-only";
import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { chambers, companies, users, type User } from "@/db/schema";
import { emailField, passwordField } from "@/lib/accounts/schemas";
import { endAllSessions } from "@/lib/accounts/sessions";
import { findUserByEmail, insertUser } from "@/lib/accounts/users";
import { assertRole } from "@/lib/auth/assert";
import { hashPassword } from "@/lib/accounts/password";
import { PublicError } from "@/lib/errors";
import { isRegionOf } from "@/lib/geo/regions";
import { locales, type Locale } from "@/lib/i18n/routing";
import { chamberKey } from "./chambers";

const optionalName = z
  .string()
  .trim()
  .max(200, { error: "tooLong" })
  .optional()
  .transform((v) => v || undefined);

export const chamberFormSchema = z
  .object({
    name_ja: optionalName,
    name_zh: optionalName,
    name_en: optionalName,
    region: z
      .string()
      .optional()
      .transform((v) => v || undefined)
      .refine((v) => v === undefined || isRegionOf(v, "JP") || isRegionOf(v, "CN"), { error: "regionInvalid" }),
  })
  .refine((v) => v.name_ja || v.name_zh || v.name_en, {
    error: "nameRequired",
    path: ["name_ja"],
    when: (p) => typeof p.value === "object" && p.value !== null,
  });

export const chamberAdminFormSchema = z.object({
  chamberId: z.uuid({ error: "required" }),
  name: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(120, { error: "tooLong" }),
  email: emailField,
  password: passwordField,
  /** The new admin's interface and email language; the action defaults it to the creator's. */
  language: z.enum(locales, { error: "invalid" }).optional(),
});

/** Chambers with how many admins and member companies each has, for the platform admin. */
export async function listChambersForPlatform(admin: User) {
  assertRole(admin, ["platform_admin"]);
  const db = await getDb();
  const [rows, admins] = await Promise.all([
    db
      .select({ chamber: chambers, members: count(companies.id) })
      .from(chambers)
      .leftJoin(companies, and(eq(companies.chamberId, chambers.id), isNull(companies.deletedAt)))
      .groupBy(chambers.id)
      .orderBy(asc(chambers.key)),
    db
      .select({ id: users.id, name: users.name, email: users.email, status: users.status, chamberId: users.chamberId })
      .from(users)
      .where(and(eq(users.role, "chamber_admin"), isNull(users.deletedAt)))
      .orderBy(asc(users.email)),
  ]);
  return rows.map((r) => ({ ...r, admins: admins.filter((a) => a.chamberId === r.chamber.id) }));
}

export async function createChamber(admin: User, input: z.output<typeof chamberFormSchema>) {
  assertRole(admin, ["platform_admin"]);
  const name = { ...(input.name_ja && { ja: input.name_ja }), ...(input.name_zh && { zh: input.name_zh }), ...(input.name_en && { en: input.name_en }) };
  // The key the exchange format's `chamber` field is matched by: the English name, else any.
  const key = chamberKey(input.name_en ?? input.name_ja ?? input.name_zh!);
  const db = await getDb();
  const [created] = await db.insert(chambers).values({ key, name, region: input.region }).onConflictDoNothing().returning();
  if (!created) throw new PublicError("chamberExists", "name_en");
  return created;
}

/** Creates a chamber admin account; the password is the one the platform admin passes on. */
export async function createChamberAdmin(admin: User, input: z.output<typeof chamberAdminFormSchema> & { language: Locale }): Promise<User> {
  assertRole(admin, ["platform_admin"]);
  const db = await getDb();
  const [chamber] = await db.select({ id: chambers.id }).from(chambers).where(eq(chambers.id, input.chamberId)).limit(1);
  if (!chamber) throw new PublicError("notFound", "chamberId");
  if (await findUserByEmail(input.email)) throw new PublicError("emailTaken", "email");
  const user = await insertUser(db, {
    email: input.email,
    name: input.name,
    passwordHash: await hashPassword(input.password),
    role: "chamber_admin",
    chamberId: chamber.id,
    locale: input.language,
  });
  if (!user) throw new PublicError("emailTaken", "email");
  return user;
}

/** Suspends or reactivates a chamber admin; a suspended admin is refused at their next action. */
export async function setChamberAdminStatus(admin: User, userId: string, status: "active" | "suspended"): Promise<void> {
  assertRole(admin, ["platform_admin"]);
  const db = await getDb();
  const updated = await db
    .update(users)
    .set({ status, suspendedReason: status === "suspended" ? sql`'suspended by a platform admin'` : null })
    .where(and(eq(users.id, userId), eq(users.role, "chamber_admin"), isNull(users.deletedAt)))
    .returning({ id: users.id });
  if (!updated.length) throw new PublicError("notFound");
  // A suspension ends the admin's sessions, so that reactivating the account revives none of them.
  if (status === "suspended") await endAllSessions(userId);
}
