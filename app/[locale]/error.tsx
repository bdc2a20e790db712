"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/** The friendly page for an unexpected failure; the digest is the id the server logged it under. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4" role="alert">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700">{t("body")}</p>
      {error.digest && (
        <p className="text-sm text-stone-500">
          {t.rich("referenceLine", {
            digest: error.digest,
            code: (chunks) => <code data-testid="error-reference">{chunks}</code>,
          })}
        </p>
      )}
      <div className="flex gap-3">
        <button onClick={() => reset()} className="rounded-md bg-indigo-700 px-4 py-2 text-white">
          {t("retry")}
        </button>
        <Link href="/" className="px-4 py-2 text-indigo-800 underline">
          {t("home")}
        </Link>
      </div>
    </div>
  );
}
