/**
 * The demo exchange file (db/demo/demo-exchange.json) is what a newcomer sees first: it must pass
 * the project's own validator and tell the Mitsuke–Yanbian story with enough data to match on.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { channelTypes } from "@/db/schema/catalog";
import { formatErrors, parseExchange } from "@/lib/exchange/validate";

const file = path.join(__dirname, "../../db/demo/demo-exchange.json");
const raw: unknown = JSON.parse(readFileSync(file, "utf8"));
const parsed = parseExchange(raw);
const companies = parsed.ok ? parsed.doc.companies : [];
const smes = companies.filter((c) => c.kind === "sme");
const distributors = companies.filter((c) => c.kind === "distributor");
const byRef = (ref: string) => companies.find((c) => c.ref === ref);

describe("demo exchange data", () => {
  it("is a valid kakehashi-exchange/1 document without fixture judgments", () => {
    expect(parsed.ok ? "" : formatErrors(parsed.errors)).toBe("");
    expect(parsed.ok && parsed.doc.format).toBe("kakehashi-exchange/1");
    expect(raw).not.toHaveProperty("judgments");
  });

  it("has enough companies, products, channels and needs for a demo", () => {
    expect(companies.length).toBeGreaterThanOrEqual(30);
    expect(smes.length).toBeGreaterThanOrEqual(15);
    expect(distributors.length).toBeGreaterThanOrEqual(10);
    expect(smes.reduce((n, c) => n + (c.products?.length ?? 0), 0)).toBeGreaterThanOrEqual(80);
    expect(distributors.reduce((n, c) => n + (c.channels?.length ?? 0), 0)).toBeGreaterThanOrEqual(40);
    const withNeeds = distributors.filter((c) => (c.needs?.length ?? 0) >= 2);
    expect(withNeeds.length).toBeGreaterThan(distributors.length / 2);
  });

  it("uses every channel type", () => {
    const used = new Set(distributors.flatMap((c) => (c.channels ?? []).map((ch) => ch.type)));
    for (const type of channelTypes) expect(used, type).toContain(type);
  });

  it("names every company in Japanese, Chinese and English", () => {
    for (const c of companies) {
      expect(c.name.ja?.trim(), `${c.ref} ja`).toBeTruthy();
      expect(c.name.zh?.trim(), `${c.ref} zh`).toBeTruthy();
      expect(c.name.en?.trim(), `${c.ref} en`).toBeTruthy();
    }
  });

  it("has several Mitsuke knit makers in Niigata, members of the Mitsuke chamber", () => {
    const mitsuke = smes.filter((c) => c.chamber === "Mitsuke Chamber of Commerce and Industry");
    expect(mitsuke.length).toBeGreaterThanOrEqual(3);
    for (const c of mitsuke) {
      expect(c.region).toBe("JP-15");
      expect(c.city).toBe("Mitsuke");
      expect(c.products?.some((p) => p.hsCode?.startsWith("61"))).toBe(true);
    }
  });

  it("has the Yanbian Dayang group with a showroom in Jilin and nationwide wholesale", () => {
    const dayang = byRef("yanbian-dayang");
    expect(dayang?.kind).toBe("distributor");
    expect(dayang?.region).toBe("CN-JL");
    expect(dayang?.channels?.some((ch) => ch.type === "showroom" && ch.regions.includes("CN-JL"))).toBe(true);
    expect(dayang?.channels?.some((ch) => ch.type === "wholesale" && ch.regions.includes("CN"))).toBe(true);
    expect(dayang?.hsCodes).toContain("61");
  });

  it("has a Dalian importer with Japanese-speaking staff", () => {
    const dalian = distributors.filter((c) => c.region === "CN-LN" && c.city === "Dalian" && c.languages?.includes("ja"));
    expect(dalian.length).toBeGreaterThanOrEqual(1);
  });

  it("has Guangdong distributors", () => {
    expect(distributors.filter((c) => c.region === "CN-GD").length).toBeGreaterThanOrEqual(2);
  });
});
