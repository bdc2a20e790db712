import "server-only";
import { and, inArray } from "drizzle-orm";
import { bulkInsert, bulkUpdate } from "@/db/bulk";
import { getDb, type Executor, type Transaction } from "@/db/client";
import { companies, matchQueue, type NewCompany } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { findOrCreateChamber, chamberKey } from "@/lib/chambers/chambers";
import { reindexCompanies } from "@/lib/search/index";
import { companyChanges, type FieldChange } from "./changes";
import { exchangeError } from "./errors";
import { liveCompanies, loadCompanyBundles } from "./load";
import { assertMayImport, ImportRefused, planImport, type ImportActor, type ImportPlan } from "./plan";
import type { ExchangeCompany, ExchangeDocument } from "./schema";
import { toExchangeCompany } from "./serialize";
import { chunks, writeCatalog } from "./write-catalog";

export { ImportRefused, type ImportActor } from "./plan";

export type ImportSummary = { created: string[]; updated: string[]; products: number; channels: number; needs: number };
/** A company the import would update, and what would change in it (nothing, when the file repeats it). */
export type CompanyUpdate = { ref: string; name: ExchangeCompany["name"]; changes: FieldChange[] };
export type ImportPreview = { create: string[]; update: string[]; updates: CompanyUpdate[]; errors: ImportRefused["errors"] };

/** Which refs a file would create or update, what each update changes, and why it would be refused; writes nothing. */
export async function previewImport(doc: ExchangeDocument, options: { actor?: ImportActor; executor?: Executor } = {}): Promise<ImportPreview> {
  assertMayImport(options.actor);
  const db = options.executor ?? (await getDb());
  const plan = await planImport(db, doc, options.actor);
  const updated = doc.companies.filter((c) => plan.existing.has(c.ref));
  const before = await snapshots(
    db,
    updated.map((c) => plan.existing.get(c.ref)!.id),
  );
  const updates = updated.map((c) => {
    const stored = before.get(plan.existing.get(c.ref)!.id)?.company;
    // A deleted company has no snapshot; the plan's error already refuses it.
    const changes = stored ? companyChanges(stored, asImported(c, stored, options.actor)) : [];
    return { ref: c.ref, name: c.name, changes };
  });
  return { create: plan.create, update: plan.update, updates, errors: plan.errors };
}

/**
 * The file's company as the import would store it: a chamber admin's companies stay in its chamber
 * (the plan refuses any other), and a file that names no chamber leaves the membership alone.
 */
function asImported(c: ExchangeCompany, stored: ExchangeCompany, actor: ImportActor | undefined): ExchangeCompany {
  const keepsChamber = actor?.role === "chamber_admin" || !c.chamber?.trim();
  return keepsChamber ? { ...c, chamber: stored.chamber } : c;
}

/**
 * Creates or updates every company of the file in one transaction: a refused or failing company
 * leaves the database as it was. Only companies nobody has claimed are updated, never to another
 * kind or status. A chamber admin's companies join their chamber; otherwise the file's `chamber`
 * names it, and an existing company whose entry names none keeps the chamber it has: a member list
 * that leaves the column out must not take members out of their chambers. Nested lists are replaced by the file's, keeping product and need ids (and so their
 * images) for refs that stay. The companies are written in slices, so a member list of any size
 * holds only one slice's rows, search rows and audit snapshots in memory at a time.
 */
export async function importExchange(doc: ExchangeDocument, options: { actor?: ImportActor; executor?: Executor } = {}): Promise<ImportSummary> {
  const { actor } = options;
  assertMayImport(actor);
  const db = options.executor ?? (await getDb());
  return db.transaction(async (tx) => {
    const plan = await planImport(tx, doc, actor);
    if (plan.errors.length > 0) throw new ImportRefused(plan.errors);

    const chamberOf = await resolveChambers(tx, doc.companies, actor);
    const counts = { products: 0, channels: 0, needs: 0 };
    for (let start = 0; start < doc.companies.length; start += SLICE) {
      const slice = doc.companies.slice(start, start + SLICE);
      const written = await importSlice(tx, slice, start, { plan, chamberOf, actor });
      counts.products += written.products;
      counts.channels += written.channels;
      counts.needs += written.needs;
    }
    return { created: plan.create, updated: plan.update, ...counts };
  });
}

/** Companies written together: their catalog, queue entries, search rows and audit rows go in a few statements. */
const SLICE = 500;

type SliceContext = { plan: ImportPlan; chamberOf: (c: ExchangeCompany) => string | null; actor: ImportActor | undefined };

/** Writes `slice`, the file's companies from index `offset` on (for error paths). */
async function importSlice(tx: Transaction, slice: ExchangeCompany[], offset: number, { plan, chamberOf, actor }: SliceContext) {
  const updatedIds = slice.flatMap((c) => (plan.existing.has(c.ref) ? [plan.existing.get(c.ref)!.id] : []));
  const before = await snapshots(tx, updatedIds);

  const ids = new Map<string, string>();
  const created = slice.filter((c) => !plan.existing.has(c.ref));
  const rows = await bulkInsert<typeof companies, { id: string; ref: string }>(
    tx,
    companies,
    created.map((c) => ({ ...companyValues(c, chamberOf(c)), status: "approved" as const, imported: true })),
    { returning: { id: companies.id, ref: companies.ref } },
  );
  for (const row of rows) ids.set(row.ref, row.id);

  // The status stays: approving, rejecting and suspending are moderation decisions with their
  // own audit trail, which a routine re-import of the member list must not undo. The update
  // only reaches a company nobody has claimed, even if a claim committed since the plan.
  const existing = slice.flatMap((c) => {
    const row = plan.existing.get(c.ref);
    return row ? [{ c, row }] : [];
  });
  for (const { c, row } of existing) ids.set(c.ref, row.id);
  const changed = new Set(
    await bulkUpdate(
      tx,
      companies,
      companies.id,
      existing.map(({ c, row }) => ({ id: row.id, ...companyValues(c, chamberOf(c) ?? row.chamberId) })),
      { where: companies.imported },
    ),
  );
  const claimed = slice.findIndex((c) => plan.existing.has(c.ref) && !changed.has(plan.existing.get(c.ref)!.id));
  if (claimed >= 0) throw new ImportRefused([exchangeError(["companies", offset + claimed, "ref"], "claimedRef")]);

  const written = await writeCatalog(tx, slice, ids, new Set(updatedIds));
  const sliceIds = [...ids.values()];
  await bulkInsert(
    tx,
    matchQueue,
    sliceIds.map((companyId) => ({ companyId })),
    { onConflict: { target: [matchQueue.companyId], update: [], touch: [matchQueue.queuedAt] } },
  );

  // Search shows the imported catalog as soon as the import commits.
  await reindexCompanies(tx, sliceIds);

  const after = await snapshots(tx, sliceIds);
  const audit = slice.map((c) => {
    const id = ids.get(c.ref)!;
    const snapshot = after.get(id)!;
    return {
      actorId: actor?.id ?? null,
      chamberId: snapshot.chamberId,
      companyId: id,
      entity: "company",
      entityId: id,
      action: "import",
      before: before.get(id)?.company ?? null,
      after: snapshot.company,
    };
  });
  await recordAudit(tx, audit);
  return written;
}

function companyValues(c: ExchangeCompany, chamberId: string | null) {
  return {
    ref: c.ref,
    kind: c.kind,
    name: c.name,
    description: c.description ?? null,
    country: c.country,
    region: c.region,
    city: c.city?.trim() ? c.city : null,
    languages: c.languages ?? [],
    employees: c.employees ?? null,
    foundedYear: c.foundedYear ?? null,
    website: c.website ?? null,
    chamberId,
    targetChannels: c.targetChannels ?? [],
    targetRegions: c.targetRegions ?? [],
    hsCodes: c.hsCodes ?? [],
    minOrderJpy: c.minOrderJpy ?? null,
  } satisfies Omit<NewCompany, "status" | "imported">;
}

/** One lookup per distinct chamber name, not per company. */
async function resolveChambers(tx: Transaction, list: ExchangeCompany[], actor: ImportActor | undefined): Promise<(c: ExchangeCompany) => string | null> {
  if (actor?.role === "chamber_admin") return () => actor.chamberId;
  const byKey = new Map<string, string>();
  for (const c of list) {
    const name = c.chamber?.trim();
    if (!name || byKey.has(chamberKey(name))) continue;
    byKey.set(chamberKey(name), (await findOrCreateChamber(name, {}, tx)).id);
  }
  return (c) => (c.chamber?.trim() ? byKey.get(chamberKey(c.chamber))! : null);
}

/** Each company as the exchange format shows it, with its chamber id, for the audit trail. */
async function snapshots(tx: Executor, ids: string[]) {
  const out = new Map<string, { chamberId: string | null; company: ExchangeCompany }>();
  if (ids.length === 0) return out;
  for (const batch of chunks(ids)) {
    const bundles = await loadCompanyBundles(tx, and(liveCompanies(), inArray(companies.id, batch)));
    for (const b of bundles) out.set(b.company.id, { chamberId: b.company.chamberId, company: toExchangeCompany(b) });
  }
  return out;
}
