import { getTranslations } from "next-intl/server";
import { exportKinds } from "@/lib/chamber/exports";

/** Download links for the chamber's files, in the reader's language (plain links: the browser downloads). */
export async function ExportLinks({ locale, chamberId }: { locale: string; chamberId: string | null }) {
  const t = await getTranslations("chamberConsole.exports");
  const query = (kind: string) => `/api/chamber/export/${kind}?${new URLSearchParams({ locale, ...(chamberId ? { chamber: chamberId } : {}) })}`;
  return (
    <section aria-labelledby="exports-title" className="flex flex-col gap-2 print:hidden">
      <h2 id="exports-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-600">{t("lead")}</p>
      <ul className="flex flex-wrap gap-2">
        {exportKinds.map((kind) => (
          <li key={kind}>
            <a
              href={query(kind)}
              download
              className="inline-flex min-h-11 items-center rounded-md border border-indigo-700 bg-white px-3 py-1.5 text-sm text-indigo-800 hover:bg-indigo-50 sm:min-h-0"
              data-testid={`export-${kind}`}
            >
              {t(kind)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
