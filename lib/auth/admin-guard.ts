import "server-only";
import { notFound } from "next/navigation";
import type { User } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";
import { isAdmin } from "./assert";
import { requireUser } from "./page-guard";

/** For admin pages: a chamber or platform admin, or the not-found page for anyone else. */
export async function requireAdmin(locale: Locale, returnTo: string): Promise<User> {
  const user = await requireUser(locale, returnTo);
  if (!isAdmin(user)) notFound();
  return user;
}
