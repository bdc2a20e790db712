import { getTranslations } from "next-intl/server";
import type { Company } from "@/db/schema";

const styles = {
  pending: "border-amber-300 bg-amber-50 text-amber-900",
  approved: "border-emerald-300 bg-emerald-50 text-emerald-900",
  rejected: "border-red-300 bg-red-50 text-red-900",
  suspended: "border-red-400 bg-red-100 text-red-900",
} as const;

/** Where the company stands with moderation, and the admin's reason when it was refused. */
export async function StatusBanner({ company }: { company: Pick<Company, "status" | "statusReason" | "kind"> }) {
  const t = await getTranslations("company.status");
  return (
    <div role="status" data-testid="company-status" className={`rounded-lg border p-4 ${styles[company.status]}`}>
      <p className="font-semibold">{t(`${company.status}.title`)}</p>
      <p className="text-sm">{t(`${company.status}.body`, { other: t(`other.${company.kind}`) })}</p>
      {company.statusReason && (
        <p className="mt-2 text-sm">
          {t.rich("reasonLine", {
            reason: company.statusReason,
            label: (chunks) => <span className="font-medium">{chunks}</span>,
            value: (chunks) => <span data-testid="status-reason">{chunks}</span>,
          })}
        </p>
      )}
    </div>
  );
}
