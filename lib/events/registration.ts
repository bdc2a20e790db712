import "server-only";
import { and, eq, inArray, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { eventParticipants, products, type EventParticipant, type User } from "@/db/schema";
import { isUniqueViolation } from "@/db/errors";
import { PublicError } from "@/lib/errors";
import { eventCompany, findEvent } from "./access";
import type { AvailabilityInput, RegistrationInput } from "./schemas";
import { slotStarts } from "./slots";

/**
 * An approved company of an allowed kind registers before the deadline, with the products (its
 * own, published) or needs it brings; the organizer then accepts or rejects it.
 */
export async function registerForEvent(user: Pick<User, "id">, input: RegistrationInput, at: Date = new Date()): Promise<EventParticipant> {
  const company = await eventCompany(user);
  const db = await getDb();
  const event = await findEvent(db, input.eventId);
  if (!event.allowedKinds.includes(company.kind)) throw new PublicError("events.errors.kindNotAllowed");
  if (at >= event.registrationDeadline) throw new PublicError("events.errors.registrationClosed");
  const wanted = [...new Set(input.productIds)];
  if (wanted.length > 0) {
    const own = await db
      .select({ id: products.id })
      .from(products)
      .where(and(inArray(products.id, wanted), eq(products.companyId, company.id), eq(products.published, true)));
    if (own.length !== wanted.length) throw new PublicError("events.errors.productsNotYours", "productIds");
  }
  try {
    const [row] = await db
      .insert(eventParticipants)
      .values({ eventId: event.id, companyId: company.id, productIds: wanted, needs: input.needs ?? null, registeredBy: user.id })
      .returning();
    return row!;
  } catch (error) {
    if (isUniqueViolation(error)) throw new PublicError("events.errors.alreadyRegistered");
    throw error;
  }
}

/**
 * The slots a registered company can talk at; every one must be a slot of the event. None means
 * any time of the event, which is also where a new participant starts.
 */
export async function setAvailability(user: Pick<User, "id">, input: AvailabilityInput): Promise<string[]> {
  const company = await eventCompany(user);
  const db = await getDb();
  const event = await findEvent(db, input.eventId);
  const slots = new Set(slotStarts(event));
  const chosen = [...new Set(input.slots.map((iso) => new Date(iso).getTime()))].sort((a, b) => a - b);
  if (chosen.some((ms) => !slots.has(ms))) throw new PublicError("events.errors.slotInvalid", "slots");
  const availability = chosen.map((ms) => new Date(ms).toISOString());
  const [row] = await db
    .update(eventParticipants)
    .set({ availability })
    .where(and(eq(eventParticipants.eventId, event.id), eq(eventParticipants.companyId, company.id), ne(eventParticipants.status, "rejected")))
    .returning({ id: eventParticipants.id });
  if (!row) throw new PublicError("events.errors.notParticipant");
  return availability;
}
