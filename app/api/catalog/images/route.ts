import { z } from "zod";
import { authedAction } from "@/lib/auth/action";
import { FORM_OVERHEAD_BYTES, readUploadForm } from "@/lib/auth/access";
import { addProductImages } from "@/lib/catalog/images";
import { MAX_IMAGE_BYTES, MAX_IMAGES_PER_PRODUCT } from "@/lib/catalog/image-processing";
import { requireOwnCompanyOf } from "@/lib/catalog/access";

const schema = z.object({
  productId: z.uuid({ error: "invalid" }),
  images: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.instanceof(File, { error: "catalog.errors.noImage" }))),
});

// A body larger than a full product's worth of images holds a file over the limit or too many files;
// the hint says both limits.
const guard = {
  roles: ["sme"],
  maxBytes: MAX_IMAGES_PER_PRODUCT * MAX_IMAGE_BYTES + FORM_OVERHEAD_BYTES,
  tooLarge: { key: "catalog.images.hint", field: "images" },
} as const;

/**
 * Image uploads come here rather than to a server action: up to 8 × 5 MB is over the server
 * actions' 1 MB body limit. Same wrapper, roles and ownership rule as the actions.
 */
const uploadImages = authedAction({ schema, roles: guard.roles, revalidate: ["/company/products"] }, async (input, { user, t }) => {
  const { company } = await requireOwnCompanyOf(user, "sme");
  const uploads = await Promise.all(
    input.images.filter((f) => f.size > 0 || f.name).map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  const ids = await addProductImages(company.id, input.productId, uploads);
  return { message: t("catalog.images.added", { count: ids.length }), data: { ids } };
});

export async function POST(request: Request): Promise<Response> {
  const form = await readUploadForm(request, guard);
  if (form instanceof Response) return form;
  const state = await uploadImages(undefined, form);
  return Response.json(state, { status: state.ok ? 200 : 422, headers: { "Cache-Control": "no-store" } });
}
