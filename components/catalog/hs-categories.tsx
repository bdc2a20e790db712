import { useLocale } from "next-intl";
import { hsName } from "@/lib/hs/nomenclature";

/** A distributor's HS chapters and headings, each named in the reader's language. */
export function HsCategories({ codes }: { codes: string[] }) {
  const locale = useLocale();
  if (codes.length === 0) return null;
  return (
    <ul className="flex flex-col gap-1 text-sm" data-testid="hs-categories">
      {codes.map((code) => (
        <li key={code}>
          <span className="font-mono">{code}</span> <span data-testid="hs-name">{hsName(code, locale)}</span>
        </li>
      ))}
    </ul>
  );
}
