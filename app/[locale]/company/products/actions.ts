"use server";

import { authedAction } from "@/lib/auth/action";
import { deleteImage } from "@/lib/catalog/images";
import { requireOwnCompanyOf } from "@/lib/catalog/owner";
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
