import { useTranslations } from "next-intl";
import type { DealStage } from "@/db/schema";

const colours: Record<DealStage, string> = {
  new: "bg-sky-50 text-sky-900",
  in_talks: "bg-indigo-50 text-indigo-900",
  samples_sent: "bg-violet-50 text-violet-900",
  negotiating: "bg-amber-50 text-amber-900",
  signed: "bg-emerald-100 text-emerald-900",
  closed: "bg-stone-100 text-stone-700",
};

export function StageBadge({ stage, testId = "deal-stage" }: { stage: DealStage; testId?: string }) {
  const t = useTranslations("inquiries.stages");
  return (
    <span data-testid={testId} data-stage={stage} className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-medium ${colours[stage]}`}>
      {t(stage)}
    </span>
  );
}
