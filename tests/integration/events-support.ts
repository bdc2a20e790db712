// The events tests' world: a Guangzhou afternoon of talks, an organizer, and members of both sides.
import type { Company, User } from "@/db/schema";
import { createEvent, decideRegistration } from "@/lib/events/organizer";
import { registerForEvent } from "@/lib/events/registration";
import { eventSchema, type EventInput } from "@/lib/events/schemas";
import { insertUser } from "../support/accounts";
import { chamberNamed, insertCompany } from "../support/companies";

export const NOW = new Date("2026-12-07T00:00:00Z");

/** A Guangzhou afternoon: 14:00–15:00 CST, 20-minute talks with 10-minute breaks → slots 14:00 and 14:30. */
export function form(overrides: Record<string, unknown> = {}): EventInput {
  return eventSchema.parse({
    nameJa: "日中（広東）中小企業フォーラム商談会",
    nameEn: "China–Japan (Guangdong) SME Forum business talks",
    place: "Guangzhou, Pazhou Complex",
    startsOn: "2026-12-15",
    endsOn: "2026-12-15",
    timeZone: "Asia/Shanghai",
    talkMinutes: "20",
    breakMinutes: "10",
    dayStart: "14:00",
    dayEnd: "15:00",
    tables: "1",
    registrationDeadline: "2026-12-10T18:00",
    allowedKinds: ["sme", "distributor"],
    requestExpiryHours: "48",
    maxPendingRequests: "2",
    ...overrides,
  });
}

export async function chamberAdmin(name = "Mitsuke Chamber of Commerce and Industry"): Promise<User> {
  const chamber = await chamberNamed(name);
  return insertUser({ role: "chamber_admin", chamberId: chamber.id });
}

export async function member(kind: "sme" | "distributor", name: Company["name"], status: Company["status"] = "approved") {
  const user = await insertUser({ role: kind });
  const company = await insertCompany({ kind, name, status }, user);
  return { user, company };
}

/** An event with an accepted SME and two accepted distributors. */
export async function staged(overrides: Record<string, unknown> = {}) {
  const admin = await chamberAdmin();
  const event = await createEvent(admin, form(overrides));
  const sme = await member("sme", { ja: "見附ニット", en: "Mitsuke Knit" });
  const dist = await member("distributor", { zh: "延边贸易", en: "Yanbian Trading" });
  const dist2 = await member("distributor", { zh: "广州百货", en: "Guangzhou Stores" });
  for (const m of [sme, dist, dist2]) {
    const p = await registerForEvent(m.user, { eventId: event.id, productIds: [], needs: undefined }, NOW);
    await decideRegistration(admin, event.id, { participantId: p.id, decision: "accepted" });
  }
  return { admin, event, sme, dist, dist2 };
}
