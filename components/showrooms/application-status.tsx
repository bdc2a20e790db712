import { useTranslations } from "next-intl";
import type { ShowroomApplication } from "@/db/schema";

const styles: Record<ShowroomApplication["status"], string> = {
  pending: "bg-amber-50 text-amber-900",
  accepted: "bg-emerald-50 text-emerald-800",
  declined: "bg-stone-100 text-stone-700",
  withdrawn: "bg-stone-100 text-stone-700",
};

export function ApplicationStatus({ status }: { status: ShowroomApplication["status"] }) {
  const t = useTranslations("showrooms.status");
  return (
    <span data-testid="application-status" data-status={status} className={`rounded px-2 py-0.5 text-xs font-medium ${styles[status]}`}>
      {t(status)}
    </span>
  );
}
