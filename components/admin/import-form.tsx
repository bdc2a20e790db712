"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import type { ImportReport } from "@/app/[locale]/admin/actions";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/auth/action";
import { isNavigation } from "@/lib/http/upload-check";

/** The largest exchange file the import takes: the action's 20,000,000-character limit, in bytes of ASCII JSON. */
const MAX_EXCHANGE_FILE_BYTES = 20_000_000;

type Action = (state: ActionState<ImportReport> | undefined, data: FormData) => Promise<ActionState<ImportReport>>;

/**
 * Upload an exchange file: first the validation report (errors with their JSON paths, or what
 * would be created and updated), then import on confirmation. The file is read in the browser
 * and sent again on confirmation, so nothing is kept on the server in between.
 */
export function ImportForm({ action }: { action: Action }) {
  const t = useTranslations("admin.import");
  const [json, setJson] = useState("");
  const [fileName, setFileName] = useState("");
  const tr = useTranslations();
  const [tooLarge, setTooLarge] = useState(false);
  // A post that fails on the way (a body over the server's limit) shows a message, not the error page.
  const [state, formAction, pending] = useActionState<ActionState<ImportReport> | undefined, FormData>(async (previous, data) => {
    try {
      return await action(previous, data);
    } catch (error) {
      if (isNavigation(error)) throw error;
      return { ok: false, message: tr("errors.uploadFailed") };
    }
  }, undefined);
  const report = state?.data;
  const canConfirm = report && !report.errors.length && !report.imported && (report.create.length || report.update.length);
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <div className="flex flex-col gap-1">
        <label htmlFor="exchange-file" className="text-sm font-medium">
          {t("file")}
        </label>
        <input
          id="exchange-file"
          type="file"
          accept="application/json,.json"
          onChange={async (e) => {
            const file = e.currentTarget.files?.[0];
            setFileName(file?.name ?? "");
            // Larger files are refused here: read and posted, they would pass the server's limit.
            setTooLarge(!!file && file.size > MAX_EXCHANGE_FILE_BYTES);
            setJson(file && file.size <= MAX_EXCHANGE_FILE_BYTES ? await file.text() : "");
          }}
        />
      </div>
      <form action={formAction} className="flex gap-3">
        <input type="hidden" name="json" value={json} />
        <button
          type="submit"
          name="confirm"
          value="0"
          disabled={!json || pending}
          className="rounded-md border border-stone-300 bg-white px-4 py-2 disabled:opacity-50"
        >
          {t("validate")}
        </button>
        {canConfirm ? (
          <button type="submit" name="confirm" value="1" disabled={pending} className="rounded-md bg-indigo-700 px-4 py-2 text-white disabled:opacity-50">
            {t("confirm", { count: report.create.length + report.update.length })}
          </button>
        ) : null}
      </form>
      {tooLarge && (
        <p role="alert" className="text-sm text-red-700">
          {tr("errors.exchangeFileTooLarge", { max: MAX_EXCHANGE_FILE_BYTES / 1_000_000 })}
        </p>
      )}
      <FormMessage state={state} />
      {state?.fieldErrors?.json && <p className="text-sm text-red-700">{state.fieldErrors.json.join(" ")}</p>}
      {report && (
        <section aria-live="polite" data-testid="import-report" className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4">
          <h2 className="font-semibold">{t("report", { file: fileName })}</h2>
          {report.errors.length > 0 ? (
            <>
              <p className="text-red-800">{t("invalid", { count: report.errors.length })}</p>
              <ul className="list-disc pl-5 text-sm text-red-800" data-testid="import-errors">
                {report.errors.map((e, i) => (
                  <li key={i}>
                    {e.company
                      ? e.field
                        ? t("errorIn", { company: e.company, field: e.field, message: e.message })
                        : t("errorOf", { company: e.company, message: e.message })
                      : `${e.path ? `${e.path}: ` : ""}${e.message}`}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <>
              <ul className="text-sm">
                <li>{t("willCreate", { count: report.create.length })}</li>
                <li>{t("willUpdate", { count: report.update.length })}</li>
              </ul>
              {report.updates && report.updates.length > 0 && (
                <div className="overflow-x-auto">
                  <table className="w-full text-left text-sm" data-testid="import-updates">
                    <thead className="text-stone-600">
                      <tr className="border-b border-stone-200">
                        <th scope="col" className="py-1 pr-3 font-medium">
                          {t("willUpdate", { count: report.updates.length })}
                        </th>
                        <th scope="col" className="py-1 font-medium">
                          {t("changesTitle")}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {report.updates.map((u) => (
                        <tr key={u.ref} className="border-b border-stone-100 align-top">
                          <td className="py-1 pr-3">{u.company}</td>
                          <td className="py-1">{u.changes.length ? u.changes.join(" · ") : <span className="text-stone-600">{t("unchanged")}</span>}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </>
          )}
        </section>
      )}
    </div>
  );
}
