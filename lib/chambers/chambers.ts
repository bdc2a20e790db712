import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { chambers, type Chamber, type Localized } from "@/db/schema";

/** The key a chamber is found by: its name lower-cased with white space folded. */
export function chamberKey(name: string): string {
  return name.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
}

/** Finds the chamber known by `name` (in any of its languages' key form), or creates it. */
export async function findOrCreateChamber(name: string, details: { name?: Localized; region?: string } = {}, executor?: Executor): Promise<Chamber> {
  const db = executor ?? (await getDb());
  const key = chamberKey(name);
  const [existing] = await db.select().from(chambers).where(eq(chambers.key, key)).limit(1);
  if (existing) return existing;
  const [created] = await db
    .insert(chambers)
    .values({ key, name: details.name ?? { en: name.trim() }, region: details.region })
    .onConflictDoNothing()
    .returning();
  if (created) return created;
  const [raced] = await db.select().from(chambers).where(eq(chambers.key, key)).limit(1);
  return raced!;
}
