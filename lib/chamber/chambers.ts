import "server-only";
import { asc } from "drizzle-orm";
import { getDb } from "@/db/client";
import { chambers, type Localized } from "@/db/schema";

/** Every chamber, for a platform admin's picker. */
export async function listChambers(): Promise<{ id: string; key: string; name: Localized }[]> {
  const db = await getDb();
  return db.select({ id: chambers.id, key: chambers.key, name: chambers.name }).from(chambers).orderBy(asc(chambers.key));
}
