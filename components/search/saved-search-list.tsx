import { useTranslations } from "next-intl";
import type { SavedSearch } from "@/db/schema/saved-searches";
import { ActionButton } from "@/components/ui/action-button";
import type { ActionState } from "@/lib/auth/action";
import { Link } from "@/lib/i18n/navigation";

type Props = {
  searches: (Pick<SavedSearch, "id" | "name" | "frequency" | "matchThreshold"> & { href: string })[];
  stopAction: (state: ActionState | undefined, data: FormData) => Promise<ActionState>;
};

/** The reader's saved searches: open one, or stop its digest. */
export function SavedSearchList({ searches, stopAction }: Props) {
  const t = useTranslations("savedSearches");
  if (searches.length === 0) return <p className="text-sm text-stone-600">{t("none")}</p>;
  return (
    <ul className="flex flex-col gap-2" data-testid="saved-searches">
      {searches.map((s) => (
        <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-stone-200 bg-white px-3 py-2">
          <span>
            <Link href={s.href} className="font-medium text-indigo-800 hover:underline">
              {s.name}
            </Link>{" "}
            <span className="text-sm text-stone-600">
              {t(`frequency.${s.frequency}`)}
              {s.matchThreshold !== null && ` · ${t("thresholdLine", { percent: s.matchThreshold })}`}
            </span>
          </span>
          <ActionButton action={stopAction} fields={{ id: s.id }} label={t("stop")} pendingLabel={t("stopping")} />
        </li>
      ))}
    </ul>
  );
}
