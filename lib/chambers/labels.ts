import "server-only";
import { asc } from "drizzle-orm";
import { getDb } from "@/db/client";
import { chambers, type Chamber } from "@/db/schema";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

// Chamber names label search facets on every request and are the same for every reader, so they
// are read once per process (and database) instead of once per request. An id the cache does not
// know (a chamber created since) reloads it; a minute bounds how long any other change shows late.
const maxAgeMs = 60_000;
let cached: { db: object; at: number; byId: Map<string, Chamber> } | undefined;

async function chambersById(ids: readonly string[]): Promise<Map<string, Chamber>> {
  const db = await getDb();
  const fresh = cached && cached.db === db && Date.now() - cached.at < maxAgeMs && ids.every((id) => cached!.byId.has(id));
  if (!fresh) {
    const rows = await db.select().from(chambers).orderBy(asc(chambers.key));
    cached = { db, at: Date.now(), byId: new Map(rows.map((c) => [c.id, c])) };
  }
  return cached!.byId;
}

/** The names of the chambers `ids`, in the reader's language (the key when none is written). */
export async function chamberLabels(ids: readonly string[], locale: Locale): Promise<Record<string, string>> {
  const byId = await chambersById(ids);
  return Object.fromEntries(
    ids.flatMap((id) => {
      const chamber = byId.get(id);
      return chamber ? [[id, pickLocalized(chamber.name, locale)?.text ?? chamber.key]] : [];
    }),
  );
}
