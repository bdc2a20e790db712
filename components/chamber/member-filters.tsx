import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import type { CompanyKind, CompanyStatus } from "@/db/schema";

/** The member table's search and filters, a GET form that keeps the sort. */
export async function MemberFilters({
  search,
  regions,
  statuses,
  kinds,
}: {
  search: Record<string, string | undefined>;
  regions: { value: string; label: string }[];
  statuses: readonly CompanyStatus[];
  kinds: readonly CompanyKind[];
}) {
  const t = await getTranslations("chamberConsole.members.filters");
  const tq = await getTranslations("admin.queue");
  return (
    <form method="get" aria-label={t("label")} className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3">
      {search.sort && <input type="hidden" name="sort" value={search.sort} />}
      {search.dir && <input type="hidden" name="dir" value={search.dir} />}
      <FormField name="q" type="search" label={t("q")} defaultValue={search.q ?? ""} />
      <SelectField
        name="status"
        label={t("status")}
        defaultValue={search.status ?? ""}
        emptyLabel={t("any")}
        options={statuses.map((s) => ({ value: s, label: tq(`status.${s}`) }))}
      />
      <SelectField
        name="kind"
        label={t("kind")}
        defaultValue={search.kind ?? ""}
        emptyLabel={t("any")}
        options={kinds.map((k) => ({ value: k, label: tq(`kinds.${k}`) }))}
      />
      <SelectField name="region" label={t("region")} defaultValue={search.region ?? ""} emptyLabel={t("any")} options={regions} />
      <SelectField
        name="completeness"
        label={t("completeness")}
        defaultValue={search.completeness ?? ""}
        emptyLabel={t("any")}
        options={[
          { value: "complete", label: t("complete") },
          { value: "incomplete", label: t("incomplete") },
        ]}
      />
      <Button type="submit">{t("apply")}</Button>
    </form>
  );
}
