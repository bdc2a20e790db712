// What an audit entry changed, as lines an administrator reads in their language: translated
// field names and statuses, and a short summary where the stored snapshot is a whole company.
import { companyStatuses, type AuditEntry, type CompanyStatus } from "@/db/schema";
import type { MessageKey } from "@/lib/i18n/keys";

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;
type ListFormat = (items: string[]) => string;
type Snapshot = Record<string, unknown>;

/** The exchange format's company fields an import may change, in the order the format lists them. */
const companyFields = [
  "kind",
  "name",
  "country",
  "region",
  "city",
  "description",
  "languages",
  "employees",
  "foundedYear",
  "website",
  "chamber",
  "products",
  "targetChannels",
  "targetRegions",
  "channels",
  "hsCodes",
  "needs",
  "minOrderJpy",
] as const;

const isStatus = (value: unknown): value is CompanyStatus => (companyStatuses as readonly unknown[]).includes(value);
const asSnapshot = (value: unknown): Snapshot | undefined => (value && typeof value === "object" && !Array.isArray(value) ? (value as Snapshot) : undefined);
const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);

/** JSON with sorted keys, so that two snapshots of the same value compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) => {
    const object = asSnapshot(v);
    return object
      ? Object.fromEntries(
          Object.keys(object)
            .sort()
            .map((k) => [k, object[k]]),
        )
      : v;
  });
}

export function auditChangeLines(entry: Pick<AuditEntry, "entity" | "action" | "before" | "after">, t: Translate, list: ListFormat): string[] {
  const before = asSnapshot(entry.before);
  const after = asSnapshot(entry.after);
  if (!after) return [];

  // A chamber's message to its members: how many it reached.
  if (entry.action === "bulk_message" && typeof after.companies === "number") {
    return [t("admin.audit.changes.bulkMessage", { companies: after.companies, recipients: Number(after.recipients), ignored: Number(after.ignored) })];
  }

  // A CSV product import: how many products it added.
  if (after.kind === "products_csv" && typeof after.count === "number") return [t("admin.audit.changes.csvImport", { count: after.count })];

  // An exchange-format import: the whole company before and after. A new company is summed up by
  // its catalogue; an updated one by the fields that changed.
  if (entry.action === "import" && entry.entity === "company") {
    if (!before) {
      const catalogue = (["products", "channels", "needs"] as const)
        .filter((key) => count(after[key]) > 0)
        .map((key) => t(`admin.audit.changes.${key}`, { count: count(after[key]) }));
      return [t("admin.audit.changes.importCreated"), ...(catalogue.length ? [list(catalogue)] : [])];
    }
    const changed = companyFields.filter((field) => canonical(before[field]) !== canonical(after[field]));
    if (changed.length === 0) return [t("admin.audit.changes.importUnchanged")];
    return [t("admin.audit.changes.importUpdated", { fields: list(changed.map((field) => t(`admin.audit.fields.${field}`))) })];
  }

  // A moderation decision on a company: its status.
  if (isStatus(after.status)) {
    if (before?.status === after.status) return [];
    const status = (s: CompanyStatus) => t(`admin.queue.status.${s}`);
    return [isStatus(before?.status) ? t("admin.audit.changes.status", { from: status(before.status), to: status(after.status) }) : status(after.status)];
  }

  // A moderation decision on a product: whether it is published.
  if (typeof after.published === "boolean") {
    if (before?.published === after.published) return [];
    const published = (p: boolean) => t(p ? "catalog.products.published" : "catalog.products.unpublished");
    return [
      typeof before?.published === "boolean"
        ? t("admin.audit.changes.listing", { from: published(before.published), to: published(after.published) })
        : published(after.published),
    ];
  }
  return [];
}
