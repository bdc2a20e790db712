import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { chambers, companies, inquiries, inquiryEvents, inquiryMessages, inquiryReads, products, type Company, type User } from "@/db/schema";
import type { Localized } from "@/db/schema/localized";
import { assertEmailVerified } from "@/lib/accounts/verification";
import { PublicError } from "@/lib/errors";
import { requireOwnCompany } from "@/lib/companies/access";
import { nameParam } from "@/lib/notifications/types";
import { isUuid, type Viewer } from "./access";
import { blockedBetween } from "./blocks";
import { notifyThread } from "./participants";
import type { ContactSource } from "./sources";

export type ContactTarget = { own: Company; target: Company; product?: { id: string; name: Localized } };

/**
 * Who the viewer may contact: their own company is approved and of one side, the target is an
 * approved, live company of the other side, neither blocks the other, and the product (if any)
 * is the SME's, published. Throws a PublicError naming the first rule that fails.
 */
async function resolveContact(viewer: Viewer, db: Executor, to: string, productId?: string): Promise<ContactTarget> {
  const own = viewer.company;
  if (viewer.user.role !== "sme" && viewer.user.role !== "distributor") throw new PublicError("forbidden");
  if (!own) throw new PublicError("noCompany");
  if (own.status === "suspended") throw new PublicError("companySuspended");
  if (own.status !== "approved") throw new PublicError("inquiries.errors.notApproved");
  const otherKind = own.kind === "sme" ? "distributor" : "sme";
  const [target] = isUuid(to)
    ? await db
        .select()
        .from(companies)
        .where(and(eq(companies.id, to), eq(companies.kind, otherKind), eq(companies.status, "approved"), isNull(companies.deletedAt)))
        .limit(1)
    : [];
  if (!target) throw new PublicError("inquiries.errors.companyNotFound");
  if (await blockedBetween(db, own.id, target.id)) throw new PublicError("inquiries.errors.contactEnded");
  if (!productId) return { own, target };
  const smeId = own.kind === "sme" ? own.id : target.id;
  const [product] = isUuid(productId)
    ? await db
        .select({ id: products.id, name: products.name, published: products.published })
        .from(products)
        .where(and(eq(products.id, productId), eq(products.companyId, smeId)))
        .limit(1)
    : [];
  if (!product || (!product.published && own.kind !== "sme")) throw new PublicError("inquiries.errors.productNotFound");
  return { own, target, product: { id: product.id, name: product.name } };
}

/** The caller and their own company, from their membership (never from the form). */
export async function contactViewer(user: User): Promise<Viewer> {
  if (user.role !== "sme" && user.role !== "distributor") throw new PublicError("forbidden");
  const { company } = await requireOwnCompany(user);
  assertEmailVerified(user);
  return { user, company };
}

export type ContactCheck = { ok: true; contact: ContactTarget; chamberName: Localized | null } | { ok: false; error: string };

/** For the new-inquiry page: the target and product to show, or the reason contact is refused. */
export async function checkContact(user: User, to: string, productId?: string): Promise<ContactCheck> {
  const db = await getDb();
  try {
    const contact = await resolveContact(await contactViewer(user), db, to, productId);
    // The SME's chamber will coordinate the thread: say so before the first message is sent.
    const smeChamber = contact.own.kind === "sme" ? contact.own.chamberId : contact.target.chamberId;
    const [chamber] = smeChamber ? await db.select({ name: chambers.name }).from(chambers).where(eq(chambers.id, smeChamber)) : [];
    return { ok: true, contact, chamberName: chamber?.name ?? null };
  } catch (error) {
    if (error instanceof PublicError) return { ok: false, error: error.key };
    throw error;
  }
}

export type OpenInput = { to: string; productId?: string; source: ContactSource; subject: string; body: string };

/**
 * Opens a thread with its first message, its timeline entry and the notifications to the other
 * company and the SME's chamber, all in one transaction. The caller's company comes from their
 * membership, never from the form.
 */
export async function openInquiry(user: User, input: OpenInput): Promise<string> {
  const viewer = await contactViewer(user);
  const db = await getDb();
  return db.transaction(async (tx) => (await openInquiryIn(tx, user, viewer, input)).id);
}

/**
 * The body of openInquiry, inside the caller's transaction (a quotation opens its thread with it):
 * the contact rules, the thread, its first message, timeline entry and notifications.
 */
export async function openInquiryIn(tx: Executor, user: User, viewer: Viewer, input: OpenInput | (Omit<OpenInput, "source"> & { source: "need" })) {
  const { own, target, product } = await resolveContact(viewer, tx, input.to, input.productId);
  const [sme, distributor] = own.kind === "sme" ? [own, target] : [target, own];
  const [inquiry] = await tx
    .insert(inquiries)
    .values({
      smeId: sme.id,
      distributorId: distributor.id,
      chamberId: sme.chamberId,
      openedBy: user.id,
      openedByCompanyId: own.id,
      source: input.source,
      productId: product?.id ?? null,
      subject: input.subject,
    })
    .returning();
  await tx.insert(inquiryMessages).values({ inquiryId: inquiry!.id, authorId: user.id, authorSide: own.kind, body: input.body });
  // now() is the transaction's start: the same instant as the message and the thread's lastMessageAt.
  await tx.insert(inquiryReads).values({ inquiryId: inquiry!.id, userId: user.id, lastReadAt: sql`now()` });
  await tx.insert(inquiryEvents).values({ inquiryId: inquiry!.id, actorId: user.id, type: "opened", data: { source: input.source } });
  await notifyThread(
    tx,
    inquiry!,
    { userId: user.id, companyId: own.id },
    {
      type: "inquiry_new",
      audience: "otherCompany",
      payload: { inquiryId: inquiry!.id, subject: input.subject, companyName: nameParam(own.name), source: input.source },
    },
  );
  return inquiry!;
}
