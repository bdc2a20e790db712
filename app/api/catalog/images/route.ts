import { z } from "zod";
import { authedAction } from "@/lib/auth/action";
import { addProductImages } from "@/lib/catalog/images";
import { requireOwnCompanyOf } from "@/lib/catalog/owner";

const schema = z.object({
  productId: z.uuid({ error: "invalid" }),
  images: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.instanceof(File, { error: "catalog.errors.noImage" }))),
});

/**
 * Image uploads come here rather than to a server action: up to 8 × 5 MB is over the server
 * actions' 1 MB body limit. Same wrapper, roles and ownership rule as the actions.
 */
const uploadImages = authedAction({ schema, roles: ["sme"], revalidate: ["/company/products"] }, async (input, { user, t }) => {
  const { company } = await requireOwnCompanyOf(user, "sme");
  const uploads = await Promise.all(
    input.images.filter((f) => f.size > 0 || f.name).map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  const ids = await addProductImages(company.id, input.productId, uploads);
  return { message: t("catalog.images.added", { count: ids.length }), data: { ids } };
});

export async function POST(request: Request): Promise<Response> {
  const form = await request.formData().catch(() => undefined);
  if (!form) return Response.json({ ok: false }, { status: 400 });
  const state = await uploadImages(undefined, form);
  return Response.json(state, { status: state.ok ? 200 : 422, headers: { "Cache-Control": "no-store" } });
}
