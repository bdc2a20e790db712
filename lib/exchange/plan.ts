import "server-only";
import { inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { companies, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/assert";
import { PublicError } from "@/lib/errors";
import { exchangeError, type ExchangeError } from "./errors";
import type { ExchangeDocument } from "./schema";
import { chunks } from "./write-catalog";

export type ImportActor = Pick<User, "id" | "role" | "chamberId">;

type Existing = Pick<typeof companies.$inferSelect, "id" | "ref" | "kind" | "chamberId" | "imported" | "deletedAt">;

export type ImportPlan = {
  /** Refs in file order. */
  create: string[];
  update: string[];
  existing: Map<string, Existing>;
  /** Why the import is refused as a whole; empty when it may proceed. */
  errors: ExchangeError[];
};

/** Thrown before anything is written: the errors name the companies that may not be imported. */
export class ImportRefused extends Error {
  constructor(readonly errors: ExchangeError[]) {
    super(`Import refused: ${errors.map((e) => `${e.path}: ${e.message}`).join("; ")}`);
    this.name = "ImportRefused";
  }
}

/** Only admins import; no actor means the operator's CLI. A chamber admin needs a chamber. */
export function assertMayImport(actor: ImportActor | undefined): void {
  if (!actor) return;
  assertRole(actor, ["chamber_admin", "platform_admin"]);
  if (actor.role === "chamber_admin" && !actor.chamberId) throw new PublicError("forbidden");
}

/** Which refs the file creates or updates, and which it may not touch. Reads only. */
export async function planImport(db: Executor, doc: ExchangeDocument, actor: ImportActor | undefined): Promise<ImportPlan> {
  const rows: Existing[] = [];
  // In slices: one statement takes at most 65,535 parameters, and a member list has no size limit.
  for (const refs of chunks(doc.companies.map((c) => c.ref))) {
    rows.push(
      ...(await db
        .select({
          id: companies.id,
          ref: companies.ref,
          kind: companies.kind,
          chamberId: companies.chamberId,
          imported: companies.imported,
          deletedAt: companies.deletedAt,
        })
        .from(companies)
        .where(inArray(companies.ref, refs))),
    );
  }
  const existing = new Map(rows.map((row) => [row.ref, row]));
  const plan: ImportPlan = { create: [], update: [], existing, errors: [] };
  doc.companies.forEach((company, i) => {
    const row = existing.get(company.ref);
    if (!row) return void plan.create.push(company.ref);
    plan.update.push(company.ref);
    // A deleted company stays deleted: its owner asked for it to go, and a member list
    // re-imported every month must not bring it back.
    if (row.deletedAt) return void plan.errors.push(exchangeError(["companies", i, "ref"], "deletedRef"));
    if (actor?.role === "chamber_admin" && row.chamberId !== actor.chamberId) {
      return void plan.errors.push(exchangeError(["companies", i, "ref"], "otherChamber"));
    }
    // Once claimed, the profile and catalog are the members' own: an import would silently undo
    // their edits (and its kind or country) under an "import" audit entry.
    if (!row.imported) plan.errors.push(exchangeError(["companies", i, "ref"], "claimedRef"));
    // Members, products and deals all assume the kind: an SME turned distributor would keep SME accounts.
    if (company.kind !== row.kind) plan.errors.push(exchangeError(["companies", i, "kind"], "kindChanged", { kind: row.kind }));
  });
  return plan;
}
