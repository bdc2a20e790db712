import "server-only";
// Writes a version of a quotation's terms, with the thread message that carries its spec sheet.
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { inquiries, inquiryAttachments, inquiryMessages, inquiryReads, products, quotationVersions, type Localized, type User } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import { pickLocalized } from "@/lib/i18n/localized";
import { checkUploads, type Upload } from "@/lib/inquiries/messages";
import { quotationValid } from "./dates";

export type Terms = {
  productId?: string;
  productName: string;
  unitPriceJpy: number;
  moq: number;
  incoterm: (typeof quotationVersions.$inferInsert)["incoterm"];
  incotermPlace: string;
  leadTimeDays: number;
  paymentTerms: string;
  validUntil: string;
  notes: string;
  specSheet?: Upload;
};

/** The frozen copy of a version written to the deal's timeline when it is accepted. */
export type FrozenTerms = Omit<Terms, "specSheet" | "productId" | "unitPriceJpy"> & { version: number; unitPrice: number; currency: "JPY" };

/** The product's name from the SME's own catalog (a forged id finds nothing), else the typed text. */
async function productName(tx: Executor, smeId: string, terms: Terms): Promise<{ id: string | null; name: string }> {
  if (!terms.productId) return { id: null, name: terms.productName };
  const [row] = await tx
    .select({ id: products.id, name: products.name })
    .from(products)
    .where(and(eq(products.id, terms.productId), eq(products.companyId, smeId)));
  if (!row) throw new PublicError("quotations.errors.productNotFound", "productId");
  const name = (row.name as Localized) ?? {};
  return { id: row.id, name: terms.productName || pickLocalized(name, "ja")?.text || "" };
}

/** Refuses terms that cannot be offered, before anything is written. */
export function checkTerms(terms: Terms, now = new Date()): void {
  if (!quotationValid(terms.validUntil, now)) throw new PublicError("quotations.errors.validityPast", "validUntil");
  if (terms.specSheet) checkUploads([terms.specSheet]);
}

/**
 * Writes version `version` of a quotation in the thread: a message saying so (holding the spec
 * sheet, stored like every thread attachment) and the terms row.
 */
export async function writeVersion(
  tx: Executor,
  args: { user: User; inquiryId: string; smeId: string; quotationId: string; version: number; terms: Terms; body: string },
): Promise<void> {
  const { user, inquiryId, terms } = args;
  const product = await productName(tx, args.smeId, terms);
  const [message] = await tx
    .insert(inquiryMessages)
    .values({ inquiryId, authorId: user.id, authorSide: "sme", body: args.body })
    .returning({ id: inquiryMessages.id });
  let specSheetId: string | null = null;
  if (terms.specSheet) {
    const [file] = checkUploads([terms.specSheet]);
    const [row] = await tx
      .insert(inquiryAttachments)
      .values({ ...file!, size: file!.data.byteLength, inquiryId, messageId: message!.id })
      .returning({ id: inquiryAttachments.id });
    specSheetId = row!.id;
  }
  await tx.insert(quotationVersions).values({
    quotationId: args.quotationId,
    version: args.version,
    productId: product.id,
    productName: product.name,
    unitPrice: terms.unitPriceJpy,
    currency: "JPY",
    moq: terms.moq,
    incoterm: terms.incoterm,
    incotermPlace: terms.incotermPlace,
    leadTimeDays: terms.leadTimeDays,
    paymentTerms: terms.paymentTerms,
    validUntil: terms.validUntil,
    notes: terms.notes || null,
    specSheetId,
    createdBy: user.id,
  });
  await tx
    .update(inquiries)
    .set({ lastMessageAt: sql`now()` })
    .where(eq(inquiries.id, inquiryId));
  await tx
    .insert(inquiryReads)
    .values({ inquiryId, userId: user.id, lastReadAt: sql`now()` })
    .onConflictDoUpdate({ target: [inquiryReads.inquiryId, inquiryReads.userId], set: { lastReadAt: sql`greatest(${inquiryReads.lastReadAt}, now())` } });
}
