import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import type { AuditEntry } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";
import { auditChangeLines } from "@/lib/moderation/audit-change";
import { renderServer, textOf } from "../support/server-render";

const reader = vi.hoisted(() => ({ locale: "en" as "ja" | "zh" | "en" }));
vi.mock("next-intl/server", async () => (await import("../support/intl-server")).intlServerFor(reader));
const { AuditTable } = await import("@/components/admin/audit-table");

type Entry = Pick<AuditEntry, "entity" | "action" | "before" | "after">;

function lines(entry: Entry, locale: Locale): string[] {
  const t = translatorFor(locale);
  const list = new Intl.ListFormat(locale);
  return auditChangeLines(
    entry,
    (key, values) => t(key as never, values as never),
    (items) => list.format(items),
  );
}

const company = {
  ref: "mitsuke-knit",
  kind: "sme",
  name: { ja: "見附ニット" },
  country: "JP",
  region: "JP-15",
  products: [
    { ref: "a", name: { ja: "セーター" } },
    { ref: "b", name: { ja: "ストール" } },
  ],
  targetChannels: ["department_store"],
};

describe("the audit log's change column", () => {
  it("names a moderation decision's statuses in the reader's language", () => {
    const entry: Entry = {
      entity: "company",
      action: "approve",
      before: { status: "pending", statusReason: null },
      after: { status: "approved", statusReason: null },
    };
    expect(lines(entry, "en")).toEqual(["Status: Waiting → Approved"]);
    expect(lines(entry, "ja")).toEqual(["状態：審査待ち → 承認済み"]);
    expect(lines(entry, "zh")).toEqual(["状态：待审核 → 已批准"]);
  });

  it("sums up a company an import created by its catalogue, not its whole record", () => {
    const entry: Entry = { entity: "company", action: "import", before: null, after: { ...company, channels: [], needs: [] } };
    expect(lines(entry, "en")).toEqual(["Created by the import", "2 products"]);
    expect(lines(entry, "zh")).toEqual(["通过导入新建", "产品2个"]);
    expect(lines(entry, "ja").join(" ")).not.toContain("mitsuke-knit");
  });

  it("names the fields an import changed, and says when it changed nothing", () => {
    const after = { ...company, name: { ja: "見附ニット工業" }, products: [company.products[0]] };
    const updated: Entry = { entity: "company", action: "import", before: company, after };
    expect(lines(updated, "en")).toEqual(["Updated by the import: Company name and Products"]);
    expect(lines(updated, "ja")).toEqual(["インポートで更新：会社名、製品"]);
    // Key order in the stored JSON is no change.
    const reordered = Object.fromEntries(Object.entries(company).reverse());
    expect(lines({ entity: "company", action: "import", before: company, after: reordered }, "en")).toEqual(["Imported again, nothing changed"]);
  });

  it("tells a product unpublished and a CSV import in words", () => {
    const unpublished: Entry = {
      entity: "product",
      action: "unpublish",
      before: { published: true, moderationReason: null },
      after: { published: false, moderationReason: "Wrong photo" },
    };
    expect(lines(unpublished, "en")).toEqual(["Product: Published → Not published"]);
    expect(lines(unpublished, "ja")).toEqual(["製品：公開中 → 非公開"]);
    const csv: Entry = { entity: "import", action: "import", before: null, after: { kind: "products_csv", count: 1200, refs: [] } };
    expect(lines(csv, "en")).toEqual(["1,200 products imported from a CSV file"]);
    expect(lines(csv, "zh")).toEqual(["从CSV文件导入了1,200个产品"]);
  });

  it("shows nothing it cannot describe rather than raw field names", () => {
    expect(lines({ entity: "user", action: "suspend", before: { foo: 1 }, after: { foo: 2 } }, "en")).toEqual([]);
    expect(lines({ entity: "product", action: "request_review", before: { published: false }, after: { published: false } }, "en")).toEqual([]);
  });
});

describe("the audit table", () => {
  it("shows a Japanese admin the change in Japanese, without stored field names", async () => {
    reader.locale = "ja";
    const entry = {
      id: 1,
      actorId: null,
      chamberId: null,
      companyId: "c1",
      entity: "company",
      entityId: "c1",
      action: "reject",
      reason: "写真が不鮮明です",
      before: { status: "pending", statusReason: null },
      after: { status: "rejected", statusReason: "写真が不鮮明です" },
      createdAt: new Date("2026-11-20T03:00:00Z"),
    } as AuditEntry;
    const text = textOf(await renderServer("ja", createElement(AuditTable, { rows: [{ entry, companyName: { ja: "見附ニット" } }], locale: "ja" })));
    expect(text).toContain("状態：審査待ち → 差し戻し");
    expect(text).not.toMatch(/status|statusReason/);
  });
});
