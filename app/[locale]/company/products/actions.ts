"use server";

import { z } from "zod";
import { accessFactsSchema, saveAccessFacts } from "@/lib/access/product-facts";
import { authedAction } from "@/lib/auth/action";
import { deleteImage } from "@/lib/catalog/images";
import { requestProductReview } from "@/lib/catalog/moderation";
import { requireOwnCompanyOf } from "@/lib/catalog/access";
import { createProduct, deleteProduct, setProductPublished, updateProduct } from "@/lib/catalog/products";
import { imageIdSchema, productIdSchema, productSchema, publishSchema, updateProductSchema } from "@/lib/catalog/schemas";

const sme = ["sme"] as const;
const revalidate = ["/company/products"];

export const createProductAction = authedAction({ schema: productSchema, roles: sme, revalidate }, async (input, { user, locale }) => {
  const { company } = await requireOwnCompanyOf(user, "sme");
  const product = await createProduct(company.id, input);
  return { redirectTo: `/${locale}/company/products/${product.id}?created=1` };
});

export const updateProductAction = authedAction({ schema: updateProductSchema, roles: sme, revalidate }, async (input, { user, t }) => {
  const { company } = await requireOwnCompanyOf(user, "sme");
  await updateProduct(company.id, input.productId, input);
  return { message: t("catalog.products.saved") };
});

export const setPublishedAction = authedAction({ schema: publishSchema, roles: sme, revalidate }, async (input, { user, t }) => {
  const { company } = await requireOwnCompanyOf(user, "sme");
  await setProductPublished(company.id, input.productId, input.published);
  return { message: t(input.published ? "catalog.products.publishedNow" : "catalog.products.unpublishedNow") };
});

const reviewRequestSchema = z.object({
  productId: z.uuid({ error: "invalid" }),
  reason: z.string({ error: "catalog.errors.changesRequired" }).trim().min(1, { error: "catalog.errors.changesRequired" }).max(1000, { error: "tooLong" }),
});

/** The owner of a product a moderator unpublished asks its chamber to publish it again. */
export const requestReviewAction = authedAction({ schema: reviewRequestSchema, roles: sme, revalidate }, async (input, { user, t }) => {
  const { company } = await requireOwnCompanyOf(user, "sme");
  await requestProductReview(user, company.id, input.productId, input.reason);
  return { message: t("catalog.products.review.sent") };
});

export const deleteProductAction = authedAction({ schema: productIdSchema, roles: sme, revalidate }, async (input, { user, locale }) => {
  const { company } = await requireOwnCompanyOf(user, "sme");
  await deleteProduct(company.id, input.productId);
  return { redirectTo: `/${locale}/company/products?deleted=1` };
});

export const deleteImageAction = authedAction({ schema: imageIdSchema, roles: sme, revalidate }, async (input, { user, t }) => {
  const { company } = await requireOwnCompanyOf(user, "sme");
  await deleteImage(company.id, input.imageId);
  return { message: t("catalog.images.deleted") };
});

/** The owner's facts for the market-access check (origin, main ingredient, gateway, attributes). */
export const saveAccessFactsAction = authedAction({ schema: accessFactsSchema, roles: sme, revalidate }, async (input, { user, t }) => {
  const { company } = await requireOwnCompanyOf(user, "sme");
  await saveAccessFacts(company.id, input);
  return { message: t("catalog.products.saved") };
});
