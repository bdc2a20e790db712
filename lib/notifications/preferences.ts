import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { notificationPreferences, notificationTypes, type NotificationType, type User } from "@/db/schema";
import { locales, type Locale } from "@/lib/i18n/routing";

export type Preferences = { emailLocale: Locale | null; disabled: NotificationType[] };

/**
 * The settings form: an empty language means "same as my interface language"; the ticked
 * categories are posted as `enabled` (an unticked checkbox posts nothing), the rest are disabled.
 */
export const preferencesSchema = z
  .object({
    emailLocale: z
      .union([z.literal(""), z.enum(locales)])
      .optional()
      .transform((v) => (v ? v : null)),
    enabled: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
      .pipe(z.array(z.enum(notificationTypes, { message: "notifications.errors.invalidCategory" }))),
  })
  .transform(({ emailLocale, enabled }): Preferences => ({ emailLocale, disabled: notificationTypes.filter((type) => !enabled.includes(type)) }));

export async function getPreferences(user: Pick<User, "id">): Promise<Preferences> {
  const db = await getDb();
  const [row] = await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, user.id));
  return {
    emailLocale: (locales as readonly string[]).includes(row?.emailLocale ?? "") ? (row!.emailLocale as Locale) : null,
    disabled: row?.disabled ?? [],
  };
}

/** Saves the caller's own settings; the user comes from the session, never from the form. */
export async function savePreferences(user: Pick<User, "id">, prefs: Preferences): Promise<void> {
  const db = await getDb();
  const disabled = [...new Set(prefs.disabled)];
  await db
    .insert(notificationPreferences)
    .values({ userId: user.id, emailLocale: prefs.emailLocale, disabled })
    .onConflictDoUpdate({ target: notificationPreferences.userId, set: { emailLocale: prefs.emailLocale, disabled, updatedAt: new Date() } });
}
