import { useTranslations } from "next-intl";
import type { ChannelType } from "@/db/schema";

/** The channel types as a checkbox group (an SME's targets); `types` comes from the server page. */
export function ChannelTypeChecklist({
  name,
  legend,
  types,
  selected,
}: {
  name: string;
  legend: string;
  types: readonly ChannelType[];
  selected: readonly string[];
}) {
  const t = useTranslations("catalog.channelTypes");
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium text-stone-800">{legend}</legend>
      <div className="grid grid-cols-1 gap-1 text-sm sm:grid-cols-3">
        {types.map((type) => (
          <label key={type} className="flex items-center gap-2">
            <input type="checkbox" name={name} value={type} defaultChecked={selected.includes(type)} />
            {t(type)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
