"use server";

import { z } from "zod";
import { emailField } from "@/lib/accounts/schemas";
import { authedAction } from "@/lib/auth/action";
import { resolveReport } from "@/lib/catalog/reports";
import { inviteClaimant } from "@/lib/moderation/claims";
import type { ExchangeError } from "@/lib/exchange/errors";
import { ImportRefused, importExchange, previewImport } from "@/lib/exchange/import";
import { parseExchangeText } from "@/lib/exchange/validate";
import type { Localized } from "@/db/schema";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { requestOrigin } from "@/lib/http/origin";
import { decideCompany } from "@/lib/moderation/companies";

const admins = ["chamber_admin", "platform_admin"] as const;

const decisionSchema = z.object({
  companyId: z.uuid({ error: "notFound" }),
  decision: z.enum(["approve", "reject", "suspend", "reinstate"]),
  reason: z.string().trim().max(2000, { error: "tooLong" }).optional(),
});

export const decideCompanyAction = authedAction({ schema: decisionSchema, roles: admins, revalidate: ["/admin"] }, async (input, { user, t }) => {
  await decideCompany(user, input.companyId, input.decision, input.reason);
  return { message: t(`admin.decided.${input.decision}`) };
});

export const inviteClaimantAction = authedAction(
  { schema: z.object({ companyId: z.uuid({ error: "notFound" }), email: emailField }), roles: admins },
  async (input, { user, locale, t }) => {
    const { token } = await inviteClaimant(user, input.companyId, input.email);
    const link = `${await requestOrigin()}/${locale}/invite/${token}`;
    return { message: t("admin.claimInviteCreated", { email: input.email }), data: { link } };
  },
);

/** An error as the admin reads it: the company it concerns (name and ref) and the field inside it. */
export type ImportReportError = { path: string; message: string; company?: string; field?: string };

export type ImportReport = {
  errors: ImportReportError[];
  create: string[];
  update: string[];
  /** Each company the file updates, by name, with the changed fields as the admin reads them. */
  updates?: { ref: string; company: string; changes: string[] }[];
  imported?: { created: number; updated: number; products: number; channels: number; needs: number };
};

const importSchema = z.object({
  json: z.string({ error: "required" }).min(1, { error: "required" }).max(20_000_000, { error: "tooLong" }),
  confirm: z.enum(["0", "1"]).default("0"),
});

/**
 * Validates an uploaded exchange file and reports what it would do; with confirm=1 imports it in
 * one transaction. Errors name their JSON path, in the admin's language.
 */
export const importExchangeAction = authedAction({ schema: importSchema, roles: admins }, async (input, { user, locale, t }) => {
  const parsed = parseExchangeText(input.json);
  const label = companyLabeller(parsed.ok ? parsed.doc.companies : parsed.input, locale);
  const translate = (e: ExchangeError): ImportReportError => {
    const message = t(`exchange.errors.${e.code}`, e.params);
    const at = companyAt(e.path);
    const company = at && label(at.index);
    return company ? { path: e.path, message, company, ...(at.field && at.field !== "ref" ? { field: at.field } : {}) } : { path: e.path, message };
  };
  if (!parsed.ok) return { data: { errors: parsed.errors.map(translate), create: [], update: [] } satisfies ImportReport };
  const preview = await previewImport(parsed.doc, { actor: user });
  const list = new Intl.ListFormat(locale, { style: "narrow", type: "unit" });
  const report: ImportReport = {
    errors: preview.errors.map(translate),
    create: preview.create,
    update: preview.update,
    updates: preview.updates.map((u) => ({
      ref: u.ref,
      company: `${pickLocalized(u.name, locale)?.text ?? u.ref} (${u.ref})`,
      changes: u.changes.map((c) => {
        const field = t(`admin.audit.fields.${c.field}`);
        if (!("added" in c)) return field;
        const parts = (["added", "removed", "changed"] as const).filter((k) => c[k] > 0).map((k) => t(`admin.import.${k}`, { count: c[k] }));
        return t("admin.import.listChange", { field, parts: list.format(parts) });
      }),
    })),
  };
  if (input.confirm !== "1" || report.errors.length) return { data: report };
  try {
    const summary = await importExchange(parsed.doc, { actor: user });
    report.imported = {
      created: summary.created.length,
      updated: summary.updated.length,
      products: summary.products,
      channels: summary.channels,
      needs: summary.needs,
    };
    return { data: report, message: t("admin.import.done", report.imported) };
  } catch (error) {
    if (error instanceof ImportRefused) return { data: { ...report, errors: error.errors.map(translate) } };
    throw error;
  }
});

/** `companies[3].products[0].hsCode` → company 3, field `products[0].hsCode`. */
function companyAt(path: string): { index: number; field: string } | undefined {
  const match = /^companies\[(\d+)\]\.?(.*)$/.exec(path);
  return match ? { index: Number(match[1]), field: match[2]! } : undefined;
}

/** "Name (ref)" of the file's n-th company in the reader's language, from a file that may not have validated. */
function companyLabeller(companies: unknown, locale: Locale): (index: number) => string | undefined {
  const list = Array.isArray(companies) ? companies : (companies as { companies?: unknown } | undefined)?.companies;
  return (index) => {
    const entry = Array.isArray(list) ? (list[index] as { ref?: unknown; name?: unknown } | undefined) : undefined;
    if (!entry || typeof entry !== "object") return undefined;
    const ref = typeof entry.ref === "string" && entry.ref.trim() ? entry.ref : undefined;
    const name = entry.name && typeof entry.name === "object" ? pickLocalized(entry.name as Localized, locale)?.text : undefined;
    if (name && ref) return `${name} (${ref})`;
    return name ?? ref ?? undefined;
  };
}

/** Closes a report as unfounded; unpublishing is its own audited decision on the product page. */
export const resolveReportAction = authedAction(
  { schema: z.object({ reportId: z.uuid({ error: "notFound" }) }), roles: admins, revalidate: ["/admin"] },
  async (input, { user, t }) => {
    await resolveReport(user, input.reportId);
    return { message: t("admin.reports.resolved") };
  },
);
