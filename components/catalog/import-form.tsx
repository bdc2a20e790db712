"use client";

import { useRef, useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { ActionState } from "@/lib/auth/action";
import type { ImportPreview } from "@/lib/catalog/csv/preview";
import { Link } from "@/lib/i18n/navigation";
import { postWithProgress } from "./post-with-progress";
import { PriceRange } from "./price-range";
import { TableScroll } from "@/components/ui/table-scroll";

type Phase = { kind: "idle" } | { kind: "uploading"; fraction: number; commit: boolean } | { kind: "processing"; commit: boolean };

/**
 * Check, then import: the file is posted twice (preview, then commit), each time with the
 * upload's real progress; the server writes nothing until the commit and then all rows or none.
 */
export function ImportForm() {
  const t = useTranslations("catalog");
  const locale = useLocale();
  const fileInput = useRef<HTMLInputElement>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [state, setState] = useState<ActionState<ImportPreview> | undefined>();

  async function send(commit: boolean) {
    const file = fileInput.current?.files?.[0];
    const body = new FormData();
    body.set("locale", locale);
    body.set("mode", commit ? "commit" : "preview");
    if (file) body.set("file", file);
    setState(undefined);
    setPhase({ kind: "uploading", fraction: 0, commit });
    try {
      const result = await postWithProgress<ActionState<ImportPreview>>("/api/catalog/import", body, (fraction) =>
        setPhase(fraction < 1 ? { kind: "uploading", fraction, commit } : { kind: "processing", commit }),
      );
      setState(result);
    } catch {
      setState({ ok: false, message: t("import.failed") });
    } finally {
      setPhase({ kind: "idle" });
    }
  }

  const preview = state?.data;
  const busy = phase.kind !== "idle";
  const fileErrors = state?.fieldErrors?.file ?? [];
  const imported = preview?.imported !== undefined;
  return (
    <div className="flex flex-col gap-4">
      <form
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void send(false);
        }}
        className="flex flex-col gap-2"
      >
        <label htmlFor="file" className="text-sm font-medium text-stone-800">
          {t("import.file")}
        </label>
        <input
          ref={fileInput}
          id="file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          onChange={() => setState(undefined)}
          className="text-sm"
          aria-invalid={fileErrors.length ? true : undefined}
        />
        <div>
          <button type="submit" disabled={busy} className="rounded-md bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800 disabled:opacity-60">
            {t("import.check")}
          </button>
        </div>
      </form>
      {busy && (
        <div className="flex items-center gap-3" data-testid="import-progress">
          {phase.kind === "uploading" ? (
            <progress value={phase.fraction} max={1} aria-label={t("import.progress")} className="w-72" />
          ) : (
            <progress aria-label={t("import.progress")} className="w-72" />
          )}
          <span className="text-sm">
            {phase.kind === "uploading"
              ? t("import.uploading", { percent: Math.round(phase.fraction * 100) })
              : phase.commit
                ? t("import.committing")
                : t("import.processing")}
          </span>
        </div>
      )}
      <div aria-live="polite" role="status" data-testid="import-status" className="flex flex-col gap-2">
        {state?.message && (
          <p className={state.ok ? "rounded-md bg-emerald-50 p-3 text-emerald-800" : "rounded-md bg-red-50 p-3 text-red-800"}>{state.message}</p>
        )}
        {fileErrors.map((e) => (
          <p key={e} className="rounded-md bg-red-50 p-3 text-red-800">
            {e}
          </p>
        ))}
      </div>
      {preview && preview.rowErrors.length + preview.fileErrors.length > 0 && (
        <section aria-labelledby="import-errors" className="flex flex-col gap-2">
          <h2 id="import-errors" className="font-semibold text-red-800">
            {t("import.errorsTitle")}
          </h2>
          <ul className="list-disc pl-6 text-sm text-red-800" data-testid="import-errors">
            {preview.fileErrors.slice(1).map((e) => (
              <li key={e}>{e}</li>
            ))}
            {preview.rowErrors.map((e) => (
              <li key={`${e.row}-${e.column}-${e.message}`}>{t("import.rowError", e)}</li>
            ))}
          </ul>
        </section>
      )}
      {state?.ok && preview && !imported && (
        <section aria-labelledby="import-preview" className="flex flex-col gap-3">
          <h2 id="import-preview" className="font-semibold">
            {t("import.previewTitle")}
          </h2>
          <TableScroll label={t("import.previewTitle")}>
            <table className="text-left text-sm" data-testid="import-preview">
              <thead className="text-stone-500">
                <tr className="border-b border-stone-200">
                  <th scope="col" className="py-1 pr-3 font-medium">
                    {t("import.row")}
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    {t("form.name")}
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    {t("hs.label")}
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    {t("price.label")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {preview.sample.map((row) => (
                  <tr key={row.row} className="border-b border-stone-200">
                    <td className="py-1 pr-3 text-stone-500">{row.row}</td>
                    <td className="py-1 pr-3" lang={row.nameLang}>
                      {row.name}
                    </td>
                    <td className="py-1 pr-3">{row.hsCode}</td>
                    <td className="py-1">
                      <PriceRange min={row.priceMinJpy} max={row.priceMaxJpy} yuan={false} testId="import-preview-price" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <div>
            <button
              type="button"
              disabled={busy}
              onClick={() => void send(true)}
              className="rounded-md bg-emerald-700 px-4 py-2 font-medium text-white hover:bg-emerald-800 disabled:opacity-60"
            >
              {t("import.commit", { count: preview.count })}
            </button>
          </div>
        </section>
      )}
      {imported && (
        <Link href="/company/products" className="text-indigo-800 underline">
          {t("products.title")}
        </Link>
      )}
    </div>
  );
}
