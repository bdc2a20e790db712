import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import type { Company, SalesChannel, SourcingNeed } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";
import { renderServer, textOf } from "../support/server-render";

const reader = vi.hoisted(() => ({ locale: "en" as "ja" | "zh" | "en" }));
vi.mock("next-intl/server", async () => (await import("../support/intl-server")).intlServerFor(reader));

const { DistributorRoutes } = await import("@/components/company/distributor-routes");
const { CompanyFacts } = await import("@/components/company/company-facts");
const { StatusBanner } = await import("@/components/company/status-banner");

const channel = { id: "c1", type: "department_store", regions: ["CN-JL", "CN-LN", "CN-HL"], outlets: 12, description: null } as unknown as SalesChannel;
const need = (id: string, priceMinJpy: number | null, priceMaxJpy: number | null) =>
  ({ id, description: { en: `need ${id}` }, hsCode: null, inferredHsCode: "6110", priceMinJpy, priceMaxJpy, volume: null }) as unknown as SourcingNeed;

async function routes(locale: Locale) {
  reader.locale = locale;
  const element = createElement(DistributorRoutes, {
    channels: [channel],
    needs: [need("a", 1000, 3000), need("b", 2000, null), need("c", null, 5000)],
    hsCodes: [],
    locale,
  });
  return textOf(await renderServer(locale, element));
}

describe("a company's facts", () => {
  const company = {
    region: "JP-15",
    city: null,
    languages: ["ja", "zh", "en"],
    targetRegions: ["CN-JL", "CN-SH"],
    employees: null,
    foundedYear: null,
    minOrderJpy: null,
    website: null,
  } as unknown as Company;
  const facts = async (locale: Locale) => {
    reader.locale = locale;
    return textOf(await renderServer(locale, createElement(CompanyFacts, { company, locale })));
  };

  it("lists languages and target regions with the reader's own list punctuation", async () => {
    expect(await facts("en")).toContain("Japanese, Chinese, and English");
    expect(await facts("en")).toContain("Jilin and Shanghai");
    expect(await facts("ja")).toContain("日本語、中国語、英語");
    expect(await facts("ja")).toContain("吉林省、上海市");
    expect(await facts("zh")).toContain("日语、中文和英语");
  });
});

describe("the moderation banner", () => {
  it("gives the reason after the label with the language's own colon", async () => {
    const company = { status: "rejected", statusReason: "英語の会社名を追加してください。", kind: "sme" } as const;
    reader.locale = "ja";
    const ja = await renderServer("ja", createElement(StatusBanner, { company }));
    expect(ja).toContain('理由：</span><span data-testid="status-reason">英語の会社名を追加してください。</span>');
    reader.locale = "en";
    expect(await renderServer("en", createElement(StatusBanner, { company }))).toContain('Reason:</span> <span data-testid="status-reason">');
  });
});

describe("a distributor's profile", () => {
  it("lists a channel's regions the way each language lists things", async () => {
    expect(await routes("en")).toContain("Jilin, Liaoning, and Heilongjiang");
    expect(await routes("ja")).toContain("吉林省、遼寧省、黒竜江省");
    expect(await routes("zh")).toContain("吉林省、辽宁省和黑龙江省");
  });

  it("shows a need's target price with one or both bounds, in each language's range format", async () => {
    const en = await routes("en");
    expect(en).toContain("¥1,000 – ¥3,000");
    expect(en).toContain("from ¥2,000");
    expect(en).toContain("up to ¥5,000");
    const ja = await routes("ja");
    expect(ja).toContain("￥1,000～￥3,000");
    expect(ja).toContain("￥2,000～");
    expect(ja).toContain("～￥5,000");
    expect(ja).toContain("（推定）");
  });
});
