import { describe, expect, it } from "vitest";
import { approxCny, jpyToCnyRate } from "@/lib/catalog/prices";
import { canViewProduct } from "@/lib/catalog/access";

describe("the JPY to CNY rate", () => {
  it("defaults to 0.048, reads JPY_TO_CNY_RATE and refuses one that is not a positive number", () => {
    expect(jpyToCnyRate({})).toBe(0.048);
    expect(jpyToCnyRate({ JPY_TO_CNY_RATE: "0.05" })).toBe(0.05);
    expect(() => jpyToCnyRate({ JPY_TO_CNY_RATE: "abc" })).toThrow(/JPY_TO_CNY_RATE/);
    expect(() => jpyToCnyRate({ JPY_TO_CNY_RATE: "-1" })).toThrow(/JPY_TO_CNY_RATE/);
  });

  it("rounds to whole yuan from 100 up and to the jiao below", () => {
    expect(approxCny(4800, 0.048)).toBe(230);
    expect(approxCny(500, 0.048)).toBe(24);
    expect(approxCny(120, 0.048)).toBe(5.8);
  });
});

describe("who may see a product", () => {
  const company = { id: "c1", status: "approved" as const, chamberId: "ch1", deletedAt: null };
  const listed = { published: true, companyId: "c1" };
  const hidden = { published: false, companyId: "c1" };

  it("shows a listed product to distributors and admins but not to other SMEs", () => {
    expect(canViewProduct({ role: "distributor", chamberId: null, companyId: "d1" }, listed, company)).toBe(true);
    expect(canViewProduct({ role: "chamber_admin", chamberId: "other", companyId: undefined }, listed, company)).toBe(true);
    expect(canViewProduct({ role: "sme", chamberId: null, companyId: "c2" }, listed, company)).toBe(false);
  });

  it("shows an unpublished product or a pending company's only to its own company and its admins", () => {
    expect(canViewProduct({ role: "distributor", chamberId: null, companyId: "d1" }, hidden, company)).toBe(false);
    expect(canViewProduct({ role: "distributor", chamberId: null, companyId: "d1" }, listed, { ...company, status: "pending" })).toBe(false);
    expect(canViewProduct({ role: "sme", chamberId: null, companyId: "c1" }, hidden, company)).toBe(true);
    expect(canViewProduct({ role: "chamber_admin", chamberId: "ch1", companyId: undefined }, hidden, company)).toBe(true);
    expect(canViewProduct({ role: "chamber_admin", chamberId: "other", companyId: undefined }, hidden, company)).toBe(false);
    expect(canViewProduct({ role: "platform_admin", chamberId: null, companyId: undefined }, hidden, company)).toBe(true);
  });
});
