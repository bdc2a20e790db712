import { useTranslations } from "next-intl";
import type { OfferState } from "@/lib/showrooms/state";

const styles: Record<OfferState, string> = {
  open: "bg-emerald-50 text-emerald-800",
  closed: "bg-stone-100 text-stone-700",
  ended: "bg-stone-100 text-stone-700",
};

export function OfferStatus({ state }: { state: OfferState }) {
  const t = useTranslations("showrooms.offer");
  return (
    <span data-testid="offer-status" data-state={state} className={`rounded px-2 py-0.5 text-xs font-medium ${styles[state]}`}>
      {t(state)}
    </span>
  );
}
