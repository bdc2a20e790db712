import { z } from "zod";
import { authedAction } from "@/lib/auth/action";
import { PublicError } from "@/lib/errors";
import { FORM_OVERHEAD_BYTES, readUploadForm } from "@/lib/auth/access";
import { MAX_CSV_BYTES, parseProductCsv } from "@/lib/catalog/csv/parse";
import { rowsWithProblems, toPreview, type ImportPreview } from "@/lib/catalog/csv/preview";
import { CatalogError } from "@/lib/catalog/errors";
import { importProducts } from "@/lib/catalog/import";
import { requireOwnCompanyOf } from "@/lib/catalog/access";

const schema = z.object({
  mode: z.enum(["preview", "commit"], { error: "invalid" }),
  file: z.instanceof(File, { error: "catalog.errors.csvNoFile" }),
});

const guard = { roles: ["sme"], maxBytes: MAX_CSV_BYTES + FORM_OVERHEAD_BYTES, tooLarge: { key: "catalog.errors.csvTooLarge", field: "file" } } as const;

/**
 * The CSV import, posted by XMLHttpRequest so the page can show real upload progress. "preview"
 * checks every row and writes nothing; "commit" checks again and imports all rows or none.
 */
const importCsv = authedAction<typeof schema, ImportPreview>(
  { schema, roles: guard.roles, revalidate: ["/company/products"] },
  async (input, { user, t, locale }) => {
    const { company } = await requireOwnCompanyOf(user, "sme");
    const parsed = parseProductCsv(new Uint8Array(await input.file.arrayBuffer()));
    const preview = toPreview(parsed, t, locale);
    const fileProblem = parsed.fileProblems[0];
    if (fileProblem) throw new PublicError(fileProblem.key, "file", fileProblem.params, preview);
    if (parsed.rowProblems.length) throw new CatalogError("csvHasErrors", undefined, { count: rowsWithProblems(parsed) }, preview);
    if (input.mode === "preview") return { message: t("catalog.import.ready", { count: preview.count }), data: preview };
    const imported = await importProducts(
      company.id,
      user.id,
      parsed.rows.map((r) => r.input),
    );
    return { message: t("catalog.import.done", { count: imported }), data: { ...preview, imported } };
  },
);

export async function POST(request: Request): Promise<Response> {
  const form = await readUploadForm(request, guard);
  if (form instanceof Response) return form;
  const state = await importCsv(undefined, form);
  return Response.json(state, { status: state.ok ? 200 : 422, headers: { "Cache-Control": "no-store" } });
}
