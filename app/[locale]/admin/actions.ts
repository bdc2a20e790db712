"use server";

import { z } from "zod";
import { emailField } from "@/lib/accounts/schemas";
import { authedAction } from "@/lib/auth/action";
import { resolveReport } from "@/lib/catalog/reports";
import { inviteClaimant } from "@/lib/companies/invites";
import type { ExchangeError } from "@/lib/exchange/errors";
import { ImportRefused, importExchange, previewImport } from "@/lib/exchange/import";
import { parseExchangeText } from "@/lib/exchange/validate";
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

export type ImportReport = {
  errors: { path: string; message: string }[];
  create: string[];
  update: string[];
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
export const importExchangeAction = authedAction({ schema: importSchema, roles: admins }, async (input, { user, t }) => {
  const parsed = parseExchangeText(input.json);
  const translate = (e: ExchangeError) => ({ path: e.path, message: t(`exchange.errors.${e.code}` as never, e.params as never) });
  if (!parsed.ok) return { data: { errors: parsed.errors.map(translate), create: [], update: [] } satisfies ImportReport };
  const preview = await previewImport(parsed.doc, { actor: user });
  const report: ImportReport = { errors: preview.errors.map(translate), create: preview.create, update: preview.update };
  if (input.confirm !== "1" || report.errors.length) return { data: report };
  try {
    const summary = await importExchange(parsed.doc, { actor: user });
    report.imported = { created: summary.created.length, updated: summary.updated.length, products: summary.products, channels: summary.channels, needs: summary.needs };
    return { data: report, message: t("admin.import.done", report.imported) };
  } catch (error) {
    if (error instanceof ImportRefused) return { data: { ...report, errors: error.errors.map(translate) } };
    throw error;
  }
});

/** Closes a report as unfounded; unpublishing is its own audited decision on the product page. */
export const resolveReportAction = authedAction(
  { schema: z.object({ reportId: z.uuid({ error: "notFound" }) }), roles: admins, revalidate: ["/admin"] },
  async (input, { user, t }) => {
    await resolveReport(user, input.reportId);
    return { message: t("admin.reports.resolved") };
  },
);
