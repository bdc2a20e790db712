import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import type { Period } from "@/lib/chamber/period";

/** A GET form: the period, the series' unit and (platform admins) the chamber, kept in the URL. */
export async function PeriodForm({ period, chamberId, chambers }: { period: Period; chamberId: string | null; chambers?: { id: string; label: string }[] }) {
  const t = await getTranslations("chamberConsole");
  return (
    <form method="get" aria-label={t("filters.label")} className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3 print:hidden">
      <FormField name="from" type="date" label={t("filters.from")} defaultValue={period.fromDate} required />
      <FormField name="to" type="date" label={t("filters.to")} defaultValue={period.toDate} required />
      <SelectField
        name="unit"
        label={t("filters.unit")}
        defaultValue={period.unit}
        options={[
          { value: "month", label: t("filters.month") },
          { value: "week", label: t("filters.week") },
        ]}
      />
      {chambers && (
        <SelectField
          name="chamber"
          label={t("filters.chamber")}
          defaultValue={chamberId ?? ""}
          emptyLabel={t("chamberAll")}
          options={chambers.map((c) => ({ value: c.id, label: c.label }))}
        />
      )}
      <Button type="submit">{t("filters.apply")}</Button>
    </form>
  );
}
